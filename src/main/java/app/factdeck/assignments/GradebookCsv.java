package app.factdeck.assignments;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The gradebook as a CSV file that LibreOffice and Excel open with accents intact: UTF-8 with a byte-order mark
 * (without it Excel reads the file in the machine's legacy code page), Excel's quoting and CRLF line ends. A cell
 * that begins like a formula ("=", "+", "-", "@") is prefixed with an apostrophe so that a student's name cannot run
 * as a formula in the teacher's spreadsheet (OWASP's CSV injection advice).
 */
public final class GradebookCsv {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private GradebookCsv() {
    }

    /** Writes the gradebook; times are written in {@code zone}, scores as percentages with one decimal. */
    public static void write(Gradebook book, ZoneId zone, Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
            List<String> header = new ArrayList<>(List.of("Student", "Username"));
            for (Gradebook.Column a : book.assignments()) {
                header.add(a.title() + " (%)");
                header.add(a.title() + " submitted");
                header.add(a.title() + " late");
            }
            header.add("Average (%)");
            csv.printRecord(header.stream().map(GradebookCsv::safe).toList());
            for (Gradebook.Row r : book.students()) {
                List<String> row = new ArrayList<>(List.of(safe(r.name()), safe(r.username())));
                for (Gradebook.Column a : book.assignments()) {
                    var cell = r.cell(a.id());
                    row.add(cell.map(c -> percent(c.score())).orElse(""));
                    row.add(cell.map(c -> TIME.format(c.submittedAt().atZone(zone))).orElse(""));
                    row.add(cell.map(c -> c.late() ? "late" : "").orElse(""));
                }
                row.add(percent(r.average()));
                csv.printRecord(row);
            }
            List<String> averages = new ArrayList<>(List.of("Average", ""));
            for (Gradebook.Column a : book.assignments()) {
                averages.add(percent(book.average(a.id())));
                averages.add(book.submitted(a.id()) + " of " + book.students().size() + " submitted");
                averages.add("");
            }
            averages.add("");
            csv.printRecord(averages);
        }
    }

    /**
     * A score of 0..1 as a percentage with one decimal (half up), written with a point whatever the server's locale.
     * Not String.format: parsing its pattern for each of 6,000 cells was a third of a big class's CSV time.
     */
    static String percent(double score) {
        long tenths = Math.round(1000 * score);
        return tenths / 10 + "." + tenths % 10;
    }

    private static String percent(OptionalDouble score) {
        return score.isPresent() ? percent(score.getAsDouble()) : "";
    }

    /** Text a spreadsheet would read as a formula gets a leading apostrophe. */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
