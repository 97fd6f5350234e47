package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCleanerTest {

    /** Page furniture named in the foundation issue, plus the feed stories each page carries. */
    private static final List<String> BOILERPLATE = List.of(
            "Espreso. Global", "client/title.list_title", "Tags:", "Read also:", "More news", "pre-order now",
            "Subscribe", "* indicates required", "Enter your email to subscribe", "Successfuly subscribed",
            "Skip to content", "Edit post", "This audio is created with AI assistance", "2 min read", "News Feed",
            "MORE NEWS", "Editors' Picks", "Explaining Ukraine with Kate Tsurkan",
            "Germany to donate 6 IRIS-T systems to Ukraine in 2025",
            "Russia bombs Zaporizhzhia, killing at least 13, injuring over 100",
            "Alexander Vindman: Trump repeats past US mistakes with Russia.",
            "Ukraine receives $400 million tranche from IMF.",
            "The man began shooting from the roof of a building at Kolskiy Avenue 10",
            "Thank you for signing up for this newsletter.",
            "The Power Within: The Kyiv Independent’s first-ever magazine.",
            // A related-story card embedded at the end of the Kyiv Independent article, not its text.
            "Washington Post: NATO lacks consensus on Ukraine’s membership ahead of Vilnius summit",
            "according to official sources interviewed by The Washington Post.");

    @Test
    void espresoKeepsEveryArticleParagraphAndSubheading() {
        PageCleaner.CleanedPage page = PageCleaner.clean(Seeds.read(Seeds.ESPRESO));
        String body = page.bodyMarkdown();
        for (String sentence : List.of(
                "Former NATO Secretary General Anders Rasmussen said that a group of NATO countries may decide",
                "The Guardian writes about it.",
                "“Anything less than that would be a disappointment to Ukraine,” he said.",
                "But Rasmussen warned that security guarantees would not be enough",
                "On October 2, 2022, the presidents of the Czech Republic, Estonia, Latvia, Lithuania, North "
                        + "Macedonia, Montenegro, Poland, Slovakia, and Romania called on the allies",
                "Provide security guarantees on Ukraine’s path to NATO.\"")) {
            assertTrue(body.contains(sentence), () -> "missing: " + sentence);
        }
        assertTrue(page.body().contains("## Ukraine's response"));
        assertTrue(page.body().contains("## Ukraine's path to NATO after Russia's full-scale invasion"));
        assertEquals(17, page.body().stream().filter(l -> !l.startsWith("## ")).count(), "paragraphs");
        assertEquals(Optional.of(LocalDate.of(2023, 6, 8)), page.published());
        assertEquals(Optional.of("NATO countries may send troops to Ukraine if Kyiv does not receive tangible "
                + "security guarantees in Vilnius - former alliance chief"), page.title());
        assertNoBoilerplate(body);
    }

    @Test
    void kyivIndependentKeepsTheArticleAndDropsFeedAndRelatedCard() {
        PageCleaner.CleanedPage page = PageCleaner.clean(Seeds.read(Seeds.KYIV_INDEPENDENT));
        String body = page.bodyMarkdown();
        for (String sentence : List.of(
                "Some NATO countries may decide to put troops on the ground in Ukraine",
                "Rasmussen also chairs the Group on International Security Guarantees for Ukraine with Head of the "
                        + "Office of the President Andriy Yermak.",
                "In April, NATO chief Jens Stoltenberg said that security guarantees and Ukraine's membership "
                        + "would be discussed at the summit.",
                "as countries do not have a unified approach.")) {
            assertTrue(body.contains(sentence), () -> "missing: " + sentence);
        }
        assertEquals(5, page.body().size(), "paragraphs");
        assertEquals(Optional.of("Rachel Amran"), page.author());
        assertEquals(Optional.of(LocalDate.of(2023, 6, 8)), page.published());
        assertEquals(Optional.of("Guardian: Some NATO members may consider sending troops to Ukraine, warns former "
                + "alliance chief"), page.title());
        assertNoBoilerplate(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"espreso-nato-troops-warning:" + Seeds.ESPRESO,
            "kyiv-independent-nato-troops-warning:" + Seeds.KYIV_INDEPENDENT})
    void shippedArticleBodyIsExactlyWhatTheCleanerKeepsFromTheSeed(String pair) throws Exception {
        String[] parts = pair.split(":");
        String shipped = Files.readString(Path.of("content", parts[0], "article.md"));
        String body = shipped.substring(shipped.indexOf("\n---\n") + 5);
        assertEquals(PageCleaner.clean(Seeds.read(parts[1])).bodyMarkdown(), body);
    }

    @Test
    void everyKeptLineIsVerbatimFromThePage() {
        for (String seed : List.of(Seeds.ESPRESO, Seeds.KYIV_INDEPENDENT)) {
            String raw = Seeds.read(seed);
            for (String line : PageCleaner.clean(raw).body()) {
                String text = line.startsWith("## ") ? line.substring(3) : line;
                assertTrue(raw.contains(text), () -> seed + " does not contain: " + text);
            }
        }
    }

    @Test
    void timestampsDatelinesAndPromosAreNotContent() {
        String page = """
                Site name
                12 March, 2024 Tuesday
                14:05
                A real article sentence that is long enough to count as the body of this page.
                Subscribe
                A second sentence of the same article, also clearly content.
                Tags:
                Read also:
                14:20
                Another story's headline
                """;
        PageCleaner.CleanedPage cleaned = PageCleaner.clean(page);
        assertEquals(List.of("A real article sentence that is long enough to count as the body of this page.",
                "A second sentence of the same article, also clearly content."), cleaned.body());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), cleaned.published());
    }

    private static void assertNoBoilerplate(String body) {
        for (String line : BOILERPLATE) {
            assertFalse(body.contains(line), () -> "boilerplate kept: " + line);
        }
    }
}
