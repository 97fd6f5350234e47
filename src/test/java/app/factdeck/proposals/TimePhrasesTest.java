package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.articles.MarkedFact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Time claims on sentences from sport, science, courts, business and local news. Weekdays from a calendar: 1 March
 * 2024 is a Friday.
 */
class TimePhrasesTest {

    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 1);

    private static List<Proposal> claims(String sentence, LocalDate published, String... otherSentences) {
        List<String> article = new java.util.ArrayList<>(List.of(otherSentences));
        article.add(sentence);
        return new TimePhrases(article).in(sentence, published, at -> 0);
    }

    private static MarkedFact oneIn(List<String> article, int which, LocalDate published) {
        List<Proposal> all = new TimePhrases(article).in(article.get(which), published, at -> 0);
        assertEquals(1, all.size(), all::toString);
        return all.get(0).fact();
    }

    private static MarkedFact one(String sentence, LocalDate published, String... otherSentences) {
        List<Proposal> all = claims(sentence, published, otherSentences);
        assertEquals(1, all.size(), () -> sentence + " -> " + all);
        return all.get(0).fact();
    }

    private static void none(String sentence) {
        List<Proposal> all = claims(sentence, FRIDAY);
        assertEquals(List.of(), all.stream().map(p -> p.fact().statement()).toList(), sentence);
    }

    @Test
    void aWeekdayAloneIsNotAskedButADateAfterTheMainVerbIsTheGap() {
        // Which Tuesday only the page's date says; two blind reviews failed the bare weekday as trivia (G9).
        none("The Supreme Court ruled on Tuesday that the ban was lawful.");
        MarkedFact f = one("The Supreme Court ruled on March 5 that the ban was lawful.", FRIDAY);
        assertEquals(MarkedFact.Kind.PHRASE, f.kind());
        assertEquals(List.of("March 5"), f.answerWords());
        assertEquals("The Supreme Court ruled on {answer} that the ban was lawful.", f.statement());
        assertTrue(List.of("The Supreme Court ruled on March 6 that the ban was lawful.",
                "The Supreme Court ruled on March 4 that the ban was lawful.").contains(f.contradiction()),
                f.contradiction());
    }

    @Test
    void theFalseDayIsOneTheArticleDatesNothingOn() {
        MarkedFact f = one("The Supreme Court ruled on March 5 that the ban was lawful.", FRIDAY,
                "Lawyers had filed the appeal on March 6.");
        assertEquals("The Supreme Court ruled on March 4 that the ban was lawful.", f.contradiction());
    }

    @Test
    void aClockTimeDropsTheAdjunctAfterIt() {
        MarkedFact f = one("The rover touched down at 9:15 pm local time after a seven-month journey.", FRIDAY);
        assertEquals("The rover touched down at {answer}.", f.statement());
        assertEquals("The rover touched down at 10:15 pm.", f.contradiction());
    }

    @Test
    void aYearInTheOpeningPhraseKeepsTheMainClauseAndIsBackgroundWhenOld() {
        List<Proposal> all = claims("In 2016, Leicester City won the Premier League title.", FRIDAY,
                "Leicester were nearly relegated in 2015.");
        assertEquals(1, all.size(), all::toString);
        MarkedFact f = all.get(0).fact();
        assertEquals("In {answer}, Leicester City won the Premier League title.", f.statement());
        assertEquals("In 2017, Leicester City won the Premier League title.", f.contradiction(),
                "2015 is written in the article, so it is not the false year");
        assertTrue(all.get(0).confidence() < Proposal.PRE_TICKED, "eight years before the article: background");
    }

    @Test
    void aMonthOrADayInTheOpeningPhrase() {
        MarkedFact month = one("In March, the retailer reported a rise in online sales.", LocalDate.of(2024, 6, 10));
        assertEquals("In {answer}, the retailer reported a rise in online sales.", month.statement());
        assertEquals("In February, the retailer reported a rise in online sales.", month.contradiction());
        MarkedFact day = one("On June 3, Springfield council approved a new cycle lane.", LocalDate.of(2024, 6, 10));
        assertEquals(List.of("June 3"), day.answerWords());
        assertEquals("On {answer}, Springfield council approved a new cycle lane.", day.statement());
        assertEquals("On June 4, Springfield council approved a new cycle lane.", day.contradiction());
    }

    @Test
    void sinceAndByKeepTheirPrepositionAndMoveTheYearTheWayThatMakesItFalse() {
        // "the highest since 1906" is false when 1910 was higher still; "since 1914" would be true.
        Proposal since = claims("Rainfall in Cardiff was the highest since 1910, forecasters said.", FRIDAY).get(0);
        assertEquals("Rainfall in Cardiff was the highest since {answer}.", since.fact().statement());
        assertEquals("Rainfall in Cardiff was the highest since 1906.", since.fact().contradiction());
        // "by 2050" is also met by a deadline of 2040? No: "by 2030" is another, stricter target.
        MarkedFact by = one("Norway pledged to reach net zero emissions by 2040.", FRIDAY);
        assertEquals("Norway pledged to reach net zero emissions by {answer}.", by.statement());
        assertEquals("Norway pledged to reach net zero emissions by 2030.", by.contradiction());
    }

    @Test
    void aDefiniteSubjectIsShownButNotPreTicked() {
        Proposal p = claims("The court ruled on March 7 that the merger could go ahead.", FRIDAY).get(0);
        assertTrue(p.confidence() < Proposal.PRE_TICKED, "which court? the subject may point back");
    }

    @Test
    void aFutureOrConditionalVerbIsNotAsked() {
        none("The council will vote on Tuesday on the new parking rules.");
        none("The striker would have played on Saturday if he had been fit.");
        none("The festival is expected to open on Friday.");
    }

    @Test
    void aRangeOrAPartOfADayIsNotAsked() {
        none("Prices rose sharply between 2019 and 2021.");
        none("The library opened Monday to Friday.");
        none("The fire started on Monday evening in a warehouse.");
        none("The bridge was built before 1900.");
    }

    @Test
    void aTimeInAQuotationOrAnotherClauseIsNotAsked() {
        none("“We beat them on Sunday,” the coach said.");
        none("The company said profits fell after the factory closed on Monday.");
        none("Shares dropped when markets opened on Thursday.");
        none("Officials said that the pipeline burst on Tuesday.");
    }

    @Test
    void aStatementThatWouldKeepAnotherRelativeTimeIsNotWritten() {
        // The gap would be "Tuesday", but "next month" would stay in the statement: which month? (G7)
        none("The mayor said on Tuesday that the road would reopen next month.");
        none("Sales fell last month.");
    }

    @Test
    void twoEventsInOneSentenceAreEachAskedWithTheOtherKept() {
        List<Proposal> all = claims("Smith signed for the club on March 4 and Jones resigned on March 8.", FRIDAY);
        assertEquals(List.of("Smith signed for the club on {answer}.",
                "Smith signed for the club on March 4 and Jones resigned on {answer}."),
                all.stream().map(p -> p.fact().statement()).toList());
        assertEquals("Smith signed for the club on March 5.", all.get(0).fact().contradiction());
    }

    @Test
    void aSecondPredicateWithAPronounIsDroppedAndADiscourseWordToo() {
        // "A and B" states A: the statement keeps the first predicate, without "its builders" nobody can resolve.
        MarkedFact f = one("On 4 May, the mayor of Leeds opened the new bridge and thanked its builders.",
                LocalDate.of(2024, 5, 20));
        assertEquals("On {answer}, the mayor of Leeds opened the new bridge.", f.statement());
        assertEquals("On 5 May, the mayor of Leeds opened the new bridge.", f.contradiction());
        MarkedFact g = one("For example, in 2015, Denmark raised the pension age to 67.", FRIDAY);
        assertEquals("In {answer}, Denmark raised the pension age to 67.", g.statement());
        assertEquals("In 2014, Denmark raised the pension age to 67.", g.contradiction());
    }

    @Test
    void theFalseDateIsNoDayTheArticleDatesAnythingOn() {
        // "On 4 May" elsewhere is the same day as "May 4, 2024": the false item must not land on it.
        List<String> article = List.of("On 4 May, the mayor of Leeds opened the new bridge.",
                "On May 3, 2024, the council approved the budget.");
        MarkedFact f = oneIn(article, 1, LocalDate.of(2024, 5, 20));
        assertEquals("On May 2, 2024, the council approved the budget.", f.contradiction());
    }
}
