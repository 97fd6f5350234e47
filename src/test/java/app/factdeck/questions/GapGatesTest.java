package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.TypedAnswer;
import app.factdeck.questions.types.cloze.Cloze;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each gap gate refuses a hand-made gap item with exactly the defect the blind review found (a fragment, a
 * back-reference, a quotation cut open, a gap the rest of the sentence fills), and lets the mended wording of
 * the same fact through.
 */
class GapGatesTest {

    private static final List<Question> BANK = new QuestionGenerator(TestLibrary.SHIPPED,
            QuestionGenerator.DEFAULT_SEED, false).generateAll();
    private final QualityGates gates = new QualityGates(TestLibrary.SHIPPED);

    @Test
    void aStandaloneGapItemPassesEveryGate() {
        Cloze q = gapItem("esp-021/cloze/1");
        assertEquals(List.of(), gates.violations(withText(q, "Ukraine's decision to submit its NATO application "
                + "followed a meeting between the Supreme Commander-in-Chief's Staff and the _____.")));
    }

    @Test
    void aGapTextThatSaysItsKeyElsewhereIsRefused() {
        Cloze q = gapItem("esp-025/cloze/1");
        assertHas(withText(q, "On 3 October 2022, _____ called for Lithuania's accession talks with NATO."),
                "G1 the gap text gives away its key: it says 'Lithuania' outside the gap");
        assertHas(withText(q, "On 3 October 2022, _____ and its Lithuanian diplomats called for talks on Ukraine."),
                "G1 the gap text gives away its key: 'lithuanian' is a form of 'Lithuania'");
        assertEquals(List.of(), gates.violations(withText(q,
                "On 3 October 2022, _____ called for the start of negotiations on Ukraine's accession to NATO.")));
    }

    @Test
    void aCountGivenAwayByAnEnumerationIsRefused() {
        Cloze q = gapItem("esp-035/cloze/1");
        assertHas(withText(q, "Natalia Halibarenko said Ukraine is developing _____ cooperation packages — a political "
                + "one and a practical one — to present at the Vilnius summit."),
                "G1 the gap text lists 2 items, which gives away the count in the gap");
        assertHas(withText(q, "Natalia Halibarenko said Ukraine is developing _____ cooperation packages for the Vilnius "
                + "summit: political and practical."),
                "G1 the gap text lists 2 items ('political and practical'), which gives away the count in the gap");
        assertEquals(List.of(), gates.violations(withText(q,
                "Natalia Halibarenko said Ukraine was developing _____ cooperation packages to present at the Vilnius "
                        + "summit.")));
    }

    @Test
    void aCountIsCountedOutWhateverKindOfAnswerTheGapTakes() {
        // A whole-sentence gap on "two" is a phrase answer, not a number one: counted out all the same (a blind
        // review failed it, G6).
        String text = "Ukraine is developing _____ cooperation packages — a political one and a practical one — to "
                + "present.";
        assertTrue(GapGates.countGivenAway(text, "two").isPresent());
        assertTrue(GapGates.countGivenAway(text, "three").isEmpty(), "three is not what the text lists");
        assertTrue(GapGates.countGivenAway(text, "cooperation").isEmpty(), "no number, no count");
    }

    @Test
    void aQuotationCutOpenByTheSentenceSplitterIsNotASentence() {
        Cloze q = gapItem("esp-038/cloze/1");
        assertHas(withText(q, "On _____, Ukraine’s Foreign Minister Dmytro Kuleba announced \"three steps to make Vilnius "
                + "summit a success,” namely \"Strengthen Ukraine-NATO institutional ties and assistance."),
                "G5 the gap text opens a quotation it does not close");
        assertHas(withText(q, "On _____, Dmytro Kuleba announced three steps to make the Vilnius summit a success, namely."),
                "G5 the gap text stops at 'namely', so what it introduces is missing");
        assertHas(withText(q, "On _____, Dmytro Kuleba announced three steps to make the Vilnius summit a success"),
                "G5 the gap text does not end a sentence with '.', '?' or '!'");
        assertHas(withText(q, "on _____, Dmytro Kuleba announced three steps to make the Vilnius summit a success."),
                "G5 the gap text does not start a sentence (capital letter or the gap)");
        assertEquals(List.of(), gates.violations(withText(q,
                "On _____, Dmytro Kuleba announced three steps to make the Vilnius summit a success.")));
    }

    @Test
    void aGapTextLeaningOnTheSentenceBeforeIsRefused() {
        assertHas(withText(gapItem("esp-005/cloze/1"),
                "For example, _____, which has been very active in providing concrete assistance to Ukraine."),
                "G7 the gap text opens with a back-reference 'For example'");
        assertHas(withText(gapItem("esp-021/cloze/1"), "The decision to submit the application followed a meeting "
                + "between the Supreme Commander-in-Chief's Staff and the _____."),
                "G7 the gap text opens with a back-reference 'The decision'");
        assertHas(withText(gapItem("esp-006/cloze/1"), "It could be followed by the _____."),
                "G7 the gap text opens with a back-reference 'It'");
        assertEquals(List.of(), gates.violations(withText(gapItem("esp-005/cloze/1"), "Anders Fogh Rasmussen named "
                + "_____ as very active in providing concrete assistance to Ukraine and likely to act on its own.")));
    }

    private void assertHas(Question q, String violation) {
        List<String> found = gates.violations(q);
        assertTrue(found.contains(violation), () -> "expected '" + violation + "' in " + found);
    }

    private static Cloze gapItem(String id) {
        return (Cloze) BANK.stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id));
    }

    /** The same item, key and sources with another gap text. */
    private static Cloze withText(Cloze q, String text) {
        Question.Common c = q.common();
        TypedAnswer a = q.answer();
        return new Cloze(new Question.Common(c.id(), c.articleSlug(), c.factIds(), "Fill in the gap: " + text,
                c.explanation(), c.sources(), c.answerForms(), c.authored()), a, q.others());
    }
}
