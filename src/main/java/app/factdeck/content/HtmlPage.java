package app.factdeck.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An uploaded or pasted HTML page read like a text page: scripts, styles, menus and forms go, every block element
 * becomes one line for {@link PageCleaner#read}, and the page's own metadata (Open Graph, {@code <title>},
 * {@code <time>}, canonical link, {@code <html lang>}) wins over what the cleaner guesses from the text.
 *
 * <pre>{@code
 * PageReading reading = HtmlPage.read(Files.readString(upload));
 * }</pre>
 *
 * <p>Line numbers in the reading count the lines of {@link #text}, not of the HTML source.
 */
public final class HtmlPage {

    /** Never article text. Header and footer go too, unless they sit inside the article (its headline, byline). */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, svg, canvas, nav, aside, form, "
            + "button, select, textarea";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "figure", "figcaption", "pre", "table", "thead", "tbody", "tr", "td", "th",
            "caption", "section", "article", "main", "header", "footer", "address", "hr", "details", "summary", "body");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private HtmlPage() {
    }

    public static PageReading read(String html) {
        Document doc = Jsoup.parse(html);
        Set<Integer> captions = new HashSet<>();
        String text = text(doc, captions);
        PageReading reading = PageCleaner.read(text);
        List<PageLine> lines = reading.lines().stream().map(l -> captions.contains(l.number()) && l.kept()
                ? new PageLine(l.number(), l.raw(), l.text(), false, PageLine.Role.DROPPED, "photo caption",
                        l.stripped())
                : l).toList();
        PageMeta found = reading.meta();
        PageMeta meta = new PageMeta(
                or(title(doc), found.title()),
                or(metaContent(doc, "meta[property=og:site_name]"), found.publisher()),
                or(author(doc), found.author()),
                or(published(doc), found.published()),
                or(url(doc), found.url()),
                language(doc).orElse(found.language()));
        return new PageReading(lines, meta);
    }

    /** The page's text, one line per block element, without scripts, styles, menus or forms. */
    public static String text(String html) {
        return text(Jsoup.parse(html), new HashSet<>());
    }

    /** The text; the numbers of the lines that come from a {@code <figcaption>} go into {@code captions}. */
    private static String text(Document doc, Set<Integer> captions) {
        Document copy = doc.clone();
        copy.select(NOT_TEXT).remove();
        for (Element e : copy.select("header, footer")) {
            if (e.parents().stream().noneMatch(p -> p.nameIs("article") || p.nameIs("main"))) {
                e.remove();
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] inCaption = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.nameIs("br"))) {
                    flush();
                    inCaption[0] += e.nameIs("figcaption") ? 1 : 0;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                    inCaption[0] -= e.nameIs("figcaption") ? 1 : 0;
                }
            }

            private void flush() {
                if (HtmlPage.flush(line, lines) && inCaption[0] > 0) {
                    captions.add(lines.size());
                }
            }
        }, copy.body());
        flush(line, lines);
        return String.join("\n", lines);
    }

    /** Ends the line being built; true when it had text and was added. */
    private static boolean flush(StringBuilder line, List<String> lines) {
        String text = SPACES.matcher(line).replaceAll(" ").strip();
        line.setLength(0);
        if (text.isEmpty()) {
            return false;
        }
        lines.add(text);
        return true;
    }

    private static Optional<String> title(Document doc) {
        Optional<String> og = metaContent(doc, "meta[property=og:title]");
        if (og.isPresent()) {
            return og;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return Optional.of(h1.text().strip());
        }
        return Optional.ofNullable(doc.title()).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static Optional<String> author(Document doc) {
        return or(metaContent(doc, "meta[name=author]"), metaContent(doc, "meta[property=article:author]"))
                .filter(a -> !a.startsWith("http"));
    }

    private static Optional<LocalDate> published(Document doc) {
        Optional<String> stamp = or(metaContent(doc, "meta[property=article:published_time]"),
                Optional.ofNullable(doc.selectFirst("time[datetime]")).map(t -> t.attr("datetime").strip()));
        return stamp.flatMap(HtmlPage::isoDate);
    }

    private static Optional<LocalDate> isoDate(String stamp) {
        if (stamp.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(stamp.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> url(Document doc) {
        Optional<String> canonical = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
                .map(l -> l.attr("href").strip()).filter(h -> !h.isEmpty());
        return or(canonical, metaContent(doc, "meta[property=og:url]"));
    }

    /** "en" from {@code <html lang="en-GB">}. */
    private static Optional<String> language(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT);
        return lang.matches("[a-z]{2}([-_].*)?") ? Optional.of(lang.substring(0, 2)) : Optional.empty();
    }

    private static Optional<String> metaContent(Document doc, String query) {
        Element meta = doc.selectFirst(query);
        return meta == null ? Optional.empty()
                : Optional.of(meta.attr("content").strip()).filter(c -> !c.isEmpty());
    }

    private static <T> Optional<T> or(Optional<T> first, Optional<T> second) {
        return first.isPresent() ? first : second;
    }
}
