package app.factdeck.questions.core;

import app.factdeck.questions.TestLibrary;

import app.factdeck.questions.QuestionGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerMatcherTest {

    private static final List<Question> BANK = new QuestionGenerator(TestLibrary.SHIPPED, QuestionGenerator.DEFAULT_SEED)
            .generateAll();

    @ParameterizedTest(name = "{0}: ''{1}'' is accepted")
    @CsvSource(delimiter = '|', value = {
            "esp-018/short-answer/person | Zelensky",
            "esp-018/short-answer/person | zelenskyy",
            "esp-018/short-answer/person | ZELENSKIY",
            "esp-018/short-answer/person | Zelenskky",
            "esp-018/short-answer/person | Volodymyr Zelenskyi",
            "esp-002/short-answer/1 | Anders Rasmussen",
            "esp-002/short-answer/1 | rasmussen",
            "esp-002/short-answer/1 | Anders Fogh-Rasmussen",
            "esp-030/short-answer/1 | Czechia",
            "esp-030/short-answer/1 | the czech republic",
            "esp-025/short-answer/1 | Lithuana",
            "esp-004/short-answer/1 | guardian",
            "esp-004/short-answer/1 | The  Guardian.",
            "ki-008/short-answer/1 | Stoltenburg",
            "esp-016/short-answer/1 | 30 September 2022",
            "esp-016/short-answer/1 | September 30, 2022",
            "esp-016/short-answer/1 | 30/09/2022",
            "esp-016/short-answer/1 | 2022-09-30",
            "esp-016/short-answer/1 | 30th September 2022",
            "esp-033/short-answer/1 | July",
            "esp-033/short-answer/1 | July 2023",
            "esp-035/short-answer/1 | 2",
            "esp-035/short-answer/1 | Two",
            "esp-015/short-answer/1 | 1 + 1",
            "esp-026/cloze/1 | October 3",
    })
    void accepts(String id, String typed) {
        assertTrue(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(question(id)), typed));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is refused")
    @CsvSource(delimiter = '|', value = {
            "esp-025/short-answer/1 | Latvia",
            "esp-025/short-answer/1 | Lativa",
            "esp-030/short-answer/1 | Slovakia",
            "esp-018/short-answer/person | Zelenskyy's office manager",
            "esp-018/short-answer/person | Yermak",
            "esp-002/short-answer/1 | Stoltenberg",
            "esp-002/short-answer/1 | Rutte",
            "esp-010/short-answer/1 | Vilnius",
            "esp-016/short-answer/1 | 1 October 2022",
            "esp-016/short-answer/1 | October 2, 2022",
            "esp-033/short-answer/1 | June 2023",
            "esp-035/short-answer/1 | 3",
            "esp-035/short-answer/1 | three",
            "esp-015/short-answer/1 | ICTV",
            "esp-009/short-answer/1 | Putn X",
            "esp-004/short-answer/1 | ",
    })
    void refuses(String id, String typed) {
        assertFalse(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(question(id)), typed));
    }

    @Test
    void aCloseSpellingOfAnotherEntityIsNotATypo() {
        // Slovenia is one edit from neither key, but it is an entity of its own: never a typo of Slovakia.
        assertFalse(AnswerMatcher.matchesText("Slovenia", List.of("Slovakia"), List.of("Slovenia")));
        assertTrue(AnswerMatcher.matchesText("Slovkia", List.of("Slovakia"), List.of("Slovenia")));
        assertFalse(AnswerMatcher.matchesText("Austria", List.of("Australia"), List.of("Austria")));
    }

    @Test
    void theTypoBudgetGrowsWithLength() {
        assertFalse(AnswerMatcher.matchesText("MAO", List.of("MAP"), List.of()));
        assertTrue(AnswerMatcher.matchesText("Putn", List.of("Putin"), List.of()));
        assertFalse(AnswerMatcher.matchesText("Ptn", List.of("Putin"), List.of()));
        assertTrue(AnswerMatcher.matchesText("Natalia Halibarnko", List.of("Natalia Halibarenko"), List.of()));
        assertFalse(AnswerMatcher.matchesText("Natalia", List.of("Natalia Halibarenko"), List.of()));
    }

    @Test
    void aTypoAcceptedAsRightGivesTheAcceptedSpelling() {
        Question rasmussen = question("esp-002/short-answer/1");
        assertTrue(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(rasmussen), "Anders Fogh Rasmssen"));
        assertEquals(Optional.of("Anders Fogh Rasmussen"),
                AnswerMatcher.correctSpelling(app.factdeck.testing.Questions.typed(rasmussen), "Anders Fogh Rasmssen"));
        assertEquals(Optional.of("Stoltenberg"), AnswerMatcher.correctSpelling(app.factdeck.testing.Questions.typed(question("ki-008/short-answer/1")),
                "Stoltenburg"));
        assertEquals(Optional.of("Šefčovič"), AnswerMatcher.correctSpelling("Sefcovic", List.of("Šefčovič"), List.of()),
                "an answer without its diacritics is right, and shown how it is written");
    }

    @ParameterizedTest(name = "{0}: ''{1}'' needs no spelling shown")
    @CsvSource(delimiter = '|', value = {
            "esp-002/short-answer/1 | anders fogh rasmussen",
            "esp-002/short-answer/1 | Anders Fogh-Rasmussen",
            "esp-004/short-answer/1 | The  Guardian.",
            "esp-002/short-answer/1 | Stoltenberg",
            "esp-016/short-answer/1 | 30/09/2022",
            "esp-035/short-answer/1 | Two",
    })
    void aRightSpellingAWrongAnswerOrADateShowsNoSpelling(String id, String typed) {
        assertEquals(Optional.empty(), AnswerMatcher.correctSpelling(app.factdeck.testing.Questions.typed(question(id)), typed));
    }

    @ParameterizedTest(name = "''{0}'' reads as a date: {1}")
    @CsvSource(delimiter = '|', value = {
            "July 2023 | true", "30/09/2022 | true", "2022-09-30 | true", "October 3 | true", "30th September 2022 | true",
            "1 October 2022 | true", "Juy 2023 | false", "2023 | false", "last week | false", "30.13.2022 | false",
    })
    void anUnreadableDateIsToldApartFromAWrongOne(String typed, boolean readable) {
        assertEquals(readable, AnswerMatcher.readsAsDate(app.factdeck.testing.Questions.typed(question("esp-016/short-answer/1")), typed));
    }

    @Test
    void theDateHintSaysWhatFormIsExpectedAndNeverGivesTheAnswerAway() {
        assertEquals("Write a date such as 7 June 2023 or 2023-06-07.",
                AnswerMatcher.dateHint(app.factdeck.testing.Questions.typed(question("esp-016/short-answer/1"))));
        assertEquals("Write a month and year such as June 2023 or 2023-06.",
                AnswerMatcher.dateHint(app.factdeck.testing.Questions.typed(question("esp-033/short-answer/1"))));
        List<Question> dates = BANK.stream().filter(q -> q instanceof app.factdeck.questions.types.shortanswer.ShortAnswer s
                && s.answer().kind() == Question.AnswerKind.DATE).toList();
        assertTrue(dates.size() > 5, "the shipped content asks about dates");
        for (Question q : dates) {
            String hint = AnswerMatcher.dateHint(app.factdeck.testing.Questions.typed(q));
            String key = q.listing().keys().get(0);
            app.factdeck.content.FactDate date = app.factdeck.content.FactDate.parseDisplay(key);
            assertFalse(hint.contains(key) || hint.contains(date.iso()), q.id() + ": " + hint);
            assertTrue(hint.startsWith("Write a "), hint);
        }
        // The example's own date is answered with the other example.
        app.factdeck.questions.core.TypedAnswer june = new app.factdeck.questions.core.TypedAnswer("7 June 2023",
                List.of("7 June 2023"), Question.AnswerKind.DATE, List.of());
        assertEquals("Write a date such as 14 March 2021 or 2021-03-14.", AnswerMatcher.dateHint(june));
    }

    private static final app.factdeck.questions.QuestionBank SERVED = app.factdeck.questions.QuestionBank.build(
            TestLibrary.SHIPPED, QuestionGenerator.DEFAULT_SEED);

    /** Any item the generator makes, also one the ranking keeps out of new quizzes (a past quiz still asks it). */
    private Question question(String id) {
        return SERVED.find(id)
                .orElseThrow(() -> new AssertionError("no question " + id));
    }
}
