package app.factdeck.content;

import java.time.LocalDate;
import java.util.Optional;

/** What a page says about itself. */
public record PageMeta(Optional<String> title, Optional<String> publisher, Optional<String> author,
                       Optional<LocalDate> published, Optional<String> url, String language) {
}
