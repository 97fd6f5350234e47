package app.factdeck.accounts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A class list as teachers export it from a spreadsheet: UTF-8 (a byte-order mark is fine), one student per
 * line, the name in the first column, an optional header "name". Names that break the display-name rules are
 * reported by line and left out; a file that is not UTF-8 or not CSV is refused with a message, never with the
 * parser's own text.
 *
 * <pre>{@code
 * RosterCsv.Result r = RosterCsv.parse(bytes); // names ["Ana Lind", ...], problems ["Line 4 skipped: ..."]
 * }</pre>
 */
final class RosterCsv {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_STUDENTS = 200;

    /** Either names and per-line problems, or why the whole file was refused. */
    record Result(List<String> names, List<String> problems, Optional<String> refused) {
        static Result refuse(String why) {
            return new Result(List.of(), List.of(), Optional.of(why));
        }
    }

    private RosterCsv() {
    }

    /**
     * Which column(s) hold the names, read from the first line: a header naming them ("name", or "first name" and
     * "last name"), or a single column without a header. Null when the first line has several columns and no such
     * header: a file of "first,last,email" must not make a student called "first".
     */
    private record Columns(boolean header, int name, int first, int last) {
        private static final java.util.Set<String> NAME = java.util.Set.of("name", "full name", "student",
                "student name");
        private static final java.util.Set<String> FIRST = java.util.Set.of("first", "first name", "firstname",
                "given name");
        private static final java.util.Set<String> LAST = java.util.Set.of("last", "last name", "lastname", "surname",
                "family name");

        static Columns of(CSVRecord first) {
            List<String> cells = first.stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            int name = indexOf(cells, NAME);
            if (name >= 0) {
                return new Columns(true, name, -1, -1);
            }
            int given = indexOf(cells, FIRST);
            int family = indexOf(cells, LAST);
            if (given >= 0 && family >= 0) {
                return new Columns(true, -1, given, family);
            }
            long filled = cells.stream().filter(c -> !c.isEmpty()).count();
            return filled <= 1 ? new Columns(false, 0, -1, -1) : null;
        }

        String name(CSVRecord r) {
            if (name >= 0) {
                return r.size() > name ? r.get(name) : "";
            }
            String a = r.size() > first ? r.get(first) : "";
            String b = r.size() > last ? r.get(last) : "";
            return (a + " " + b).strip();
        }

        private static int indexOf(List<String> cells, java.util.Set<String> names) {
            for (int i = 0; i < cells.size(); i++) {
                if (names.contains(cells.get(i))) {
                    return i;
                }
            }
            return -1;
        }
    }

    static String tooLarge(long bytes) {
        return "That file is " + (bytes + 1023) / 1024 + " KB; a class list can be at most " + MAX_BYTES / 1024
                + " KB. Keep only the names column, or split the list into smaller files.";
    }

    static Result parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Result.refuse(tooLarge(bytes.length));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Result.refuse("That file is not UTF-8 text. In your spreadsheet choose \"Save as\" or \"Download\" "
                    + "→ CSV UTF-8, then upload it again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte-order mark Excel writes at the start of "CSV UTF-8"
        }
        if (text.stripLeading().startsWith("<")) {
            return Result.refuse("That file is a web page (HTML), not a class list. Save the list from your "
                    + "spreadsheet as CSV UTF-8, one name per line, and upload that.");
        }
        List<String> names = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Columns columns = null;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            long line = 1;
            try {
                for (CSVRecord r : parser) {
                    long at = line;
                    line = parser.getCurrentLineNumber() + 1;
                    if (columns == null) {
                        columns = Columns.of(r);
                        if (columns == null) {
                            return Result.refuse("Line 1 has " + r.size() + " columns but none is named 'name' (or "
                                    + "'first name' and 'last name'), so it is not clear which holds the names. Put "
                                    + "one name per line, or give the names column the header 'name'.");
                        }
                        if (columns.header()) {
                            continue;
                        }
                    }
                    String name = columns.name(r);
                    Optional<String> wrong = name.isEmpty() ? Optional.of("there is no name on it.")
                            : AccountRules.displayName(name);
                    if (wrong.isPresent()) {
                        problems.add("Line " + at + " skipped: " + wrong.get());
                    } else if (names.size() == MAX_STUDENTS) {
                        return Result.refuse("The file has more than " + MAX_STUDENTS + " names; import at most "
                                + MAX_STUDENTS + " at a time (split the list into smaller files).");
                    } else {
                        names.add(name);
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                return Result.refuse("Line " + line + " (or the one after it) is not valid CSV: a name in quotes "
                        + "must end with a closing quote, and only a comma may follow it. Fix that line, or save the "
                        + "file again from your spreadsheet as CSV UTF-8.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        return new Result(names, problems, Optional.empty());
    }
}
