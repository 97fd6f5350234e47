package app.factdeck.questions.types.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why Moodle XML carries Factdeck's ordering questions with the grading "Relative to ALL the previous and next
 * items" and refuses the others: for every order of four and five items, Factdeck's mark equals that grading's, and
 * each other grading gives some order another mark. Moodle's gradings are worked out here as its
 * {@code qtype_ordering_question::grade_response} describes them, not through Factdeck's code.
 */
class OrderingMoodleGradingTest {

    private static Ordering ordering(List<String> items) {
        return new Ordering(new Question.Common("a/1/1", "x", List.of(), "Order them.", "", List.of(), List.of(),
                null), items);
    }

    /** Moodle's RELATIVE_ALL_PREVIOUS_AND_NEXT: per item, the items before and after it that are right, of all. */
    private static double allPreviousAndNext(List<String> correct, List<String> given) {
        int right = 0;
        int all = 0;
        for (String item : correct) {
            List<String> before = correct.subList(0, correct.indexOf(item));
            List<String> after = correct.subList(correct.indexOf(item) + 1, correct.size());
            List<String> givenBefore = given.subList(0, given.indexOf(item));
            List<String> givenAfter = given.subList(given.indexOf(item) + 1, given.size());
            right += before.stream().filter(givenBefore::contains).count();
            right += after.stream().filter(givenAfter::contains).count();
            all += before.size() + after.size();
        }
        return (double) right / all;
    }

    /** Moodle's ABSOLUTE_POSITION: the share of items in their exact place. */
    private static double absolutePosition(List<String> correct, List<String> given) {
        int right = 0;
        for (int i = 0; i < correct.size(); i++) {
            right += correct.get(i).equals(given.get(i)) ? 1 : 0;
        }
        return (double) right / correct.size();
    }

    /** Moodle's RELATIVE_NEXT_EXCLUDE_LAST: the share of items but the last followed by the right one. */
    private static double nextExcludingLast(List<String> correct, List<String> given) {
        int right = 0;
        for (int i = 0; i < correct.size() - 1; i++) {
            int at = given.indexOf(correct.get(i));
            right += at + 1 < given.size() && given.get(at + 1).equals(correct.get(i + 1)) ? 1 : 0;
        }
        return (double) right / (correct.size() - 1);
    }

    private static List<List<String>> orders(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> all = new ArrayList<>();
        for (String first : items) {
            List<String> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<String> tail : orders(rest)) {
                List<String> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

    @Test
    void factdecksMarkIsMoodlesRelativeToAllThePreviousAndNextItemsForEveryOrder() {
        for (List<String> items : List.of(List.of("A", "B", "C", "D"), List.of("A", "B", "C", "D", "E"))) {
            Ordering q = ordering(items);
            boolean absoluteDiffers = false;
            boolean nextDiffers = false;
            for (List<String> given : orders(items)) {
                double mark = q.grade(new Response(given)).credit();
                assertEquals(allPreviousAndNext(items, given), mark, 1e-9, given.toString());
                absoluteDiffers |= Math.abs(absolutePosition(items, given) - mark) > 1e-9;
                nextDiffers |= Math.abs(nextExcludingLast(items, given) - mark) > 1e-9;
            }
            assertTrue(absoluteDiffers && nextDiffers, "Moodle's defaults mark some order otherwise");
        }
    }

    @Test
    void theExportNamesThatGradingAndAnyOtherIsReadAsMoodleReadsIt() {
        assertEquals("RELATIVE_ALL_PREVIOUS_AND_NEXT", OrderingKind.MoodleGrading.FACTDECKS.name());
        assertEquals(OrderingKind.MoodleGrading.ABSOLUTE_POSITION, OrderingKind.MoodleGrading.of("abs"));
        assertEquals(OrderingKind.MoodleGrading.RELATIVE_NEXT_EXCLUDE_LAST, OrderingKind.MoodleGrading.of("RELATIVE"),
                "Moodle's default, for a missing or unknown one too");
        assertEquals(OrderingKind.MoodleGrading.RELATIVE_NEXT_EXCLUDE_LAST, OrderingKind.MoodleGrading.of("sideways"));
    }
}
