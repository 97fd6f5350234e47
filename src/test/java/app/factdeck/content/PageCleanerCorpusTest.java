package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.PageLine.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cleaner on the eight real pages of the development corpus (src/test/resources/articles, copied from
 * shared/articles): every gold fact's source sentence survives in a kept paragraph, and every line the
 * {@code .facts.md} file says must not produce questions is dropped (whole lines) or cut out (inline pieces).
 * The expectations are read from the {@code .facts.md} files, never copied here.
 */
class PageCleanerCorpusTest {

    private static final List<String> PAGES = List.of("01-ukraine-accelerated-nato-application",
            "02-vilnius-summit-ukraine-future-in-nato", "03-stoltenberg-defence-ministers-brussels",
            "04-chandrayaan-3-moon-landing", "05-cop28-uae-consensus", "06-brazil-runoff-lula-wins",
            "07-ubs-credit-suisse-rescue", "08-world-cup-final-argentina-france");
    private static final Pattern ITEM = Pattern.compile("^- `([^`]+)` — (.*)$");
    private static final List<String> TABLE = new ArrayList<>();

    /** One "must NOT produce questions" item: its verbatim text and what the file says it is. */
    record NoQuestionItem(String text, String description) {
        boolean wholeLine() {
            return description.startsWith("whole line");
        }
    }

    static Stream<String> pages() {
        return PAGES.stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyGoldSentenceIsKeptAndEveryListedNoiseIsDropped(String page) {
        String raw = resource(page + ".txt");
        String facts = resource(page + ".facts.md");
        PageReading reading = PageCleaner.read(raw);
        List<PageLine> paragraphs = reading.lines().stream()
                .filter(l -> l.kept() && l.role() == Role.PARAGRAPH).toList();
        List<PageLine> kept = reading.lines().stream().filter(PageLine::kept).toList();

        List<String> gold = goldSentences(facts);
        assertFalse(gold.isEmpty(), page + ": no gold facts parsed");
        for (String sentence : gold) {
            assertTrue(paragraphs.stream().anyMatch(l -> l.text().contains(sentence)),
                    () -> page + ": gold sentence not in a kept paragraph: " + sentence + "\n" + dump(reading));
        }
        for (NoQuestionItem item : noQuestionItems(facts)) {
            if (item.wholeLine()) {
                for (PageLine line : reading.lines()) {
                    if (!PageCleaner.strip(line.raw()).equals(item.text())) {
                        continue;
                    }
                    // A subheading is kept as "## …", which never produces a question; anything else must go.
                    boolean asSubheading = line.kept() && line.role() == Role.SUBHEADING
                            && item.description().contains("subheading");
                    assertTrue(!line.kept() || asSubheading,
                            () -> page + ": whole line kept as " + line.role() + ": " + item.text());
                }
                assertTrue(reading.lines().stream().anyMatch(l -> PageCleaner.strip(l.raw()).equals(item.text())),
                        () -> page + ": whole-line item is not a line of the page: " + item.text());
            } else {
                for (PageLine line : kept) {
                    assertFalse(line.text().contains(item.text()),
                            () -> page + ": inline noise kept in line " + line.number() + ": " + item.text());
                }
            }
        }
        // Nothing is rewritten: on these pages every cut is at a line's edge, so kept text is verbatim from its line.
        for (PageLine line : kept) {
            assertTrue(line.raw().contains(line.text()), () -> page + ": line " + line.number() + " was rewritten: "
                    + line.text());
        }
        // A page the store cut off ends mid-sentence; the kept body never does.
        PageLine last = paragraphs.get(paragraphs.size() - 1);
        assertTrue(InlineNoise.endsSentence(last.text()), () -> page + ": the body ends mid-sentence: " + last.text());

        if (Boolean.getBoolean("corpus.dump")) {
            System.out.println("=== " + page + "\n" + dump(reading) + reading.meta());
        }
        long strips = reading.lines().stream().mapToLong(l -> l.stripped().size()).sum();
        TABLE.add(String.format("%-45s %5d %5d %7d %6d", page, reading.lines().size(), kept.size(),
                reading.lines().size() - kept.size(), strips));
    }

    @AfterAll
    static void printTable() {
        System.out.println(String.format("%-45s %5s %5s %7s %6s", "page", "lines", "kept", "dropped",
                "inline strips (all lines)"));
        TABLE.stream().sorted().forEach(System.out::println);
    }

    static List<String> goldSentences(String facts) {
        List<String> out = new ArrayList<>();
        for (String line : facts.split("\n")) {
            if (!line.startsWith("| ")) {
                continue;
            }
            String[] cells = line.strip().replaceAll("^\\||\\|$", "").split(" \\| ");
            if (cells.length > 1 && cells[0].strip().matches("\\d+")) {
                out.add(cells[cells.length - 1].strip());
            }
        }
        return out;
    }

    static List<NoQuestionItem> noQuestionItems(String facts) {
        String[] parts = facts.split("## Lines that must NOT produce questions", 2);
        if (parts.length < 2) {
            return List.of();
        }
        List<NoQuestionItem> out = new ArrayList<>();
        for (String line : parts[1].split("\n## ", 2)[0].split("\n")) {
            Matcher m = ITEM.matcher(line);
            if (m.matches()) {
                out.add(new NoQuestionItem(m.group(1), m.group(2)));
            }
        }
        return out;
    }

    static String dump(PageReading reading) {
        StringBuilder b = new StringBuilder();
        for (PageLine l : reading.lines()) {
            b.append(l.number()).append(l.kept() ? " KEEP " : " DROP ").append(l.role()).append(" [")
                    .append(l.reason()).append("] ").append(l.text()).append(' ').append(l.stripped()).append('\n');
        }
        return b.toString();
    }

    static String resource(String name) {
        try (InputStream in = PageCleanerCorpusTest.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource articles/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
