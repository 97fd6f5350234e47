package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The other spellings of a time; dates worked out by hand from a calendar (weekdays noted). */
class TimeFormsTest {

    private static final LocalDate SATURDAY = LocalDate.of(2024, 3, 2);

    @Test
    void aClockTimeIsAcceptedPaddedUnpaddedAndOnTheTwentyFourHourClock() {
        List<String> forms = TimeForms.of("06:04 pm", "The lander touched down at 06:04 pm.", SATURDAY);
        assertTrue(forms.containsAll(List.of("6:04 pm", "6:04 p.m.", "18:04")), forms.toString());
        assertFalse(forms.contains("06:04 pm"), "the answer itself is not another form");
        assertTrue(TimeForms.of("18:04", "The train left at 18:04.", SATURDAY).contains("6:04 pm"));
        assertTrue(TimeForms.of("12:30 am", "The alarm rang at 12:30 am.", SATURDAY).contains("00:30"));
    }

    @Test
    void aClockTimeWithoutAmOrPmHasNoOtherForm() {
        // Morning or evening? The sentence does not say, so no 24-hour form is guessed.
        assertEquals(List.of(), TimeForms.of("6:04", "The lander touched down at 6:04.", SATURDAY));
    }

    @Test
    void aDayAndMonthIsAcceptedInBothOrdersAndWithItsYear() {
        LocalDate monday = LocalDate.of(2022, 10, 31);
        List<String> forms = TimeForms.of("Oct. 2", "The first round of the vote was held on Oct. 2.", monday);
        assertEquals(List.of("2 October", "October 2", "2 October 2022", "October 2 2022"), forms);
    }

    @Test
    void aWeekdayIsAcceptedAsTheDateThePublishedDateMakesIt() {
        // Saturday 2 March 2024: the Friday before is 1 March; with a future verb, the next Friday is 8 March.
        assertEquals(List.of("1 March 2024", "March 1 2024"),
                TimeForms.of("Friday", "The mayor resigned on Friday.", SATURDAY));
        assertEquals(List.of("8 March 2024", "March 8 2024"),
                TimeForms.of("Friday", "The mayor will resign on Friday.", SATURDAY));
    }

    @Test
    void aMonthWithoutItsYearIsAcceptedWithTheYear() {
        assertEquals(List.of("May 2023"), TimeForms.of("May", "In May, the firm cut 200 jobs.",
                LocalDate.of(2023, 6, 8)));
    }

    @Test
    void aYearOrAWordThatIsNoTimeHasNoOtherForm() {
        assertEquals(List.of(), TimeForms.of("1986", "Argentina won the title in 1986.", SATURDAY));
        assertEquals(List.of(), TimeForms.of("a hat-trick", "Mbappe scored a hat-trick.", SATURDAY));
        assertEquals(List.of(), TimeForms.of("Friday", "The mayor resigned on Friday.", null));
    }
}
