package app.factdeck.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The assignment form read without a server: times in the chosen zone, bounds, and a message per field. */
class AssignmentFormTest {

    private static final AssignmentForm.Questions ONE_ARTICLE = slug -> slug.equals("art")
            ? Optional.of(Set.of("q1", "q2")) : Optional.empty();

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> f = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            f.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return f;
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        AssignmentForm.Read r = AssignmentForm.read(Map.of(), ONE_ARTICLE);
        assertTrue(r.draft().isEmpty());
        assertEquals(Set.of("title", "article", "mode", "zone", "attempts", "counts", "answers"), r.errors().keySet());
    }

    @Test
    void timesAreReadInTheChosenZone() {
        // 17:00 in Kyiv in March (UTC+2) is 15:00 UTC; in July (summer time, UTC+3) 14:00 UTC.
        AssignmentForm.Read r = AssignmentForm.read(form("title", "  Week   1 ", "article", "art", "mode", "fixed",
                "question", "q2", "question", "q1", "question", "q2", "due", "2027-03-05T17:00",
                "lateUntil", "2027-07-05T17:00", "zone", "Europe/Kyiv", "attempts", "0", "counts", "last",
                "answers", "after-due"), ONE_ARTICLE);
        assertEquals(Map.of(), r.errors());
        Assignment.Draft d = r.draft().orElseThrow();
        assertEquals("Week 1", d.title());
        assertEquals(List.of("q2", "q1"), d.fixed(), "each ticked once, in the order sent");
        assertEquals(Optional.of(Instant.parse("2027-03-05T15:00:00Z")), d.rules().dueAt());
        assertEquals(Optional.of(Instant.parse("2027-07-05T14:00:00Z")), d.rules().lateUntil());
        assertEquals(0, d.rules().attemptsAllowed(), "unlimited");
        assertEquals(AssignmentRules.Counts.LAST, d.rules().counts());
    }

    @Test
    void lateUntilNeedsADueTimeBeforeItAndCountsAreBounded() {
        AssignmentForm.Read r = AssignmentForm.read(form("title", "W", "article", "art", "mode", "drawn", "drawn", "51",
                "lateUntil", "2027-03-05T17:00", "zone", "Mars/Olympus", "attempts", "21", "counts", "best",
                "answers", "immediately"), ONE_ARTICLE);
        assertEquals(Set.of("drawn", "lateUntil", "zone", "attempts"), r.errors().keySet(), r.errors().toString());
        r = AssignmentForm.read(form("title", "W", "article", "art", "mode", "drawn", "drawn", "50",
                "due", "2027-03-05T17:00", "lateUntil", "2027-03-05T17:00", "zone", "UTC", "attempts", "20",
                "counts", "best", "answers", "immediately"), ONE_ARTICLE);
        assertEquals(Map.of("lateUntil", "“Late until” must be after the due time."), r.errors());
    }

    @Test
    void theFileNameIsTheClassNameInAscii() {
        assertEquals("history-9b-annee-gradebook.csv", AssignmentService.fileName("History 9B — Année"));
        assertEquals("class-gradebook.csv", AssignmentService.fileName("Класс"));
    }
}
