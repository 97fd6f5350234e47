package app.factdeck.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gradebook's cells as the page prints them: in words, in the teacher's zone, and escaped like th:text. */
class GradebookPageTest {

    @Test
    void eachCellIsWordedInTheTeachersZoneAndATitleCannotBreakTheMarkup() {
        Gradebook.Column quiz = new Gradebook.Column(7, "Q&A: <b>\"it's\"</b>", Optional.empty());
        Gradebook.Column other = new Gradebook.Column(8, "Week 2", Optional.empty());
        // 2 of 3 right, submitted 15:00 UTC = 17:00 in Kyiv (UTC+2 in March), late.
        Gradebook.Cell cell = new Gradebook.Cell(9, 2 / 3.0, Instant.parse("2027-03-02T15:00:00Z"), true);
        Gradebook book = new Gradebook("9B", List.of(quiz, other),
                List.of(new Gradebook.Row(1, "Zoë", "zoe", Map.of(7L, cell))));

        GradebookPage page = GradebookPage.of(book, 5, ZoneId.of("Europe/Kyiv"));

        assertEquals("<td data-label=\"Q&amp;A: &lt;b&gt;&quot;it&#39;s&quot;&lt;/b&gt;\" data-assignment=\"7\">"
                + "<span><a href=\"/teacher/classes/5/attempts/9\" class=\"cell-score\">67 %</a> "
                + "<span class=\"meta\">2 Mar 2027 17:00</span> <strong class=\"tag late\">late</strong></span></td>"
                + "<td data-label=\"Week 2\" data-assignment=\"8\"><span class=\"meta\">—</span></td>",
                page.rows().get(0).cellsHtml());
        assertEquals("67 %", page.rows().get(0).average(), "the student's average over what was submitted");
        assertEquals("67 %", page.averages().get(0).average());
        assertEquals("1 of 1 submitted", page.averages().get(0).submitted());
        assertEquals("—", page.averages().get(1).average(), "nothing submitted: no average");
        assertEquals("0 of 1 submitted", page.averages().get(1).submitted());
    }

    @Test
    void wholePercentsRoundHalfUp() {
        assertEquals("13 %", GradebookPage.percent(0.125));
        assertEquals("0 %", GradebookPage.percent(0.004));
        assertEquals("100 %", GradebookPage.percent(1));
    }
}
