package app.factdeck.assignments;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The gradebook as its page shows it: every cell already in words (score, time in the teacher's zone, link, late).
 * A class of 200 students × 30 assignments is 6,000 cells; the template evaluating lookups, optionals and number
 * formats per cell took most of the page's time (GradebookBenchmark: p50 477 ms), so the cells come in words and
 * each row's cells as escaped markup ({@link Row#cellsHtml()}).
 */
record GradebookPage(List<Column> columns, List<Row> rows, List<Average> averages) {

    record Column(long id, String title) {
    }

    /** {@code href} is null for an empty cell (nothing submitted). */
    record Cell(String label, long assignmentId, String href, String score, String submitted, boolean late) {
    }

    record Row(String username, String name, String average, List<Cell> cells) {

        /**
         * The row's assignment cells as markup, escaped here: one template expression per row instead of eight per
         * cell, which is what brings a 6,000-cell page under 300 ms (GradebookBenchmark).
         */
        public String cellsHtml() {
            StringBuilder out = new StringBuilder(cells.size() * 160);
            for (Cell c : cells) {
                out.append("<td data-label=\"").append(escape(c.label())).append("\" data-assignment=\"")
                        .append(c.assignmentId()).append("\">");
                if (c.href() == null) {
                    out.append("<span class=\"meta\">—</span>");
                } else {
                    out.append("<span><a href=\"").append(escape(c.href())).append("\" class=\"cell-score\">")
                            .append(escape(c.score())).append("</a> <span class=\"meta\">").append(escape(c.submitted()))
                            .append("</span>");
                    if (c.late()) {
                        out.append(" <strong class=\"tag late\">late</strong>");
                    }
                    out.append("</span>");
                }
                out.append("</td>");
            }
            return out.toString();
        }
    }

    record Average(String label, String average, String submitted) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    static GradebookPage of(Gradebook book, long classId, ZoneId zone) {
        List<Column> columns = book.assignments().stream().map(a -> new Column(a.id(), a.title())).toList();
        String attempts = "/teacher/classes/" + classId + "/attempts/";
        List<Row> rows = new ArrayList<>(book.students().size());
        for (Gradebook.Row r : book.students()) {
            List<Cell> cells = new ArrayList<>(columns.size());
            for (Gradebook.Column a : book.assignments()) {
                cells.add(r.cell(a.id()).map(c -> new Cell(a.title(), a.id(), attempts + c.attemptId(),
                        percent(c.score()), TIME.format(c.submittedAt().atZone(zone)), c.late()))
                        .orElse(new Cell(a.title(), a.id(), null, null, null, false)));
            }
            rows.add(new Row(r.username(), r.name(), percent(r.average()), cells));
        }
        List<Average> averages = book.assignments().stream().map(a -> new Average(a.title(),
                percent(book.average(a.id())), book.submitted(a.id()) + " of " + book.students().size()
                + " submitted")).toList();
        return new GradebookPage(columns, rows, averages);
    }

    /** What th:text does to text: the five characters that could end an element or an attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Whole percents, as the page shows them (the CSV keeps one decimal). */
    static String percent(double score) {
        return Math.round(score * 100) + " %";
    }

    private static String percent(OptionalDouble score) {
        return score.isPresent() ? percent(score.getAsDouble()) : "—";
    }
}
