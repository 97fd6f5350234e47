package app.factdeck.questions.types.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Text;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.QuestionKinds;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Moodle's embedded answers ({1:SHORTANSWER:=…}, {1:MULTICHOICE:…}) to gaps and back, with the examples of Moodle's
 * documentation ("Embedded Answers (Cloze) question type") and what Factdeck refuses of them.
 */
class MoodleClozeTest {

    private static String markup(String moodleText) {
        MoodleCloze.Read r = MoodleCloze.read(moodleText, "html");
        assertNull(r.problem(), r.problem());
        return r.markup();
    }

    private static String refused(String moodleText) {
        MoodleCloze.Read r = MoodleCloze.read(moodleText, "html");
        assertNull(r.markup(), "expected a refusal of: " + moodleText);
        return r.problem();
    }

    private static MoodleQuestion multianswer(String text) {
        Text none = Text.empty("moodle");
        return new MoodleQuestion(3, MoodleQuestion.Type.MULTIANSWER, "Cities", true, new Text(text, "html"),
                new Text("<p>Well done.</p>", "html"), "", List.of(), false, List.of(), false, none, none, List.of(),
                null);
    }

    @Test
    void shortAnswerAndMultipleChoiceGapsBecomeTypedAndDropDownGaps() {
        assertEquals("<p>The capital of Germany is [[Berlin]].</p>",
                markup("<p>The capital of Germany is {1:SHORTANSWER:=Berlin}.</p>"));
        assertEquals("Held in [[Vilnius|Vilnyus]] in [[July; June; May]].",
                markup("Held in {1:SA:=Vilnius~=Vilnyus~Riga} in {1:MULTICHOICE:June~=July~May}."));
        // The short names, the default mark and the layouts that are radio buttons in Moodle: all drop-downs here.
        assertEquals("a) [[Yes; No]] b) [[x; y]] c) [[p; q]] d) [[m; n]] e) [[s]]", markup("a) {:MULTICHOICE:=Yes~No} "
                + "b) {1:MCS:=x~y} c) {1:MCV:=p~q} d) {1:MULTICHOICE_HS:n~=m} e) {1:MW:=s}"));
        assertEquals("[[Vilnius]]", markup("{1:SHORTANSWER:%100%Vilnius~%0%Riga~*}"));
    }

    @Test
    void escapesAndEntitiesAreTheCharactersTheyStandFor() {
        assertEquals("[[a}b|c#d|e~f]]", markup("{1:SA:=a\\}b~=c\\#d~=e\\~f}"));
        assertEquals("[[AT&T; O'Neil]]", markup("{1:MC:=AT&amp;T~O&#39;Neil}"));
        assertEquals("[[AC\\|DC; Tom\\; Jerry]]", markup("{1:MC:=AC|DC~Tom; Jerry}"));
        assertEquals("<p>Write &#91;&#91;x&#93;&#93; as [[x]]</p>", markup("<p>Write [[x]] as {1:SA:=x}</p>"));
        assertTrue(MoodleCloze.read("Plain [[x]] {1:SA:=x}", "plain").problem().startsWith("The text has [[ or ]] "
                + "outside its gaps"));
        assertEquals("Not gaps: {1:ESSAY:x}, [[y]], {1:SA:=unclosed",
                markup("Not gaps: {1:ESSAY:x}, {1:SA:=y}, {1:SA:=unclosed"));
    }

    @Test
    void moodlesDocumentedExampleIsRefusedForWhatFactdeckCannotHold() {
        String documented = "This question consists of some text with an answer embedded right here "
                + "{1:MULTICHOICE:Wrong answer#Feedback for this wrong answer~Another wrong answer#Feedback for the "
                + "other wrong answer~=Correct answer#Feedback for correct answer~%50%Answer that gives half the "
                + "credit#Feedback for half credit answer} and right after that you will have to deal with this "
                + "short answer {1:SHORTANSWER:Wrong answer#Feedback for this wrong answer~=Correct answer#Feedback "
                + "for correct answer~%50%Answer that gives half the credit#Feedback for half credit answer} and "
                + "finally we have a floating point number {2:NUMERICAL:=23.8:0.1#Feedback for correct answer "
                + "23.8~%50%23.8:2#Feedback for half credit answer in the nearby region of the correct answer}.";
        assertTrue(refused(documented).startsWith("Gap 1 ({1:MULTICHOICE:Wrong answer#Feedback fo…) has feedback "
                + "on its answer 'Wrong answer', and Factdeck's gaps have none"), refused(documented));
        // Its second part, without the feedback: partial credit, then the numerical gap, then the marks.
        assertTrue(refused("{1:SA:=Correct~%50%Half}").contains(": the answer 'Half' is worth 50 % of the gap, and a "
                + "Factdeck gap is right or wrong: make it 100 % or 0 % in Moodle."));
        assertTrue(refused("{1:SA:=a} {1:NUMERICAL:=23.8:0.1}").startsWith("Gap 2 ({1:NUMERICAL:=23.8:0.1}) is "
                + "numerical"));
        assertTrue(refused("{1:NM:=3:2}").contains("is numerical"));
        assertEquals("Gap 2 ({2:SA:=b}) is worth 2 marks and gap 1 1 mark; Factdeck gives every gap the same share. Give "
                + "them the same mark in Moodle, or leave the question out.", refused("{1:SA:=a} {2:SA:=b}"));
        assertEquals("[[a]] [[b]]", markup("{2:SA:=a} {02:SA:=b}"), "equal marks are equal shares");
    }

    @Test
    void whatNoFactdeckGapHoldsIsRefusedWithAWayOut() {
        assertTrue(refused("{1:SHORTANSWER_C:=Berlin}").contains("minds upper and lower case"));
        assertTrue(refused("{1:SAC:=Berlin}").contains("minds upper and lower case"));
        assertTrue(refused("{1:MULTIRESPONSE:=a~=b~c}").contains("lets a student tick several answers"));
        assertTrue(refused("{1:MRHS:=a~b}").contains("lets a student tick several answers"));
        assertTrue(refused("{1:MC:=a~=b~c}").contains("has 2 right choices, and a drop-down gap has one"));
        assertTrue(refused("{1:MC:a~b}").contains("has no right answer (none starts with = or %100%)"));
        assertTrue(refused("{1:SA:=*}").contains("accepts any answer (*)"));
        assertTrue(refused("{1:MC:=a~%-50%b}").contains("is worth -50 % of the gap"));
        assertTrue(refused("Just text.").startsWith("This embedded-answers (Cloze) question has no gap"));
    }

    @Test
    void factdecksGapsGoToMoodleAsEmbeddedAnswersAndComeBackTheSame() {
        Gaps q = GapsTest.question("Held in [[Vilnius|Vilnyus]] (*a* [[city; town]]), said [[O'Neil & co}|#1~]].");
        Text none = Text.empty("moodle");
        MoodleQuestion common = new MoodleQuestion(0, null, "Cities", true, new Text("ignored", "html"),
                new Text("<p>Well done.</p>", "html"), "", List.of(), false, List.of(), false, none, none, List.of(),
                null);
        MoodleQuestion m = QuestionKinds.toMoodle(q, common).orElseThrow();
        assertEquals(MoodleQuestion.Type.MULTIANSWER, m.type());
        assertEquals("<p>Held in {1:SHORTANSWER:=Vilnius~=Vilnyus} (<em>a</em> {1:MULTICHOICE_S:=city~town}), said "
                + "{1:SHORTANSWER:=O'Neil &amp; co\\}~=\\#1\\~}.</p>", m.text().text());
        assertEquals("html", m.text().format());
        assertEquals("<p>Well done.</p>", m.generalFeedback().text());
        assertEquals(List.of(), m.answers());

        QuestionDraft common2 = QuestionDraft.of(QuestionKinds.all().get(0), m.text().text(), "html",
                m.generalFeedback().text(), "", "");
        QuestionKind.Imported back = QuestionKinds.fromMoodle(m, common2).orElseThrow();
        assertNull(back.problem(), back.problem());
        assertEquals(GapsKind.INSTANCE, back.draft().type());
        assertEquals(q.gaps(), questionOf(back.draft()).gaps());
        assertEquals(q.stem(), questionOf(back.draft()).stem());
    }

    @Test
    void anEmbeddedAnswersQuestionNeverGoesToGiftButAMoodleXmlOneComesIn() {
        Gaps q = GapsTest.question("In [[a]] and [[b; c]].");
        assertEquals(Optional.empty(), app.factdeck.transfer.GiftExport.of(q));
        assertEquals(MoodleQuestion.Type.MULTIANSWER, app.factdeck.transfer.GiftExport.moodle(q).orElseThrow().type());
        MoodleQuestion m = multianswer("<p>In {1:SA:=a} and {1:MCS:=b~c}.</p>");
        QuestionKind.Imported imported = QuestionKinds.fromMoodle(m, QuestionDraft.of(QuestionKinds.all().get(0),
                m.text().text(), "html", m.generalFeedback().text(), "", "")).orElseThrow();
        assertEquals("<p>In [[a]] and [[b; c]].</p>", imported.draft().stem());
        assertEquals(q.gaps(), questionOf(imported.draft()).gaps());
        assertEquals("Gap 1 ({1:SAC:=a}) minds upper and lower case, and Factdeck never does: make it SHORTANSWER in "
                + "Moodle, or leave the question out.", QuestionKinds.fromMoodle(multianswer("{1:SAC:=a}"),
                QuestionDraft.of(QuestionKinds.all().get(0), "{1:SAC:=a}", "html", "", "", "")).orElseThrow()
                .problem());
    }

    private static Gaps questionOf(QuestionDraft d) {
        var c = app.factdeck.authoring.DraftCheck.check(d, new app.factdeck.content.ContentLoader()
                .load(java.nio.file.Path.of("content")).article("kyiv-independent-nato-troops-warning").orElseThrow(),
                1, 1);
        assertEquals(java.util.Map.of(), c.errors());
        return (Gaps) c.question();
    }
}
