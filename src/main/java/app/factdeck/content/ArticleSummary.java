package app.factdeck.content;

import java.time.LocalDate;
import java.util.Optional;

/** What the article list shows of an article. */
public record ArticleSummary(String slug, String title, String publisher, Optional<String> author,
                             LocalDate published) {
}
