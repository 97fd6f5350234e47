package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.Seeds;
import org.junit.jupiter.api.Test;

/** {@code article-draft}'s article.md: front matter an ArticleParser reads once the author fills in the blanks. */
class ArticleDraftTest {

    @Test
    void aDraftFromASeedPageIsTheCleanedPageUnderFrontMatterToComplete() {
        String raw = Seeds.read(Seeds.ESPRESO);
        PageCleaner.CleanedPage page = PageCleaner.clean(raw);
        String draft = ArticleDraft.from(raw);
        String[] parts = draft.split("\n---\n", 2);
        assertTrue(parts[0].startsWith("---\ntitle: \""), draft);
        assertTrue(parts[0].contains("\npublisher: \"\"   # fill in"), parts[0]);
        assertTrue(parts[0].contains("\nlanguage: en"), parts[0]);
        page.published().ifPresent(d -> assertTrue(parts[0].contains("\npublished: " + d), parts[0]));
        assertEquals(page.bodyMarkdown(), parts[1], "the body is the cleaner's, unchanged");
    }

    @Test
    void quotesInTheTitleAreEscapedAndAMissingDateIsLeftToFillIn() {
        String draft = ArticleDraft.from("Leaders say \"no\" to C:\\troops\n\nThey met on a day nobody wrote down, "
                + "and they talked for a long time about many things that mattered to them.\n");
        String title = draft.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow();
        assertEquals("title: \"Leaders say \\\"no\\\" to C:\\\\troops\"", title, "YAML double-quoted: \\\" and \\\\");
        assertTrue(draft.contains("\npublished: \"\"   # fill in: YYYY-MM-DD\n"), draft);
    }
}
