package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    private static RosterCsv.Result parse(String text) {
        return RosterCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHeaderABomAndEmptyLinesAreSkippedAndOnlyTheFirstColumnIsRead() {
        RosterCsv.Result r = parse("\uFEFFname,email\nАнна Каренина,anna@example.org\n\n\"Lind, Ana\",x\nBo\n");
        assertEquals(List.of("Анна Каренина", "Lind, Ana", "Bo"), r.names());
        assertEquals(List.of(), r.problems());
        assertTrue(r.refused().isEmpty());
    }

    @Test
    void badNamesAreReportedByLineAndLeftOut() {
        RosterCsv.Result r = parse("Ana\n,nobody\n\"Bo\tBerg\"\nCy\u202Ed\n" + "x".repeat(81) + "\nDee\n");
        assertEquals(List.of("Ana", "Dee"), r.names());
        assertEquals(4, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).startsWith("Line 2 skipped: there is no name"), r.problems().get(0));
        assertTrue(r.problems().get(1).startsWith("Line 3 skipped: A name must be on one line"));
        assertTrue(r.problems().get(2).startsWith("Line 4 skipped: A name must not contain text-direction"));
        assertTrue(r.problems().get(3).startsWith("Line 5 skipped: Keep the name to 80 characters"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedLikeTheGiftImport() {
        byte[] latin1 = "José\nZoë\n".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(RosterCsv.parse(latin1).refused().orElse("").startsWith("That file is not UTF-8 text."));
    }

    @Test
    void brokenCsvIsRefusedWithALineAndNoParserText() {
        String why = parse("Ana\n\"Bo\" Berg\nCy\n").refused().orElse("");
        assertTrue(why.startsWith("Line 2 (or the one after it) is not valid CSV"), why);
        assertTrue(!why.contains("IOException") && !why.contains("encapsulated"), why);
        assertTrue(parse("Ana\n\"Bo Berg\n").refused().isPresent(), "an unclosed quote");
    }

    @Test
    void tooManyStudentsOrBytesAreRefusedBeforeAnyAccountIsMade() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= RosterCsv.MAX_STUDENTS; i++) {
            many.append("Student ").append(i).append('\n');
        }
        assertTrue(parse(many.toString()).refused().orElse("").startsWith("The file has more than 200 names"));
        assertTrue(RosterCsv.parse(new byte[RosterCsv.MAX_BYTES + 1]).refused().orElse("").contains("at most 256 KB"));
    }

    @Test
    void theNamesColumnIsTheOneItsHeaderNamesAndFirstAndLastNamesAreJoined() {
        assertEquals(List.of("Olena Koval", "Bo Berg"), parse("email,Name\no@x.org,Olena Koval\nb@x.org,Bo Berg\n").names());
        assertEquals(List.of("Olena Koval", "Bo Berg"),
                parse("First name,Last name,email\nOlena,Koval,o@x.org\nBo,Berg,b@x.org\n").names());
    }

    @Test
    void severalColumnsWithoutANamesHeaderOrAWebPageAreRefusedNotTurnedIntoStudents() {
        assertTrue(parse("first,email\nOlena,o@x.org\n").refused().orElse("").contains("none is named 'name'"));
        assertTrue(parse("Olena Koval,7B\nBo Berg,7B\n").refused().isPresent());
        assertTrue(parse("  <!DOCTYPE html>\n<html><body>Hi</body></html>\n").refused().orElse("")
                .startsWith("That file is a web page (HTML)"));
    }
}
