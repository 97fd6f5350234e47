package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.Seeds;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loads the shipped content/ tree exactly as the server does at start-up. */
class ContentTreeIsValidTest {

    private final List<Article> articles = new ContentLoader().load(Path.of("content")).articles();

    @Test
    void bothSeedArticlesLoadWithTheirFrontMatter() {
        assertEquals(List.of("espreso-nato-troops-warning", "kyiv-independent-nato-troops-warning"),
                articles.stream().map(Article::slug).toList());
        Article ki = articles.get(1);
        assertEquals("The Kyiv Independent", ki.publisher());
        assertEquals(Optional.of("Rachel Amran"), ki.author());
        assertEquals("Espreso Global", articles.get(0).publisher());
    }

    @Test
    void everySentenceIsVerbatimFromItsSeedPage() {
        Map<String, String> seedOf = Map.of("espreso-nato-troops-warning", Seeds.ESPRESO,
                "kyiv-independent-nato-troops-warning", Seeds.KYIV_INDEPENDENT);
        for (Article article : articles) {
            String raw = Seeds.read(seedOf.get(article.slug())).replace('\u00A0', ' ');
            for (Article.Sentence s : article.sentences()) {
                assertTrue(raw.contains(s.text()), () -> article.slug() + "#" + s.anchor() + " not in seed: " + s.text());
            }
        }
    }

    @Test
    void sentencesSplitWhereAReaderWouldCite() {
        Article ki = articles.get(1);
        assertTrue(ki.sentences().stream().anyMatch(s -> s.text().equals(
                "Rasmussen also chairs the Group on International Security Guarantees for Ukraine with Head of the "
                        + "Office of the President Andriy Yermak.")));
        Article espreso = articles.get(0);
        assertTrue(espreso.sentences().stream().anyMatch(s -> s.text().startsWith(
                "On October 2, 2022, the presidents of the Czech Republic") && s.text().endsWith("membership in NATO.")));
    }
}
