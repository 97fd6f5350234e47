package app.factdeck.content;

import java.util.List;

/** A page line by line, with what it says about itself. */
public record PageReading(List<PageLine> lines, PageMeta meta) {
}
