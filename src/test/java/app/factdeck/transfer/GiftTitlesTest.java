package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.authoring.DraftCheck;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.cloze.ClozeKind;
import app.factdeck.questions.types.matching.MatchingKind;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import app.factdeck.questions.types.multiselect.SelectAllKind;
import app.factdeck.questions.types.numerical.NumericalKind;
import app.factdeck.questions.types.shortanswer.ShortAnswerKind;
import app.factdeck.questions.types.truefalse.TrueFalseKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GIFT's {@code ::title::} is the question's name: read with its escapes, kept, and written back escaped. */
class GiftTitlesTest {

    private static final Article ARTICLE = new ContentLoader().load(Path.of("content"))
            .article("kyiv-independent-nato-troops-warning").orElseThrow();

    /** Every character GIFT escapes (FORMATS.md §2.7), and a non-ASCII letter. */
    private static final String SPECIAL = "Summit: Vilnius {2023} = ~ # \\ Zoë";

    private static QuestionDraft imported(String gift) {
        GiftParser.Result parsed = GiftParser.parse(gift);
        assertEquals(List.of(), parsed.problems(), gift);
        GiftImport.Converted c = GiftImport.convert(parsed.questions().get(0));
        assertEquals(null, c.problem(), gift);
        return c.draft();
    }

    @Test
    void aTitleIsReadWithItsEscapesAndKeptOnTheImportedQuestion() {
        QuestionDraft d = imported("::Summit\\: Vilnius \\{2023\\} \\= \\~ \\# \\\\ Zoë::Which city hosted the "
                + "summit? {=Vilnius ~Riga}");
        assertEquals(SPECIAL, d.title());
        assertEquals("Which city hosted the summit?", d.stem().strip());
        Question q = DraftCheck.check(d, ARTICLE, 4, 1).question();
        assertEquals(SPECIAL, q.authored().title(), "the question students get carries the name to the bank");
    }

    @Test
    void anUntitledOrEmptyTitledQuestionStaysUnnamed() {
        assertEquals("", imported("Which city hosted the summit? {=Vilnius ~Riga}").title(),
                "not the name Moodle would make from the text");
        assertEquals("", imported("::::Which city hosted the summit? {=Vilnius ~Riga}").title());
        assertEquals("", imported("::  ::Which city hosted the summit? {=Vilnius ~Riga}").title());
    }

    @Test
    void aTitleWithALineBreakIsKeptOnOneLine() {
        assertEquals("Summit city", imported("::Summit\\ncity::Which city? {=Vilnius ~Riga}").title());
    }

    @Test
    void aLongTitleIsCutAtMoodlesLimitWithoutSplittingACharacter() {
        String title = "a".repeat(254) + "😀" + "b".repeat(10);
        String name = imported("::" + title + "::Which city? {=Vilnius ~Riga}").title();
        assertEquals("a".repeat(254), name, "255 chars would end in half an emoji");
        assertTrue(DraftCheck.check(imported("::" + "c".repeat(400) + "::Q? {=a ~b}"), ARTICLE, 1, 1).ok(),
                "Moodle cuts a long title, and so do we: the import is not refused for it");
    }

    @Test
    void titlesSurviveExportAndReimportWithEveryControlCharacterEscaped() {
        List<QuestionDraft> drafts = List.of(
                new QuestionDraft(MultipleChoiceKind.INSTANCE, "Which city?", "markdown", List.of("Vilnius", "Riga"),
                        Set.of(0), "", "", "", "", "", "", "", SPECIAL),
                new QuestionDraft(SelectAllKind.INSTANCE, "Which co-chair?", "markdown",
                        List.of("Rasmussen", "Yermak", "Rutte"), Set.of(0, 1), "", "", "", "", "", "", "", SPECIAL),
                new QuestionDraft(TrueFalseKind.INSTANCE, "Vilnius hosted it.", "markdown", List.of(), Set.of(),
                        "true", "", "", "", "", "", "", SPECIAL),
                new QuestionDraft(ShortAnswerKind.INSTANCE, "Which city?", "markdown", List.of(), Set.of(), "", "",
                        "Vilnius\nVilnyus", "", "", "", "", SPECIAL),
                new QuestionDraft(ClozeKind.INSTANCE, "It was held in [[Vilnius]].", "markdown", List.of(), Set.of(),
                        "", "", "", "", "", "", "", SPECIAL),
                new QuestionDraft(NumericalKind.INSTANCE, "How many signed?", "markdown", List.of(), Set.of(), "9",
                        "1", "", "", "", "", "", SPECIAL),
                new QuestionDraft(MatchingKind.INSTANCE, "Match them.", "markdown", List.of(), Set.of(), "", "", "",
                        "", "Rasmussen -> NATO\nYermak -> Ukraine", "", "", SPECIAL));
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft d = drafts.get(i);
            Question q = DraftCheck.check(d, ARTICLE, i + 1, 1).question();
            String gift = GiftWriter.write(List.of(GiftExport.of(q).orElseThrow()));
            assertTrue(gift.contains("\n::Summit\\: Vilnius \\{2023\\} \\= \\~ \\# \\\\ Zoë::"), gift);
            QuestionDraft back = imported(gift);
            assertEquals(SPECIAL, back.title(), gift);
            assertEquals(d.type(), back.type(), gift);
            // And once more: what came back exports to the same file.
            Question again = DraftCheck.check(back, ARTICLE, i + 1, 1).question();
            assertEquals(gift, GiftWriter.write(List.of(GiftExport.of(again).orElseThrow())));
        }
    }

    @Test
    void anUnnamedTeachersQuestionIsExportedWithoutATitleAndComesBackUnnamed() {
        QuestionDraft d = new QuestionDraft(TrueFalseKind.INSTANCE, "Vilnius hosted it.", "markdown", List.of(),
                Set.of(), "true", "", "", "", "", "", "");
        Question q = DraftCheck.check(d, ARTICLE, 7, 2).question();
        String gift = GiftWriter.write(List.of(GiftExport.of(q).orElseThrow()));
        assertTrue(gift.startsWith("// question: 1  name: a/7/2\n"), "the comment still says which question: " + gift);
        assertFalse(gift.contains("::a/7/2::"), "an id is not a name: " + gift);
        assertEquals("", imported(gift).title());
    }

    @Test
    void anUntitledTextStartingWithTwoSlashesIsNotReadBackAsAComment() {
        MoodleQuestion q = new MoodleQuestion(0, MoodleQuestion.Type.TRUEFALSE, "// not a comment", false,
                new MoodleQuestion.Text("// not a comment", "moodle"), MoodleQuestion.Text.empty("moodle"), "", List.of(),
                false, List.of(), true, MoodleQuestion.Text.empty("moodle"), MoodleQuestion.Text.empty("moodle"),
                List.of(), null);
        GiftParser.Result back = GiftParser.parse(GiftWriter.write(List.of(q)));
        assertEquals(List.of(), back.problems());
        assertEquals("// not a comment", back.questions().get(0).text().text());
        assertFalse(back.questions().get(0).titled());
    }
}
