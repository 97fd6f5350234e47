package app.factdeck.authoring;

import app.factdeck.questions.core.QuestionDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.types.cloze.ClozeKind;
import app.factdeck.questions.types.matching.MatchingKind;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import app.factdeck.questions.types.multiselect.SelectAllKind;
import app.factdeck.questions.types.numerical.NumericalKind;
import app.factdeck.questions.types.ordering.OrderingKind;
import app.factdeck.questions.types.shortanswer.ShortAnswerKind;
import app.factdeck.questions.types.truefalse.TrueFalseKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The authoring form's checks, one rule at a time, and the questions a valid draft becomes. */
class DraftCheckTest {

    private static final Article ARTICLE = new ContentLoader().load(Path.of("content"))
            .article("kyiv-independent-nato-troops-warning").orElseThrow();

    private static QuestionDraft draft(QuestionKind<?> type, String stem, List<String> options, Set<Integer> correct,
                                       String answer, String tolerance, String accepted, String items, String pairs) {
        return new QuestionDraft(type, stem, "markdown", options, correct, answer, tolerance, accepted, items, pairs,
                "", "");
    }

    private static Map<String, String> errors(QuestionDraft d) {
        return DraftCheck.check(d, ARTICLE, 1, 1).errors();
    }

    @Test
    void multipleChoiceNeedsTwoDistinctOptionsAndExactlyOneCorrect() {
        QuestionKind<?> mc = MultipleChoiceKind.INSTANCE;
        assertEquals(Map.of("options", "Give at least two options."),
                errors(draft(mc, "Q?", List.of("A"), Set.of(0), "", "", "", "", "")));
        assertEquals(Map.of("correct", "A multiple-choice question needs a correct option: choose it."),
                errors(draft(mc, "Q?", List.of("A", "B"), Set.of(), "", "", "", "", "")));
        assertEquals("Two options are identical: 'kyiv'. Make each option different.",
                errors(draft(mc, "Q?", List.of("Kyiv", "B", "kyiv"), Set.of(0), "", "", "", "", "")).get("options"));
        assertTrue(errors(draft(mc, "Q?", List.of("A", "B"), Set.of(0, 1), "", "", "", "", "")).get("correct")
                .startsWith("A single-answer question has exactly one correct option, and 2 are ticked."));
        assertEquals("Option 3 is ticked as correct but empty: write it, or untick it.",
                errors(draft(mc, "Q?", List.of("A", "B", ""), Set.of(2), "", "", "", "", "")).get("options"));
        assertEquals(Map.of("stem", "Write the question."),
                errors(draft(mc, " ", List.of("A", "B"), Set.of(0), "", "", "", "", "")));
    }

    @Test
    void selectAllNeedsAWrongOption() {
        assertTrue(errors(draft(SelectAllKind.INSTANCE, "Q?", List.of("A", "B"), Set.of(0, 1), "", "", "", "", ""))
                .get("correct").startsWith("Every option is ticked as correct"));
        Question q = DraftCheck.check(draft(SelectAllKind.INSTANCE, "Q?", List.of("A", "", "B", "C"), Set.of(0, 3),
                "", "", "", "", ""), ARTICLE, 4, 2).question();
        assertEquals("a/4/2", q.id());
        assertEquals(List.of("A", "B", "C"), q.listing().options(), "empty rows dropped");
        assertEquals(List.of("A", "C"), q.listing().keys());
        assertEquals(List.of("B"), q.listing().distractors());
    }

    @Test
    void clozeNeedsExactlyOneNonEmptyGap() {
        QuestionKind<?> cloze = ClozeKind.INSTANCE;
        assertTrue(errors(draft(cloze, "No gap here.", List.of(), Set.of(), "", "", "", "", "")).get("stem")
                .startsWith("The cloze text has no gap"));
        assertTrue(errors(draft(cloze, "[[a]] and [[b]]", List.of(), Set.of(), "", "", "", "", "")).get("stem")
                .startsWith("The text has 2 gaps"));
        assertTrue(errors(draft(cloze, "In [[ | ]].", List.of(), Set.of(), "", "", "", "", "")).get("stem")
                .startsWith("The gap [[ ]] is empty"));
        Question q = DraftCheck.check(draft(cloze, "Held in [[Vilnius|Vilnyus]] in *July*.", List.of(), Set.of(), "", "",
                "", "", ""), ARTICLE, 1, 1).question();
        assertEquals("Held in _____ in July.", q.stem());
        assertEquals("<p>Held in _____ in <em>July</em>.</p>", q.authored().stemHtml());
        assertEquals(List.of("Vilnius"), q.listing().keys());
        assertEquals(List.of("Vilnius", "Vilnyus"), q.listing().accepted());
        assertTrue(app.factdeck.questions.core.AnswerMatcher.matches(app.factdeck.testing.Questions.typed(q), "vilnyus"));
        assertTrue(!app.factdeck.questions.core.AnswerMatcher.matches(app.factdeck.testing.Questions.typed(q), "Vilnus"), "a teacher's list is exact");
    }

    @Test
    void typedOrderingMatchingTrueFalseAndNumerical() {
        assertEquals(Map.of("accepted", "Give at least one accepted answer, one per line."),
                errors(draft(ShortAnswerKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", " \n ", "", "")));
        assertEquals(Map.of("items", "Give at least three items, one per line, in the right order."),
                errors(draft(OrderingKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "", "a\nb", "")));
        assertTrue(errors(draft(MatchingKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "", "", "a -> 1\nb 2"))
                .get("pairs").startsWith("Line 2 (\"b 2\") is not a pair"));
        assertTrue(errors(draft(MatchingKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "", "", "a -> 1\nb -> 1"))
                .get("pairs").startsWith("'1' appears twice"));
        assertEquals(Map.of("answer", "Choose whether the statement is true or false."),
                errors(draft(TrueFalseKind.INSTANCE, "S.", List.of(), Set.of(), "", "", "", "", "")));
        assertEquals("'nine' is not a number. Write it in digits, e.g. 32 or 2.5 (at most 30 digits, and no bigger "
                + "than 1e30).",
                errors(draft(NumericalKind.INSTANCE, "Q?", List.of(), Set.of(), "nine", "", "", "", "")).get("answer"));
        assertTrue(errors(draft(NumericalKind.INSTANCE, "Q?", List.of(), Set.of(), "9", "-1", "", "", ""))
                .containsKey("tolerance"));
        Question n = DraftCheck.check(draft(NumericalKind.INSTANCE, "Q?", List.of(), Set.of(), "2,5", "0.5", "", "", ""),
                ARTICLE, 1, 1).question();
        assertEquals(List.of("2.5"), n.listing().keys());
        assertEquals(0.5, app.factdeck.testing.Questions.tolerance(n));
        assertEquals("2.5 (± 0.5)", n.correctAnswer());
        Question m = DraftCheck.check(draft(MatchingKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "", "",
                "Rasmussen -> former SG\nYermak -> head of office"), ARTICLE, 1, 1).question();
        assertEquals(List.of("Rasmussen", "Yermak"), m.listing().options());
        assertEquals(List.of("former SG", "head of office"), m.listing().keys());
    }

    @Test
    void optionsItemsPairsAndAcceptedAnswersAreCappedWithTheLimitInTheMessage() {
        List<String> twentyThousand = java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "option " + i).toList();
        assertEquals(Map.of("options", "This question has 20,000 options; at most 10 are allowed. Keep the best "
                + "wrong ones, or split it into two questions."),
                errors(draft(MultipleChoiceKind.INSTANCE, "Q?", twentyThousand, Set.of(0), "", "", "", "", "")));
        assertTrue(errors(draft(SelectAllKind.INSTANCE, "Q?", twentyThousand.subList(0, 11), Set.of(0), "", "", "",
                "", "")).get("options").startsWith("This question has 11 options; at most 10"));
        assertTrue(DraftCheck.check(draft(MultipleChoiceKind.INSTANCE, "Q?", twentyThousand.subList(0, 10), Set.of(0),
                "", "", "", "", ""), ARTICLE, 1, 1).ok(), "ten options are allowed");

        String pairs = java.util.stream.IntStream.range(0, 1_500).mapToObj(i -> "left " + i + " -> right " + i)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(Map.of("pairs", "This question has 1,500 pairs; at most 10 are allowed. Split it into several "
                + "questions."), errors(draft(MatchingKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "", "",
                pairs)));
        String items = String.join("\n", twentyThousand.subList(0, 11));
        assertTrue(errors(draft(OrderingKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "", items, ""))
                .get("items").startsWith("This question has 11 items; at most 10 are allowed."));
        String accepted = String.join("\n", twentyThousand.subList(0, 21));
        assertTrue(errors(draft(ShortAnswerKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", accepted, "", ""))
                .get("accepted").startsWith("This question has 21 accepted answers; at most 20 are allowed."));
        assertTrue(errors(draft(ClozeKind.INSTANCE, "In [[" + String.join("|", twentyThousand.subList(0, 21)) + "]].",
                List.of(), Set.of(), "", "", "", "", "")).get("stem").startsWith("This question has 21 alternatives"));
    }

    @Test
    void aOnePerLineFieldIsBoundedAsTypedSoBlankLinesCannotFillTheDatabase() {
        String blankLines = "\n".repeat(900_000) + "a\nb\nc";
        assertEquals(Map.of("items", "This field is 900,005 characters long; keep it to 10,000 or fewer."),
                errors(draft(OrderingKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "", blankLines, "")));
        assertTrue(errors(draft(MultipleChoiceKind.INSTANCE, "Q?", java.util.Collections.nCopies(21, ""), Set.of(),
                "", "", "", "", "")).get("options").startsWith("This question has 21 options"), "empty rows count too");
        QuestionDraft fromForm = QuestionDraft.fromForm(TrueFalseKind.INSTANCE, Map.of("stem", List.of("S."),
                "answer", List.of("true"), "items", List.of("x".repeat(900_000)), "option-0", List.of("y")));
        assertEquals("", fromForm.items(), "a field the type's form does not show is not kept");
        assertEquals(List.of(), fromForm.options());
        assertEquals("true", fromForm.answer());
    }

    @Test
    void aTickedOptionGradedBelowFullMarksIsRefusedNotSilentlyRegraded() {
        Map<String, List<String>> form = Map.of("stem", List.of("Which country hosted the summit?"),
                "option-0", List.of("Lithuania"), "grade-0", List.of("50"), "option-1", List.of("Latvia"),
                "correct", List.of("0"));
        String message = errors(QuestionDraft.fromForm(MultipleChoiceKind.INSTANCE, form)).get("correct");
        assertEquals("Option 1 is ticked as the correct answer but graded 50 %. The correct option is worth 100 %: "
                + "untick it and keep its grade, or clear its grade.", message);
        Map<String, List<String>> full = new java.util.HashMap<>(form);
        full.put("grade-0", List.of("100"));
        assertEquals(Map.of(), errors(QuestionDraft.fromForm(MultipleChoiceKind.INSTANCE, full)), "100 % agrees");
    }

    @Test
    void aLongOptionItemPairSideOrAnswerIsRefusedWithItsLength() {
        String long301 = "x".repeat(301);
        assertTrue(errors(draft(MultipleChoiceKind.INSTANCE, "Q?", List.of("A", long301), Set.of(0), "", "", "", "",
                "")).get("options").startsWith("Option 2 is 301 characters long"));
        assertTrue(errors(draft(OrderingKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "", "a\nb\n" + long301, ""))
                .get("items").contains("is 301 characters long; keep it to 300 or fewer."));
        assertTrue(errors(draft(MatchingKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "", "", "a -> 1\nb -> "
                + long301)).get("pairs").startsWith("Pair 2 (\"b -> xxx"));
        assertTrue(errors(draft(ShortAnswerKind.INSTANCE, "Q?", List.of(), Set.of(), "", "", "ok\n" + long301, "", ""))
                .get("accepted").contains("is 301 characters long"));
        String hugeCloze = "[[".repeat(100_000) + " [[a]]";
        long started = System.nanoTime();
        assertTrue(errors(draft(ClozeKind.INSTANCE, hugeCloze, List.of(), Set.of(), "", "", "", "", "")).get("stem")
                .startsWith("The question is 200006 characters long"), "refused for its length");
        assertTrue(System.nanoTime() - started < 1_000_000_000L, "no gap search through 200,000 characters");
    }

    @Test
    void aNumberOrToleranceOutOfBoundsIsNotANumberSoNothingStoredIsInfinite() {
        Map<String, String> e = errors(draft(NumericalKind.INSTANCE, "Q?", List.of(), Set.of(), "1e20000000", "1e999",
                "", "", ""));
        assertEquals("'1e20000000' is not a number. Write it in digits, e.g. 32 or 2.5 (at most 30 digits, and no "
                + "bigger than 1e30).", e.get("answer"));
        assertTrue(e.get("tolerance").startsWith("The tolerance is how far off an answer may be"), e.toString());
        Question q = DraftCheck.check(draft(NumericalKind.INSTANCE, "Q?", List.of(), Set.of(), "1e30", "1e30", "", "",
                ""), ARTICLE, 1, 1).question();
        assertTrue(Double.isFinite(app.factdeck.testing.Questions.tolerance(q)));
        assertEquals("1000000000000000000000000000000 (± 1000000000000000000000000000000)", q.correctAnswer());
    }

    @Test
    void aCitedSentenceMustBeTheArticlesAndTravelsWithTheQuestion() {
        QuestionDraft base = draft(TrueFalseKind.INSTANCE, "S.", List.of(), Set.of(), "true", "", "", "", "");
        QuestionDraft missing = new QuestionDraft(base.type(), base.stem(), "markdown", List.of(), Set.of(), "true",
                "", "", "", "", "", "s-9999");
        assertEquals(Map.of("sentence", "That sentence is not in this article; pick one from the list, or none."),
                errors(missing));
        Article.Sentence third = ARTICLE.sentences().get(2);
        QuestionDraft cited = new QuestionDraft(base.type(), base.stem(), "markdown", List.of(), Set.of(), "true",
                "", "", "", "", "", third.anchor());
        Question q = DraftCheck.check(cited, ARTICLE, 1, 1).question();
        assertEquals(third.text(), q.source().text());
    }
}
