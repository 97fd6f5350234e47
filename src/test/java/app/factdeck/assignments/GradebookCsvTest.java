package app.factdeck.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class GradebookCsvTest {

    private static final Instant T = Instant.parse("2027-03-08T14:30:00Z");

    private static Gradebook book() {
        var a1 = new Gradebook.Column(1, "Week 1: «Énergie», quiz", Optional.of(T));
        var a2 = new Gradebook.Column(2, "Week 2", Optional.empty());
        var zoe = new Gradebook.Row(10, "Zoë Šimková", "zoe", Map.of(
                1L, new Gradebook.Cell(100, 0.75, T.minusSeconds(60), false),
                2L, new Gradebook.Cell(101, 0.5, T.plusSeconds(3_600), true)));
        var sly = new Gradebook.Row(11, "=HYPERLINK(\"http://x\")", "sly", Map.of(
                1L, new Gradebook.Cell(102, 1.0, T, false)));
        var none = new Gradebook.Row(12, "Ann", "ann", Map.of());
        return new Gradebook("7B", List.of(a1, a2), List.of(zoe, sly, none));
    }

    private static List<CSVRecord> written() throws Exception {
        StringWriter out = new StringWriter();
        GradebookCsv.write(book(), ZoneId.of("Europe/Kyiv"), out);
        String text = out.toString();
        assertEquals(GradebookCsv.BYTE_ORDER_MARK, text.charAt(0), "Excel needs the BOM to read UTF-8");
        assertTrue(text.contains("\r\n"), "CRLF line ends");
        return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void accentsQuotesAndCommasSurviveARoundTrip() throws Exception {
        List<CSVRecord> rows = written();
        assertEquals("Week 1: «Énergie», quiz (%)", rows.get(0).get(2));
        assertEquals("Zoë Šimková", rows.get(1).get(0));
    }

    @Test
    void eachCellHasScoreSubmittedTimeInTheZoneAndLate() throws Exception {
        CSVRecord zoe = written().get(1);
        assertEquals("75.0", zoe.get(2));
        assertEquals("2027-03-08 16:29", zoe.get(3), "14:29 UTC is 16:29 in Kyiv in March");
        assertEquals("", zoe.get(4));
        assertEquals("50.0", zoe.get(5));
        assertEquals("late", zoe.get(7));
        // (75 + 50) / 2
        assertEquals("62.5", zoe.get(8));
    }

    @Test
    void aStudentWithNothingSubmittedHasEmptyCellsAndNoAverage() throws Exception {
        CSVRecord ann = written().get(3);
        assertEquals("", ann.get(2));
        assertEquals("", ann.get(8));
    }

    @Test
    void theLastRowAveragesEachAssignmentOverThoseWhoSubmitted() throws Exception {
        CSVRecord avg = written().get(4);
        assertEquals("Average", avg.get(0));
        // Assignment 1: (75 + 100) / 2; assignment 2: only Zoë's 50.
        assertEquals("87.5", avg.get(2));
        assertEquals("2 of 3 submitted", avg.get(3));
        assertEquals("50.0", avg.get(5));
        assertEquals("1 of 3 submitted", avg.get(6));
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        assertEquals("'=HYPERLINK(\"http://x\")", written().get(2).get(0));
        assertEquals("'-1", GradebookCsv.safe("-1"));
        assertEquals("Ann", GradebookCsv.safe("Ann"));
    }
}
