package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/** Each article links to its original ("Original: The Kyiv Independent (kyivindependent.com)"), http(s) only. */
class OriginalLinkRoutesTest extends AppTest {

    private static final Library SHIPPED = new ContentLoader().load(Path.of("content"));

    @Test
    void everySeedArticleLinksToItsOriginalByPublisherWithoutReferrerOrOpener() {
        assertFalse(SHIPPED.articles().isEmpty());
        for (Article a : SHIPPED.articles()) {
            String url = a.sourceUrl().orElseThrow(() -> new AssertionError(a.slug() + " has no url in its front matter"));
            String page = app.get("/articles/" + a.slug()).body();
            String host = java.net.URI.create(url).getHost().replaceFirst("^www\\.", "");
            assertTrue(page.contains("Original:\n        <a href=\"" + StringEscapeUtils.escapeHtml4(url)
                    + "\" rel=\"noopener noreferrer\">" + StringEscapeUtils.escapeHtml4(a.publisher()) + "</a>\n        (<span>"
                    + host + "</span>)"), a.slug() + ":\n" + page);
        }
    }

    @Test
    void aStoredAddressThatIsNotHttpIsNeverALink() throws Exception {
        String slug = SHIPPED.articles().get(0).slug();
        try (Connection c = app.connection();
             PreparedStatement s = c.prepareStatement("UPDATE article SET source_url = ? WHERE slug = ?")) {
            s.setString(1, "javascript:alert(1)");
            s.setString(2, slug);
            assertEquals(1, s.executeUpdate());
            HttpResponse<String> page = app.get("/articles/" + slug);
            assertEquals(200, page.statusCode());
            assertFalse(page.body().contains("javascript:"), "no link to a script");
            assertFalse(page.body().contains("Original:"));
            s.setString(1, SHIPPED.articles().get(0).sourceUrl().orElseThrow());
            s.executeUpdate();
        }
    }

    @Test
    void onlyAnHttpOrHttpsAddressWithAHostIsAnOriginal() {
        for (String bad : List.of("javascript:alert(1)", "ftp://example.org/x", "https:no-host", "data:text/html,x",
                "//example.org/x", "https://exa mple.org/")) {
            assertEquals(Optional.empty(), article(bad).originalLink(), bad);
        }
        assertEquals(Optional.of("example.org"), article("https://www.example.org/news/1").originalHost());
        assertEquals(Optional.of("http://example.org/a?b=c"), article("http://example.org/a?b=c").originalLink());
    }

    private static Article article(String url) {
        return new Article("a", "T", "P", Optional.empty(), LocalDate.of(2023, 6, 8), Optional.of(url), "en", List.of());
    }
}
