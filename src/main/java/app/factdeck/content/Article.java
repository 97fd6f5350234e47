package app.factdeck.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One article as readers see it: its front matter and its body as headings and paragraphs of sentences.
 *
 * @param slug      the folder name under content/, also the URL: /articles/{slug}
 * @param author    empty when the page names no author
 * @param sourceUrl empty when the original address is not known
 */
public record Article(String slug, String title, String publisher, Optional<String> author, LocalDate published,
                      Optional<String> sourceUrl, String language, List<Block> blocks) {

    /**
     * The original's address, for a link: only an http(s) address with a host. The loader refuses any other, and
     * this checks again what the database hands back, so no {@code javascript:} link can reach a page.
     */
    public Optional<String> originalLink() {
        return sourceUrl.filter(Article::isWebAddress);
    }

    /** The original's host, shown beside the link so a reader sees where it leads ("kyivindependent.com"). */
    public Optional<String> originalHost() {
        return originalLink().map(u -> java.net.URI.create(u).getHost().replaceFirst("^www\\.", ""));
    }

    static boolean isWebAddress(String value) {
        try {
            java.net.URI uri = java.net.URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Every sentence in reading order; anchors run s-1, s-2, … */
    public List<Sentence> sentences() {
        return blocks.stream().flatMap(b -> b instanceof Paragraph p ? p.sentences().stream() : Stream.empty())
                .toList();
    }

    public Optional<Sentence> sentence(String anchor) {
        return sentences().stream().filter(s -> s.anchor().equals(anchor)).findFirst();
    }

    /** A piece of the body: a subheading or a paragraph. */
    public sealed interface Block permits Heading, Paragraph {
        /** For templates, which cannot test a type. */
        boolean isHeading();
    }

    public record Heading(String text) implements Block {
        @Override
        public boolean isHeading() {
            return true;
        }
    }

    public record Paragraph(List<Sentence> sentences) implements Block {
        @Override
        public boolean isHeading() {
            return false;
        }

        public String text() {
            return String.join(" ", sentences.stream().map(Sentence::text).toList());
        }
    }

    /**
     * One sentence, verbatim from the article.
     *
     * @param anchor stable HTML id within its article ({@code s-12}); questions cite it
     */
    public record Sentence(String anchor, String text) {
    }
}
