package app.factdeck.questions;

import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.Question;

import app.factdeck.questions.types.cloze.Cloze;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.multiselect.SelectAll;
import app.factdeck.questions.types.shortanswer.ShortAnswer;
import app.factdeck.questions.types.truefalse.TrueFalse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Fact.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each gate refuses a question planted with exactly the defect it exists for. */
class QualityGatesTest {

    /** Every item the generator makes, before the ranking keeps the best: the gates judge each of them. */
    private static final List<Question> BANK = new QuestionGenerator(TestLibrary.SHIPPED,
            QuestionGenerator.DEFAULT_SEED, false).generateAll();
    private final QualityGates gates = new QualityGates(TestLibrary.SHIPPED);

    @Test
    void aGoodQuestionPasses() {
        assertEquals(List.of(), gates.violations(question("ki-005/multiple-choice/andriy-yermak")));
    }

    @Test
    void offeringTheOtherCoChairAsADistractorIsTwoKeys() {
        Question q = question("ki-005/multiple-choice/andriy-yermak");
        Question bad = withOptions(q, List.of("Andriy Yermak", "Anders Fogh Rasmussen", "Dmytro Kuleba"),
                List.of("Anders Fogh Rasmussen", "Dmytro Kuleba"));
        assertHas(bad, "G2 distractor 'Anders Fogh Rasmussen' is right for this fact");
    }

    @Test
    void anAliasOfTheKeyAsADistractorIsTwoKeys() {
        Question q = question("esp-018/multiple-choice/person");
        Question bad = withOptions(q, List.of("Volodymyr Zelenskyy", "Zelensky", "Dmytro Kuleba"),
                List.of("Zelensky", "Dmytro Kuleba"));
        assertHas(bad, "G2 distractor 'Zelensky' is a correct answer");
    }

    @Test
    void aSignatoryCountryAsADistractorForTheSignatoriesIsTwoKeys() {
        Question q = question("esp-025/multiple-choice/1");
        Question planted = withOptions(question("esp-023/multi-select/1"),
                List.of("Czech Republic", "Estonia", "Latvia", "Lithuania", "North Macedonia", "Montenegro", "Poland",
                        "Slovakia", "Hungary", "Romania", "Bulgaria"), List.of("Hungary", "Romania", "Bulgaria"));
        assertHas(planted, "G2 distractor 'Romania' is right for this fact");
        assertEquals(List.of(), gates.violations(q));
    }

    @Test
    void anExcludedEntityIsNeverADistractor() {
        Question q = question("esp-002/multiple-choice/1");
        Question bad = withOptions(q, List.of("Anders Fogh Rasmussen", "Jens Stoltenberg", "Mark Rutte"),
                List.of("Jens Stoltenberg", "Mark Rutte"));
        assertHas(bad, "G2 distractor 'Jens Stoltenberg' is excluded by the fact (not_distractors)");
    }

    @Test
    void aStemThatContainsTheKeyGivesItAway() {
        Question q = question("esp-025/multiple-choice/1");
        assertHas(withStem(q, "Which country, Lithuania, called for negotiations on 3 October 2022?"),
                "G1 the stem gives away the answer 'Lithuania'");
    }

    @Test
    void anAnswerNotStatedInTheCitedSentenceFails() {
        Question q = question("esp-025/multiple-choice/1");
        Source elsewhere = TestLibrary.SHIPPED.article("espreso-nato-troops-warning").orElseThrow().sentence("s-32")
                .map(s -> new Source("espreso-nato-troops-warning", s.anchor(), s.text())).orElseThrow();
        assertHas(withSources(q, List.of(elsewhere)), "G1 answer Lithuania is not stated in any cited sentence");
    }

    @Test
    void boilerplateOrInventedSourcesFail() {
        Question q = question("esp-004/multiple-choice/1");
        assertHas(withSources(q, List.of(new Source("espreso-nato-troops-warning", "s-2", "Read also: The Guardian"))),
                "G4 source is boilerplate: Read also: The Guardian");
        assertHas(withSources(q, List.of(new Source("espreso-nato-troops-warning", "s-99", "The Guardian writes about it."))),
                "G4 source espreso-nato-troops-warning#s-99 is not that article's sentence");
    }

    @Test
    void anUnresolvedPronounInTheStemFails() {
        Question q = question("esp-009/multiple-choice/1");
        assertHas(withStem(q, "Which leader did he say would be handed a veto?"),
                "G7 unresolved reference 'he' in the stem");
        assertHas(withStem(q, "Which leader would this give a veto?"), "G7 unresolved reference 'this' in the stem");
    }

    @Test
    void repeatedNestedOrOffTypeOptionsFail() {
        Question q = question("esp-025/multiple-choice/1");
        assertHas(withOptions(q, List.of("Lithuania", "Latvia", "latvia"), List.of("Latvia", "latvia")),
                "G6 option repeated: latvia");
        assertHas(withOptions(q, List.of("Lithuania", "Latvia", "Vilnius"), List.of("Latvia", "Vilnius")),
                "G8 distractor 'Vilnius' is a city, the key a [country]");
        assertHas(withOptions(q, List.of("Lithuania", "Latvia"), List.of("Latvia")), "G8 fewer than two distractors");
    }

    @Test
    void aClozeWithoutAGapFails() {
        Question q = question("esp-025/cloze/1");
        assertHas(withStem(q, "Fill in the gap: On October 3, Latvia called for the start of negotiations."),
                "G10 the cloze has no gap");
    }

    private void assertHas(Question q, String violation) {
        List<String> found = gates.violations(q);
        assertTrue(found.contains(violation), () -> "expected '" + violation + "' in " + found);
    }

    private static Question question(String id) {
        return BANK.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** {@code q} offering {@code options}: the {@code distractors} wrong (a planted key too), the others right. */
    private static Question withOptions(Question q, List<String> options, List<String> distractors) {
        if (q instanceof SelectAll) {
            return SelectAll.weighted(q.common(), options.stream().filter(o -> !distractors.contains(o)).toList(),
                    distractors);
        }
        return new MultipleChoice(q.common(), options.stream()
                .map(o -> distractors.contains(o) ? Choice.wrong(o) : Choice.right(o)).toList());
    }

    private static Question withStem(Question q, String stem) {
        Question.Common c = q.common();
        return withCommon(q, new Question.Common(c.id(), c.articleSlug(), c.factIds(), stem, c.explanation(),
                c.sources(), c.answerForms(), c.authored()));
    }

    private static Question withSources(Question q, List<Source> sources) {
        Question.Common c = q.common();
        return withCommon(q, new Question.Common(c.id(), c.articleSlug(), c.factIds(), c.stem(), c.explanation(),
                sources, c.answerForms(), c.authored()));
    }

    private static Question withCommon(Question q, Question.Common c) {
        if (q instanceof MultipleChoice m) {
            return new MultipleChoice(c, m.choices());
        }
        if (q instanceof SelectAll s) {
            return new SelectAll(c, s.choices());
        }
        if (q instanceof Cloze z) {
            return new Cloze(c, z.answer(), z.others());
        }
        if (q instanceof ShortAnswer a) {
            return new ShortAnswer(c, a.answer(), a.others());
        }
        if (q instanceof TrueFalse t) {
            return new TrueFalse(c, t.truth(), t.substituted());
        }
        throw new IllegalArgumentException(q.id());
    }
}
