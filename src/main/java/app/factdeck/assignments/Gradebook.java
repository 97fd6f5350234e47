package app.factdeck.assignments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A class's students × its assignments: each cell the counting attempt's score, when it was submitted and whether
 * it was late; with each student's and each assignment's average over the cells that have a score.
 */
public record Gradebook(String className, List<Column> assignments, List<Row> students) {

    public record Column(long id, String title, Optional<Instant> dueAt) {
    }

    /** Empty when the student has submitted nothing for the assignment. */
    public record Cell(long attemptId, double score, Instant submittedAt, boolean late) {
    }

    public record Row(long accountId, String name, String username, Map<Long, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        public Optional<Cell> cell(long assignmentId) {
            return Optional.ofNullable(cells.get(assignmentId));
        }

        /** The student's average over the assignments they submitted. */
        public OptionalDouble average() {
            return cells.values().stream().mapToDouble(Cell::score).average();
        }
    }

    public Gradebook {
        assignments = List.copyOf(assignments);
        students = List.copyOf(students);
    }

    /** The assignment's average over the students who submitted it. */
    public OptionalDouble average(long assignmentId) {
        return students.stream().flatMap(r -> r.cell(assignmentId).stream()).mapToDouble(Cell::score).average();
    }

    public long submitted(long assignmentId) {
        return students.stream().filter(r -> r.cell(assignmentId).isPresent()).count();
    }
}
