package app.factdeck.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code article add FILE} and {@code article list} over a real database file. */
@org.junit.jupiter.api.Tag("database")
class ArticleCommandTest {

    @TempDir
    Path dir;

    @Test
    void addsADraftFromAPageAndListsIt() throws Exception {
        Path page = dir.resolve("page.txt");
        Files.copy(Path.of("src/test/resources/articles/07-ubs-credit-suisse-rescue.txt"), page);
        var settings = CommandRun.on(dir.resolve("data"));
        CommandRun added = settings.run("article", "add", page.toString(), "--publisher", "mcompassmedia.com",
                "--published", "2023-03-20");
        assertEquals(0, added.status(), added.err());
        assertTrue(added.out().contains("Added draft article 1"), added.out());
        CommandRun list = settings.run("article", "list");
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().contains("draft"), list.out());
        assertTrue(list.out().toLowerCase().contains("ubs"), list.out());

        CommandRun again = settings.run("article", "add", page.toString());
        assertEquals(1, again.status());
        assertTrue(again.err().contains("already"), again.err());
        CommandRun badDate = settings.run("article", "add", page.toString(), "--published", "20/03/2023");
        assertEquals(2, badDate.status());
        assertTrue(badDate.err().contains("YYYY-MM-DD"), badDate.err());
        CommandRun missing = settings.run("article", "add", dir.resolve("nope.txt").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}
