package app.factdeck.questions;

import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One test per question type on the hand-made fixture tree src/test/resources/content-fixtures/mini, whose
 * expected questions were worked out by hand from its four sentences.
 */
class QuestionTypesTest {

    private static final Library MINI = new ContentLoader().load(Path.of("src/test/resources/content-fixtures/mini"));
    /** Every shape the generator makes, before {@link BankRanking} keeps the best: these tests are about the shapes. */
    private static final List<Question> BANK = new QuestionGenerator(MINI, 7, false).generate("summit-news");

    @Test
    void multipleChoiceOffersTheKeyAndSameTypeDistractors() {
        Question q = find("sn-4/multiple-choice/1");
        assertEquals("In which city did Ana Lind meet Bo Berg on 1 March 2023?", q.stem());
        assertEquals(List.of("Riga"), q.listing().keys());
        assertEquals(Set.of("Vilnius", "Tallinn", "Warsaw"), Set.copyOf(q.listing().distractors()));
        assertEquals("Vilnius", q.listing().distractors().get(0), "a city named in the same article comes first");
    }

    @Test
    void roleFactsAskBothWaysAndExcludeOtherHoldersAndRoles() {
        Question who = find("sn-1/multiple-choice/person");
        assertEquals("Who does the article describe as the Foreign Minister?", who.stem());
        assertEquals(List.of("Ana Lind"), who.listing().keys());
        // Eva Holm shares the key's tags but the article never names her: "who does the article describe as" is
        // answered among the people it names.
        assertEquals(Set.of("Bo Berg", "Cai Dahl"), Set.copyOf(who.listing().distractors()));
        Question what = find("sn-1/multiple-choice/role");
        assertEquals(Set.of("Defence Minister", "Prime Minister"), Set.copyOf(what.listing().distractors()));
    }

    @Test
    void selectAllHasEveryMemberAsAKeyAndNoneAsADistractor() {
        Question q = find("sn-5/multi-select/1");
        assertEquals("Which countries' ministers signed the joint letter of 4 April 2023? Select all.", q.stem());
        assertEquals(List.of("Estonia", "Latvia", "Lithuania"), q.listing().keys());
        assertEquals(Set.of("Finland", "Poland"), Set.copyOf(q.listing().distractors()));
    }

    @Test
    void trueFalseComesInATrueAndAFalseVariantChangingOneValue() {
        Question t = find("sn-4/true-false/true");
        Question f = find("sn-4/true-false/false");
        // A date written at the end goes to the front, where it can only date the statement's own event.
        assertEquals("True or false? On 1 March 2023, Ana Lind met Bo Berg in Riga.", t.stem());
        assertEquals(List.of("True"), t.listing().keys());
        assertEquals(List.of("False"), f.listing().keys());
        assertEquals(1, f.listing().distractors().size());
        assertEquals("True or false? On 1 March 2023, Ana Lind met Bo Berg in " + f.listing().distractors().get(0)
                + ".", f.stem());
    }

    @Test
    void clozeBlanksTheFactsStandaloneWordingAndItsKeyIsTheWordsInTheGap() {
        // No gap wording: the statement is the text, blanked where the answer stands.
        Question q = find("sn-4/cloze/1");
        assertEquals("Fill in the gap: Ana Lind met Bo Berg in _____ on 1 March 2023.", q.stem());
        assertTrue(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(q), "riga"));
        assertEquals("Fill in the gap: Cai Dahl said he expects _____ new members.", find("sn-9/cloze/1").stem());
        // A list's gap wording names the other members; the gap holds the one it leaves out.
        assertEquals("Fill in the gap: On 4 April 2023, the ministers of Estonia, Latvia and _____ signed a joint letter.",
                find("sn-5/cloze/lithuania").stem());
        // A gap wording puts the date with the event it belongs to; the key is the date however it is typed.
        Question date = find("sn-8/cloze/1");
        assertEquals("Fill in the gap: On _____, Ana Lind told the Herald where the summit would be held.", date.stem());
        assertTrue(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(date), "May 9, 2023"));
        assertTrue(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(date), "9 May 2023"));
    }

    @Test
    void shortAnswerAcceptsAliasesAndRejectsOtherEntities() {
        Question q = find("sn-1/short-answer/person");
        assertTrue(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(q), "Lind"));
        assertTrue(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(q), "ana lynd"));
        assertFalse(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(q), "Bo Berg"));
    }

    @Test
    void dateMultipleChoiceUsesOtherEventDatesOfTheSamePrecision() {
        Question q = find("sn-6/multiple-choice/1");
        assertEquals(List.of("1 March 2023"), q.listing().keys());
        assertTrue(q.listing().distractors().containsAll(List.of("4 April 2023", "9 May 2023")), q.listing().distractors().toString());
    }

    @Test
    void numberQuestionsOfferNearbyCounts() {
        Question q = find("sn-9/multiple-choice/1");
        assertEquals(List.of("three"), q.listing().keys());
        // One either side, then two above (never below one).
        assertEquals(List.of("four", "two", "five"), q.listing().distractors());
    }

    @Test
    void orderingListsTheDatedEventsEarliestFirst() {
        Question q = find("summit-news/ordering/1");
        assertEquals(List.of("Ana Lind meets Bo Berg", "Three ministers sign a joint letter",
                "Ana Lind speaks to the Herald"), q.listing().keys());
        assertEquals(List.of("sn-6", "sn-7", "sn-8"), q.factIds());
    }

    @Test
    void matchingPairsEachPersonWithTheirRole() {
        Question q = find("summit-news/matching/1");
        assertEquals(List.of("Ana Lind", "Bo Berg", "Cai Dahl"), q.listing().options());
        assertEquals(List.of("Foreign Minister", "Defence Minister", "Prime Minister"), q.listing().keys());
    }

    @Test
    void aDifferentSeedKeepsTheSameQuestionsButMayPickOtherDistractors() {
        List<Question> other = new QuestionGenerator(MINI, 8, false).generate("summit-news");
        assertEquals(BANK.stream().map(Question::id).toList(), other.stream().map(Question::id).toList());
        assertEquals(BANK, new QuestionGenerator(MINI, 7, false).generate("summit-news"));
        assertEquals(new QuestionGenerator(MINI, 7).generate("summit-news"),
                new QuestionGenerator(MINI, 7).generate("summit-news"), "the ranked bank is deterministic too");
    }

    private static Question find(String id) {
        return BANK.stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + BANK.stream().map(Question::id).toList()));
    }
}
