package app.factdeck.content;

import app.factdeck.content.Article.Block;
import app.factdeck.content.Article.Heading;
import app.factdeck.content.Article.Paragraph;
import app.factdeck.content.Article.Sentence;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one {@code article.md}: YAML front matter between {@code ---} lines, then the body as paragraphs
 * separated by blank lines and {@code ## } subheadings. The format is specified in content/README.md.
 *
 * <p>Problems are collected, not thrown one at a time, so an author fixes a file in one pass; each reads
 * {@code file:line: what is wrong}.
 */
final class ArticleParser {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> REQUIRED = Set.of("title", "publisher", "published", "language");
    private static final Set<String> KNOWN = Set.of("title", "publisher", "author", "published", "url", "language");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final SentenceSplitter splitter;

    ArticleParser(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /**
     * @param fileName how problems name the file, e.g. {@code content/my-article/article.md}
     * @return the article, or empty when {@code problems} received at least one entry
     */
    Optional<Article> parse(String fileName, String slug, String text, List<String> problems) {
        int before = problems.size();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(fileName + ":1: the folder name '" + slug + "' is not a valid slug: use lower-case letters, "
                    + "digits and single hyphens, e.g. nato-summit-warning");
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(fileName + ":1: the file must start with a '---' line opening the front matter");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(fileName + ":1: the front matter opened here is never closed by a '---' line");
            return Optional.empty();
        }
        FrontMatter fm = readFrontMatter(fileName, lines.subList(1, close), problems);
        List<Block> blocks = readBody(fileName, lines, close + 1, problems);
        if (problems.size() > before || fm == null) {
            return Optional.empty();
        }
        return Optional.of(new Article(slug, fm.title, fm.publisher, fm.author, fm.published, fm.url, fm.language,
                blocks));
    }

    private record FrontMatter(String title, String publisher, Optional<String> author, LocalDate published,
                               Optional<String> url, String language) {
    }

    private FrontMatter readFrontMatter(String fileName, List<String> lines, List<String> problems) {
        JsonNode node;
        try {
            node = YAML.readTree(String.join("\n", lines));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            problems.add(fileName + ":" + line + ": the front matter is not valid YAML: " + e.getOriginalMessage());
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.add(fileName + ":2: the front matter must be 'key: value' lines (title, publisher, published, "
                    + "language, and optionally author and url)");
            return null;
        }
        int before = problems.size();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            int line = lineOfKey(lines, field.getKey());
            if (!KNOWN.contains(field.getKey())) {
                problems.add(fileName + ":" + line + ": unknown front matter key '" + field.getKey()
                        + "'; the keys are " + String.join(", ", KNOWN.stream().sorted().toList()));
            } else if (!field.getValue().isValueNode() || field.getValue().asText().isBlank()) {
                problems.add(fileName + ":" + line + ": '" + field.getKey() + "' needs a single non-empty value");
            }
        }
        for (String key : REQUIRED.stream().sorted().toList()) {
            if (!node.has(key)) {
                problems.add(fileName + ":" + (lines.size() + 2) + ": the front matter has no '" + key
                        + "' (required: title, publisher, published, language)");
            }
        }
        LocalDate published = null;
        if (node.hasNonNull("published")) {
            try {
                published = LocalDate.parse(node.get("published").asText().strip());
            } catch (DateTimeParseException e) {
                problems.add(fileName + ":" + lineOfKey(lines, "published") + ": 'published' must be a date written "
                        + "YYYY-MM-DD, e.g. 2023-06-08, not '" + node.get("published").asText() + "'");
            }
        }
        if (node.hasNonNull("language") && !LANGUAGE.matcher(node.get("language").asText().strip()).matches()) {
            problems.add(fileName + ":" + lineOfKey(lines, "language") + ": 'language' must be a language tag such "
                    + "as en or uk, not '" + node.get("language").asText() + "'");
        }
        Optional<String> url = text(node, "url");
        if (url.isPresent() && !Article.isWebAddress(url.get())) {
            problems.add(fileName + ":" + lineOfKey(lines, "url") + ": 'url' must be an http:// or https:// address, "
                    + "not '" + url.get() + "'");
        }
        if (problems.size() > before) {
            return null;
        }
        return new FrontMatter(text(node, "title").orElseThrow(), text(node, "publisher").orElseThrow(),
                text(node, "author"), published, url, text(node, "language").orElseThrow());
    }

    private List<Block> readBody(String fileName, List<String> lines, int start, List<String> problems) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        int[] sentenceCount = {0};
        for (int i = start; i <= lines.size(); i++) {
            String line = i < lines.size() ? PageCleaner.strip(lines.get(i)) : "";
            int lineNr = i + 1;
            if (line.isEmpty()) {
                flushParagraph(paragraph, blocks, sentenceCount);
                continue;
            }
            if (line.startsWith("#")) {
                flushParagraph(paragraph, blocks, sentenceCount);
                if (!line.startsWith("## ") || line.startsWith("### ") || line.substring(3).isBlank()) {
                    problems.add(fileName + ":" + lineNr + ": a subheading is written '## Text'; the article title "
                            + "belongs in the front matter");
                } else {
                    blocks.add(new Heading(line.substring(3).strip()));
                }
                continue;
            }
            if (Boilerplate.matches(line)) {
                problems.add(fileName + ":" + lineNr + ": '" + line + "' is page boilerplate, not article text: "
                        + "remove the line (only the article's own sentences belong in article.md)");
                continue;
            }
            paragraph.add(line);
        }
        if (blocks.stream().noneMatch(b -> b instanceof Paragraph)) {
            problems.add(fileName + ":" + (start + 1) + ": the article has no text after the front matter");
        }
        return blocks;
    }

    private void flushParagraph(List<String> paragraph, List<Block> blocks, int[] sentenceCount) {
        if (paragraph.isEmpty()) {
            return;
        }
        List<Sentence> sentences = new ArrayList<>();
        for (String s : splitter.split(String.join(" ", paragraph))) {
            sentences.add(new Sentence("s-" + (++sentenceCount[0]), s));
        }
        blocks.add(new Paragraph(List.copyOf(sentences)));
        paragraph.clear();
    }

    private static Optional<String> text(JsonNode node, String key) {
        return node.hasNonNull(key) && !node.get(key).asText().isBlank()
                ? Optional.of(node.get(key).asText().strip()) : Optional.empty();
    }

    /** The file line of a front matter key: line 1 is '---', so key lines start at 2. */
    private static int lineOfKey(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 2;
    }
}
