package app.factdeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import report names the line a question's text starts on, below any comments or blank lines. */
class GiftLineNumbersTest {

    private static final Article ARTICLE = new ContentLoader().load(Path.of("content"))
            .article("kyiv-independent-nato-troops-warning").orElseThrow();

    private static List<Integer> reportedLines(String gift) {
        return Importer.read(gift, Formats.GIFT, ARTICLE).items().stream().map(Importer.Item::line).toList();
    }

    @Test
    void aQuestionBelowACommentLineIsReportedOnItsOwnLine() {
        String gift = String.join("\n",
                "// Exported for 9B",
                "Which city hosted the 2023 summit? {=Vilnius ~Riga ~Tallinn}",
                "",
                "// id:q2",
                "// a second note",
                "Nato was founded in 1949. {T}");
        assertEquals(List.of(2, 6), reportedLines(gift));
    }

    @Test
    void aQuestionBelowBlankLinesIsReportedOnItsOwnLine() {
        String gift = String.join("\n", "", "   ", "Which city hosted the 2023 summit? {=Vilnius ~Riga}",
                "", "", "Nato was founded in 1949. {T}");
        assertEquals(List.of(3, 6), reportedLines(gift));
    }

    @Test
    void aBlockThatCannotBeReadIsReportedWhereItsTextStarts() {
        String gift = String.join("\n", "// broken below", "Which city? {=Vilnius ~Riga", "", "Nato was founded in 1949. {T}");
        List<Importer.Item> items = Importer.read(gift, Formats.GIFT, ARTICLE).items();
        assertEquals(List.of(2, 4), items.stream().map(Importer.Item::line).toList());
        assertEquals(true, items.get(0).problem() != null, "the unclosed brace is a problem");
    }
}
