package app.factdeck.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw text of a news page (copied or scraped, one block per line) into the article's own lines,
 * leaving out the furniture around it: navigation, datelines, promos, tag strips, feeds of other stories and
 * related-story cards. Lines are kept verbatim; nothing is rewritten.
 *
 * <pre>{@code
 * CleanedPage page = PageCleaner.clean(rawText);
 * page.title();      // the headline, when one was found
 * page.body();       // paragraphs, and subheadings as "## …"
 * }</pre>
 *
 * <p>Rules (from shared/research/question-generation.md §4.3, measured there on news pages):
 * <ol>
 *   <li>boilerplate lexicon lines and exact repeats are dropped;</li>
 *   <li>a content line ends like a sentence ({@code . ! ? …}, maybe then a closing quote or bracket);</li>
 *   <li>the body is the run of content lines with the most words, where two content lines stay in one run
 *       when at most one line stands between them and that line is boilerplate or a short subheading.
 *       A timestamp, a "Source: headline" card or two non-content lines in a row end a run, which is how
 *       feeds of other stories and embedded related-story cards fall away.</li>
 * </ol>
 */
public final class PageCleaner {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"'”’)\\]]*$");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}( ?[AP]M)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            ".*(\\b\\d{1,2} " + MONTH + "\\b|\\b" + MONTH + " \\d{1,2}\\b|\\b\\d{4}, [A-Z][a-z]+day\\b).*");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? ?(\\d{4})\\b");
    private static final Pattern BYLINE = Pattern.compile("^[Bb]y ([A-Z][\\p{L}'’-]+(?: [A-Z][\\p{L}'’-]+){0,3})\\b.*");
    private static final int SUBHEADING_MAX_WORDS = 10;
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00A0]+|[\\s\\u00A0]+$");

    private PageCleaner() {
    }

    /** The article found in a page. */
    public record CleanedPage(Optional<String> title, Optional<String> author, Optional<LocalDate> published,
                              List<String> body) {

        /** The body as article.md writes it: paragraphs and "## " subheadings separated by blank lines. */
        public String bodyMarkdown() {
            return String.join("\n\n", body) + "\n";
        }
    }

    private enum Kind { CONTENT, SUBHEADING, CARD_HEADLINE, HEADLINE, TIMESTAMP, BYLINE, BOILERPLATE }

    private record Line(String text, Kind kind) {
    }

    public static CleanedPage clean(String raw) {
        List<Line> lines = classify(raw);
        int[] best = largestRun(lines);
        List<String> body = new ArrayList<>();
        if (best != null) {
            for (int i = best[0]; i <= best[1]; i++) {
                Line line = lines.get(i);
                if (line.kind == Kind.CONTENT) {
                    body.add(line.text);
                } else if (line.kind == Kind.SUBHEADING) {
                    body.add("## " + line.text);
                }
            }
        }
        List<Line> head = best == null ? lines : lines.subList(0, best[0]);
        return new CleanedPage(title(head), author(head), published(head), List.copyOf(body));
    }

    /** Every non-blank line with the cleaner's decision (first version: kept = inside the article's run). */
    public static PageReading read(String raw) {
        List<String> rawLines = raw.lines().toList();
        CleanedPage page = clean(raw);
        java.util.Set<String> body = new java.util.HashSet<>(page.body());
        List<PageLine> out = new ArrayList<>();
        for (int n = 0; n < rawLines.size(); n++) {
            String text = strip(rawLines.get(n));
            if (text.isEmpty()) {
                continue;
            }
            boolean para = body.contains(text);
            boolean head = body.contains("## " + text);
            out.add(new PageLine(n + 1, rawLines.get(n), text, para || head,
                    para ? PageLine.Role.PARAGRAPH : head ? PageLine.Role.SUBHEADING : PageLine.Role.DROPPED,
                    para || head ? "article text" : "outside the article", List.of()));
        }
        return new PageReading(List.copyOf(out), new PageMeta(page.title(), Optional.empty(), page.author(),
                page.published(), Optional.empty(), "en"));
    }

    /** The body after the teacher flipped {@code flipped} line numbers. */
    public static List<String> body(List<PageLine> lines, Set<Integer> flipped) {
        List<String> out = new ArrayList<>();
        for (PageLine l : lines) {
            boolean kept = l.kept() != flipped.contains(l.number());
            if (!kept) {
                continue;
            }
            PageLine.Role role = l.kept() ? l.role() : SENTENCE_END.matcher(l.text()).matches()
                    ? PageLine.Role.PARAGRAPH : PageLine.Role.SUBHEADING;
            out.add(role == PageLine.Role.SUBHEADING ? "## " + l.text() : l.text());
        }
        return List.copyOf(out);
    }

    private static List<Line> classify(String raw) {
        Set<String> seen = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        for (String rawLine : raw.lines().toList()) {
            String text = strip(rawLine);
            if (text.isEmpty()) {
                continue;
            }
            lines.add(new Line(text, kindOf(text, !seen.add(text))));
        }
        return lines;
    }

    private static Kind kindOf(String text, boolean repeated) {
        int words = text.split("\\s+").length;
        if (repeated || Boilerplate.matches(text)) {
            return Kind.BOILERPLATE;
        }
        if (TIME.matcher(text).matches() || (DATELINE.matcher(text).matches() && !SENTENCE_END.matcher(text).matches()
                && words < 20 && !BYLINE.matcher(text).matches())) {
            return Kind.TIMESTAMP;
        }
        if (BYLINE.matcher(text).matches() && !SENTENCE_END.matcher(text).matches()) {
            return Kind.BYLINE;
        }
        if (SENTENCE_END.matcher(text).matches()) {
            return Kind.CONTENT;
        }
        if (text.contains(": ")) {
            return Kind.CARD_HEADLINE;
        }
        return words <= SUBHEADING_MAX_WORDS ? Kind.SUBHEADING : Kind.HEADLINE;
    }

    /** [first, last] line index of the content run with the most words, or null when there is none. */
    private static int[] largestRun(List<Line> lines) {
        int[] best = null;
        int bestWords = 0;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind != Kind.CONTENT) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int words = wordCount(lines.get(i).text);
            int j = i + 1;
            while (j < lines.size()) {
                if (lines.get(j).kind == Kind.CONTENT) {
                    end = j;
                    words += wordCount(lines.get(j).text);
                    j++;
                } else if (j + 1 < lines.size() && lines.get(j + 1).kind == Kind.CONTENT
                        && (lines.get(j).kind == Kind.BOILERPLATE || lines.get(j).kind == Kind.SUBHEADING)) {
                    j++;
                } else {
                    break;
                }
            }
            if (words > bestWords) {
                best = new int[] {start, end};
                bestWords = words;
            }
            i = end + 1;
        }
        return best;
    }

    private static Optional<String> title(List<Line> head) {
        return head.stream()
                .filter(l -> l.kind == Kind.HEADLINE || l.kind == Kind.CARD_HEADLINE || l.kind == Kind.SUBHEADING)
                .filter(l -> wordCount(l.text) >= 5)
                .map(Line::text)
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    private static Optional<String> author(List<Line> head) {
        return head.stream().filter(l -> l.kind == Kind.BYLINE).map(l -> BYLINE.matcher(l.text))
                .filter(Matcher::matches).map(m -> m.group(1))
                .map(name -> name.replaceAll(" " + MONTH + "$", ""))
                .findFirst();
    }

    private static Optional<LocalDate> published(List<Line> head) {
        for (Line line : head) {
            Optional<LocalDate> date = dateIn(line.text);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> dateIn(String text) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.find()) {
                return Optional.of(LocalDate.parse(dmy.group(1) + " " + dmy.group(2) + " " + dmy.group(3), format));
            }
            Matcher mdy = MONTH_DAY_YEAR.matcher(text);
            if (mdy.find()) {
                return Optional.of(LocalDate.parse(mdy.group(2) + " " + mdy.group(1) + " " + mdy.group(3), format));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Like {@link String#strip()}, but also drops the no-break spaces web pages leave at line ends. */
    public static String strip(String line) {
        return EDGE_SPACE.matcher(line).replaceAll("");
    }

    private static int wordCount(String text) {
        return text.split("\\s+").length;
    }
}
