package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.factdeck.proposals.DateMention.Precision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected dates worked out by hand from a calendar (the weekday of each published date is noted). */
class DateReaderTest {

    /** The only date in the sentence; its offsets must point at what it says was written. */
    private static DateMention one(String sentence, LocalDate published) {
        List<DateMention> all = DateReader.in(sentence, published);
        assertEquals(1, all.size(), () -> sentence + " -> " + all);
        DateMention d = all.get(0);
        assertEquals(d.written(), sentence.substring(d.start(), d.end()));
        return d;
    }

    private static void reads(String sentence, LocalDate published, String written, String iso, Precision precision,
                              boolean relative) {
        DateMention d = one(sentence, published);
        assertEquals(new DateMention(sentence.indexOf(written), sentence.indexOf(written) + written.length(), written,
                iso, precision, relative), d, sentence);
    }

    private static final LocalDate MID_JUNE = LocalDate.of(2023, 6, 16); // a Friday

    @Test
    void dayMonthYearInBothOrders() {
        reads("The talks opened on 12 January 2024 in Geneva.", MID_JUNE, "12 January 2024", "2024-01-12",
                Precision.DAY, false);
        reads("Russia invaded Ukraine on February 24, 2022, the minister recalled.", MID_JUNE, "February 24, 2022",
                "2022-02-24", Precision.DAY, false);
        reads("The treaty was signed on the 3rd of March, 1999 in Ottawa.", MID_JUNE, "3rd of March, 1999",
                "1999-03-03", Precision.DAY, false);
    }

    @Test
    void anAbbreviatedMonthTakesThePublishedYear() {
        // Published 31 Oct 2022: "Oct. 2" is earlier that month.
        reads("In the first round on Oct. 2, the former president won 48% of the vote.", LocalDate.of(2022, 10, 31),
                "Oct. 2", "2022-10-02", Precision.DAY, false);
        reads("Shares closed lower on Jan. 12 after the profit warning.", LocalDate.of(2024, 1, 20), "Jan. 12",
                "2024-01-12", Precision.DAY, false);
    }

    @Test
    void aDayWithoutYearLaterThanThePageIsLastYearsUnlessTheSentenceLooksAhead() {
        LocalDate first = LocalDate.of(2024, 3, 1);
        // 27 March 2024 would be 26 days after the page: a report of the past means 2023.
        reads("The company's shares fell 12% on March 27.", first, "March 27", "2023-03-27", Precision.DAY, false);
        reads("The election will be held on March 27.", first, "March 27", "2024-03-27", Precision.DAY, false);
        reads("The final is on March 27.", first, "March 27", "2024-03-27", Precision.DAY, false);
        // Two days after the page is within the slack (a dateline written a day or two early).
        reads("Heavy snow fell on March 3 across the north.", first, "March 3", "2024-03-03", Precision.DAY, false);
        // Looking ahead from November, a March date long past is next year's.
        reads("The agency will launch the probe on March 27.", LocalDate.of(2024, 11, 20), "March 27", "2025-03-27",
                Precision.DAY, false);
    }

    @Test
    void numericDatesAreDayFirstUnlessTheDayCannotBe() {
        LocalDate any = MID_JUNE;
        reads("The probe was launched on 13.09.2022 from the coast.", any, "13.09.2022", "2022-09-13", Precision.DAY,
                false);
        reads("Deadline: 14/01/2024 for all entries.", any, "14/01/2024", "2024-01-14", Precision.DAY, false);
        // Both parts could be a month: day first.
        reads("The storm struck on 01/02/2024 overnight.", any, "01/02/2024", "2024-02-01", Precision.DAY, false);
        // 13 cannot be a month: month first.
        reads("The merger closed on 03/13/2023 in New York.", any, "03/13/2023", "2023-03-13", Precision.DAY, false);
        reads("The page was updated 2024-01-12 by the editors.", any, "2024-01-12", "2024-01-12", Precision.DAY,
                false);
    }

    @Test
    void impossibleDaysAreNotRead() {
        assertEquals(List.of(), DateReader.in("The form is dated 31.02.2024 by mistake.", MID_JUNE));
        assertEquals(List.of(), DateReader.in("He said February 30 was the date.", MID_JUNE));
    }

    @Test
    void monthsAndYears() {
        LocalDate june = LocalDate.of(2024, 6, 10);
        reads("Inflation peaked in April at 9%.", june, "in April", "2024-04", Precision.MONTH, false);
        // April 2024 is after a February page: the April before.
        reads("Inflation peaked in April at 9%.", LocalDate.of(2024, 2, 10), "in April", "2023-04", Precision.MONTH,
                false);
        reads("Parliament will vote in April on the budget.", june, "in April", "2025-04", Precision.MONTH, false);
        reads("The drought began in 2021 in the south.", june, "in 2021", "2021", Precision.YEAR, false);
        reads("The drug was approved in April 2023 by the regulator.", june, "April 2023", "2023-04", Precision.MONTH,
                false);
        reads("In May, prices rose sharply.", june, "In May", "2024-05", Precision.MONTH, false);
        reads("The 2024 elections drew record turnout.", june, "2024", "2024", Precision.YEAR, false);
    }

    @Test
    void weekdaysLookBackUnlessTheVerbIsFuture() {
        // Published Monday 19 Dec 2022: "on Sunday" is the day before.
        reads("Argentina beat France on Sunday in Lusail.", LocalDate.of(2022, 12, 19), "on Sunday", "2022-12-18",
                Precision.DAY, true);
        // Published Friday 16 Jun 2023.
        reads("Defence ministers met on Wednesday in Brussels.", MID_JUNE, "on Wednesday", "2023-06-14",
                Precision.DAY, true);
        reads("Defence ministers will meet on Wednesday in Brussels.", MID_JUNE, "on Wednesday", "2023-06-21",
                Precision.DAY, true);
        reads("Friday is the last day of the meeting.", MID_JUNE, "Friday", "2023-06-16", Precision.DAY, true);
        reads("The club plays its rival next Friday.", MID_JUNE, "next Friday", "2023-06-23", Precision.DAY, true);
        // Published Wednesday 14 Jun 2023: "last Wednesday" is a week before, not that day.
        reads("The central bank raised rates last Wednesday.", LocalDate.of(2023, 6, 14), "last Wednesday",
                "2023-06-07", Precision.DAY, true);
    }

    @Test
    void aWeekdayBeforeAWrittenDateIsPartOfThatDate() {
        reads("Sunday, January 14, 2024 was the coldest day of the winter.", MID_JUNE, "January 14, 2024",
                "2024-01-14", Precision.DAY, false);
    }

    @Test
    void relativeDaysMonthsAndYears() {
        LocalDate published = LocalDate.of(2024, 1, 17);
        reads("Today the index fell by 3%.", published, "Today", "2024-01-17", Precision.DAY, true);
        reads("The storm reached the coast yesterday.", published, "yesterday", "2024-01-16", Precision.DAY, true);
        reads("Growth should return next year, the bank said.", published, "next year", "2025", Precision.YEAR,
                true);
        reads("Unemployment rose last month in the region.", published, "last month", "2023-12", Precision.MONTH,
                true);
        reads("The team won the title two years ago.", published, "two years ago", "2022", Precision.YEAR, true);
    }

    @Test
    void aWeekHasNoPrecisionSoItIsNotRead() {
        assertEquals(List.of(), DateReader.in("Talks resume this week in Geneva.", MID_JUNE));
        assertEquals(List.of(), DateReader.in("Prices fell last week.", MID_JUNE));
    }

    @Test
    void severalDatesInOneSentenceInReadingOrder() {
        String s = "The law passed in April and took effect on 1 July 2022, a year before the vote on Tuesday.";
        List<DateMention> all = DateReader.in(s, LocalDate.of(2023, 7, 12)); // a Wednesday
        assertEquals(List.of("in April", "1 July 2022", "on Tuesday"), all.stream().map(DateMention::written).toList());
        assertEquals(List.of("2023-04", "2022-07-01", "2023-07-11"), all.stream().map(DateMention::iso).toList());
        assertEquals(List.of("2010", "2020"), DateReader.in("Output doubled between 2010 and 2020 in the region.",
                MID_JUNE).stream().map(DateMention::iso).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Chandrayaan-3 landed near the lunar south pole.",
        "Argentina won 4-2 on penalties.",
        "Allies agreed to spend 2% of GDP on defence.",
        "The lander touched down at 06:04 pm local time.",
        "The meeting fell on day 478 of the war.",
        "Negotiators at COP28 reached a deal.",
        "The army sent 2000 troops to the border.",
        "May rose to speak in the debate.",
        "Mr March said the plan was sound.",
        "Sales of 1,999 units were reported.",
        "Temperatures of 2025C are impossible.",
    })
    void notDates(String sentence) {
        assertEquals(List.of(), DateReader.in(sentence, MID_JUNE), sentence);
    }

    @Test
    void noPublishedDateOrSentenceReadsNothing() {
        assertEquals(List.of(), DateReader.in("On 12 January 2024 it snowed.", null));
        assertEquals(List.of(), DateReader.in(null, MID_JUNE));
    }
}
