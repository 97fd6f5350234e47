package app.factdeck.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a page says about itself, detected only where the page states it (the teacher edits it later).
 *
 * @param language "en", another ISO 639-1 code, or "" when unknown
 */
public record PageMeta(Optional<String> title, Optional<String> publisher, Optional<String> author,
                       Optional<LocalDate> published, Optional<String> url, String language) {

    public static PageMeta none() {
        return new PageMeta(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                "");
    }
}
