package app.factdeck.content;

import java.util.List;

/** The cleaner's reading of a page: every non-blank line with its decision, and the page's metadata. */
public record PageReading(List<PageLine> lines, PageMeta meta) {

    public PageReading {
        lines = List.copyOf(lines);
    }

    /** The article body as the cleaner decided it (no lines flipped). */
    public List<String> body() {
        return PageCleaner.body(lines, java.util.Set.of());
    }
}
