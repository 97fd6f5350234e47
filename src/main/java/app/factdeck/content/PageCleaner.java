package app.factdeck.content;

import app.factdeck.content.PageLine.Role;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the raw text of a news page (pasted, uploaded or scraped, one block per line) line by line: which lines
 * are the article, which are furniture around it (navigation, datelines, captions, promos, feeds of other stories,
 * related-story cards), and why; and what the page says about itself. Kept lines are the page's own words, with
 * only inline noise (the store's date prefix, template markup, a dateline, an agency credit) cut, each cut listed.
 *
 * <pre>{@code
 * PageReading reading = PageCleaner.read(rawText);
 * reading.lines();                                           // every non-blank line: kept or dropped, and why
 * List<String> body = PageCleaner.body(reading.lines(), Set.of(12));   // after the teacher flipped line 12
 * }</pre>
 *
 * <p>Rules (from shared/research/question-generation.md §4.3, measured there on news pages, and the corpus in
 * src/test/resources/articles):
 * <ol>
 *   <li>lexicon lines (sign-ups, menus, tags), exact repeats, captions, credits, appeals and labels are dropped;</li>
 *   <li>a content line ends like a sentence ({@code . ! ? …}, maybe then a closing quote or bracket);</li>
 *   <li>the body is the run of content lines with the most words, where two content lines stay in one run
 *       when at most one line stands between them and that line is dropped furniture or a short subheading;
 *       a long line without a full stop between two content lines is content that lost its full stop.
 *       A timestamp, a "Source: headline" card or two non-content lines in a row end a run, which is how
 *       feeds of other stories and embedded related-story cards fall away.</li>
 * </ol>
 */
public final class PageCleaner {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}( ?[AP]M)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "(\\b\\d{1,2} " + MONTH + "(?![\\p{L}])|\\b" + MONTH + " \\d{1,2}\\b|\\b\\d{4}, [A-Z][a-z]+day\\b"
                    + "|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? ?(\\d{4})\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DATE_LABEL = Pattern.compile("^(published|updated|posted|date|last updated)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^[Bb]y ([A-Z][\\p{L}'’-]+(?: [A-Z][\\p{L}'’-]+){0,3})\\b.*");
    private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    private static final Pattern EDITOR_INITIALS = Pattern.compile("^\\(\\p{L}{1,4}\\)$");
    /** A caption ends with its credit: "… the Prime Minister. Source: UkrInform", "… Image Credit: Reuters". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile("(?:^|\\s)(?:Source|Photos?|Pictures?|Image|Images"
            + "|Image [Cc]redit|Photo [Cc]redit|Credits?|Photograph|Foto)s?:\\s?[^.!?:]{1,60}\\.?$"
            + "|\\((?:Reuters|AP|AFP|EPA|dpa|Getty Images|Photo|File photo)\\)$"
            + "|\\((?:Photo|Image|Picture)s?(?: by|:)[^()]{1,60}\\)$|(?:^|\\s)(?:Photo|Image|Picture) by [^.!?]{1,60}$"
            + "|\\s/\\s?(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu)$|\\svia Getty Images$");
    private static final int SUBHEADING_MAX_WORDS = 12;
    /** A line this long without a full stop, between two paragraphs, is a paragraph that lost its full stop. */
    private static final int UNENDED_PARAGRAPH_MIN_WORDS = 13;
    private static final int TITLE_MIN_WORDS = 5;
    /** "8 June, 2023 Thursday", "Published 13 Dec 2023 10:15": a line about a date is short. */
    private static final int DATE_LINE_MAX_WORDS = 8;
    /** Two paragraphs this close, one nearly all in the other, say the same thing (a standfirst, a pull quote). */
    private static final int NEAR_REPEAT_WINDOW = 8;
    private static final int NEAR_REPEAT_MIN_WORDS = 8;
    private static final double NEAR_REPEAT_SHARE = 0.8;

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

    private enum Kind { CONTENT, UNENDED, SUBHEADING, CARD_HEADLINE, HEADLINE, TIMESTAMP, BYLINE, DROP }

    private static final class Line {
        final int number;
        final String raw;
        final InlineNoise.Cut cut;
        Kind kind;
        String reason;

        Line(int number, String raw, InlineNoise.Cut cut) {
            this.number = number;
            this.raw = raw;
            this.cut = cut;
        }

        String text() {
            return cut.text();
        }

        boolean isContent() {
            return kind == Kind.CONTENT || kind == Kind.UNENDED;
        }
    }

    /** The article in {@code raw}, as {@link #read} decides it with no line flipped. */
    public static CleanedPage clean(String raw) {
        PageReading reading = read(raw);
        PageMeta meta = reading.meta();
        return new CleanedPage(meta.title(), meta.author(), meta.published(), body(reading.lines(), Set.of()));
    }

    /** Every non-blank line of {@code raw} with the cleaner's decision, and what the page says about itself. */
    public static PageReading read(String raw) {
        List<Line> lines = classify(raw);
        int[] run = largestRun(lines);
        if (run != null) {
            Line lede = lines.get(run[0]);
            InlineNoise.stripPlaceColon(lede.cut);
        }
        List<Line> head = run == null ? lines : lines.subList(0, run[0]);
        Optional<Line> title = title(head);
        List<PageLine> out = new ArrayList<>();
        StringBuilder keptText = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            PageLine decided = decide(line, i, run, lines, title.orElse(null));
            if (decided.kept()) {
                keptText.append(decided.text()).append('\n');
            }
            out.add(decided);
        }
        PageMeta meta = new PageMeta(title.map(Line::text), publisher(lines), author(head, lines),
                published(raw, head), url(lines), Language.of(keptText.toString()));
        return new PageReading(out, meta);
    }

    /**
     * The article body once the teacher has flipped the lines numbered in {@code flipped}: kept paragraphs, and
     * subheadings as "## …". A line flipped to kept is a paragraph when it ends like a sentence, else a subheading.
     */
    public static List<String> body(List<PageLine> lines, Set<Integer> flipped) {
        List<String> body = new ArrayList<>();
        for (PageLine line : lines) {
            boolean kept = line.kept() != flipped.contains(line.number());
            if (!kept || line.text().isEmpty()) {
                continue;
            }
            Role role = line.kept() ? line.role()
                    : InlineNoise.endsSentence(line.text()) ? Role.PARAGRAPH : Role.SUBHEADING;
            body.add(role == Role.SUBHEADING ? "## " + line.text() : line.text());
        }
        return List.copyOf(body);
    }

    private static List<Line> classify(String raw) {
        List<String> rawLines = raw.lines().toList();
        int last = rawLines.size() - 1;
        while (last >= 0 && strip(rawLines.get(last)).isEmpty()) {
            last--;
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (int n = 0; n < rawLines.size(); n++) {
            String rawLine = rawLines.get(n);
            if (strip(rawLine).isEmpty()) {
                continue;
            }
            Line line = new Line(n + 1, rawLine, InlineNoise.everywhere(rawLine, n == 0));
            boolean cutOff = n == last && InlineNoise.stripCutOffTail(line.cut);
            if (cutOff) {
                line.kind = Kind.DROP;
                line.reason = "cut off: the page ends mid-sentence";
            } else {
                kindOf(line, seen);
            }
            seen.putIfAbsent(line.text(), line.number);
            lines.add(line);
        }
        dropNearRepeats(lines);
        // A long line without a full stop between two paragraphs lost its full stop; it is not a headline.
        for (int i = 1; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind == Kind.HEADLINE && lines.get(i - 1).kind == Kind.CONTENT
                    && lines.get(i + 1).kind == Kind.CONTENT && wordCount(line.text()) >= UNENDED_PARAGRAPH_MIN_WORDS) {
                line.kind = Kind.UNENDED;
            }
        }
        return lines;
    }

    private static void kindOf(Line line, Map<String, Integer> seen) {
        String text = line.text();
        Optional<String> furniture = text.isEmpty() ? Optional.empty() : Boilerplate.reason(text);
        Integer first = seen.get(text);
        if (text.isEmpty()) {
            drop(line, line.cut.stripped().isEmpty() ? "empty" : "nothing left after inline noise");
        } else if (furniture.isPresent()) {
            drop(line, furniture.get());
        } else if (first != null) {
            drop(line, "repeats line " + first);
        } else if (TIME.matcher(text).matches()) {
            line.kind = Kind.TIMESTAMP;
        } else if (isHashtags(text)) {
            drop(line, "hashtags");
        } else if (EDITOR_INITIALS.matcher(text).matches()) {
            drop(line, "editor's initials");
        } else if (URL_LINE.matcher(text).matches()) {
            drop(line, "web address");
        } else if (mayBeCaption(text) && CAPTION_CREDIT.matcher(text).find()) {
            drop(line, "photo caption");
        } else if (InlineNoise.stripAppeal(line.cut)) {
            drop(line, "donation appeal");
        } else if (InlineNoise.datelineEnd(text) == text.length()) {
            drop(line, "dateline");
        } else if (isCapsLabel(text)) {
            drop(line, "all-caps label (section tag or image name)");
        } else {
            line.kind = kindOfText(line.text());
        }
    }

    /**
     * "Zelensky announced that his country is applying …" atop a page whose fourth paragraph says it again with the
     * day: the shorter of two nearby paragraphs goes when nearly all its words are in the other.
     */
    private static void dropNearRepeats(List<Line> lines) {
        List<Line> content = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        for (Line line : lines) {
            if (line.kind == Kind.CONTENT) {
                content.add(line);
                words.add(wordSet(line.text()));
            }
        }
        for (int i = 0; i < content.size(); i++) {
            for (int j = i + 1; j < content.size() && j <= i + NEAR_REPEAT_WINDOW; j++) {
                Line a = content.get(i);
                Line b = content.get(j);
                if (a.kind != Kind.CONTENT || b.kind != Kind.CONTENT) {
                    continue;
                }
                boolean aShorter = words.get(i).size() <= words.get(j).size();
                Set<String> shorter = aShorter ? words.get(i) : words.get(j);
                Set<String> longer = aShorter ? words.get(j) : words.get(i);
                if (shorter.size() < NEAR_REPEAT_MIN_WORDS) {
                    continue;
                }
                int shared = 0;
                for (String w : shorter) {
                    shared += longer.contains(w) ? 1 : 0;
                }
                if (shared >= NEAR_REPEAT_SHARE * shorter.size()) {
                    drop(aShorter ? a : b, "nearly repeats line " + (aShorter ? b : a).number);
                }
            }
        }
    }

    private static Set<String> wordSet(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    private static Kind kindOfText(String text) {
        int words = wordCount(text);
        boolean sentence = InlineNoise.endsSentence(text);
        boolean byline = BYLINE.matcher(text).matches();
        if (TIME.matcher(text).matches() || (!sentence && words <= DATE_LINE_MAX_WORDS && !byline
                && DATELINE.matcher(text).find())) {
            return Kind.TIMESTAMP;
        }
        if (byline && !sentence) {
            return Kind.BYLINE;
        }
        if (sentence) {
            return Kind.CONTENT;
        }
        if (text.contains(": ")) {
            return Kind.CARD_HEADLINE;
        }
        return words <= SUBHEADING_MAX_WORDS ? Kind.SUBHEADING : Kind.HEADLINE;
    }

    private static void drop(Line line, String reason) {
        line.kind = Kind.DROP;
        line.reason = reason;
    }

    /** "#budget #council": a line of hashtags (kept, it would also read as a Markdown heading). */
    private static boolean isHashtags(String text) {
        for (String token : text.split(" ")) {
            if (!token.isEmpty() && (token.charAt(0) != '#' || token.length() < 2)) {
                return false;
            }
        }
        return text.startsWith("#");
    }

    /** A cheap test before the caption pattern, which would otherwise be tried at every space of every line. */
    private static boolean mayBeCaption(String text) {
        return text.indexOf(':') >= 0 || text.endsWith(")") || text.contains(" by ") || text.contains("/")
                || text.endsWith("Getty Images");
    }

    /** "COP28 UAE JABER", "OPINION": no lower-case letter, few words, no sentence. */
    private static boolean isCapsLabel(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isLowerCase)
                && wordCount(text) <= 8 && !InlineNoise.endsSentence(text);
    }

    private static PageLine decide(Line line, int i, int[] run, List<Line> lines, Line title) {
        boolean inRun = run != null && i >= run[0] && i <= run[1];
        String text = line.text();
        List<String> stripped = line.cut.stripped();
        if (line.kind == Kind.DROP) {
            return dropped(line, line.reason);
        }
        if (inRun && line.kind == Kind.CONTENT) {
            return new PageLine(line.number, line.raw, text, true, Role.PARAGRAPH, "article text", stripped);
        }
        if (inRun && line.kind == Kind.UNENDED) {
            return new PageLine(line.number, line.raw, text, true, Role.PARAGRAPH,
                    "article text (no closing full stop)", stripped);
        }
        if (inRun && line.kind == Kind.SUBHEADING) {
            return new PageLine(line.number, line.raw, text, true, Role.SUBHEADING, "subheading inside the article",
                    stripped);
        }
        boolean before = run == null || i < run[0];
        boolean afterCard = i > 0 && lines.get(i - 1).kind == Kind.CARD_HEADLINE;
        String reason = switch (line.kind) {
            case TIMESTAMP -> "date/time line";
            case BYLINE -> "byline";
            case CARD_HEADLINE -> line == title ? "headline (used as the title)" : "related-story card";
            case HEADLINE, SUBHEADING -> line == title ? "headline (used as the title)"
                    : before ? "heading before the article" : "headline of another story";
            default -> run == null ? "no article text found on the page"
                    : afterCard ? "related-story card"
                    : before ? "before the article (teaser or promo)" : "after the article (feed or other story)";
        };
        return dropped(line, reason);
    }

    private static PageLine dropped(Line line, String reason) {
        return new PageLine(line.number, line.raw, line.text(), false, Role.DROPPED, reason, line.cut.stripped());
    }

    /** [first, last] line index of the content run with the most words, or null when there is none. */
    private static int[] largestRun(List<Line> lines) {
        int[] best = null;
        int bestWords = 0;
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).isContent()) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int words = wordCount(lines.get(i).text());
            int j = i + 1;
            while (j < lines.size()) {
                Line line = lines.get(j);
                if (line.isContent()) {
                    end = j;
                    words += wordCount(line.text());
                    j++;
                } else if (j + 1 < lines.size() && lines.get(j + 1).isContent()
                        && (line.kind == Kind.DROP || line.kind == Kind.SUBHEADING)) {
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

    /** The page's headline: the longest heading-like line before the article; never a caption or a sentence. */
    private static Optional<Line> title(List<Line> head) {
        return head.stream()
                .filter(l -> l.kind == Kind.HEADLINE || l.kind == Kind.CARD_HEADLINE || l.kind == Kind.SUBHEADING)
                .filter(l -> wordCount(l.text()) >= TITLE_MIN_WORDS)
                .max((a, b) -> Integer.compare(a.text().length(), b.text().length()));
    }

    private static Optional<String> author(List<Line> head, List<Line> lines) {
        Optional<String> inHead = bylineIn(head);
        return inHead.isPresent() ? inHead : bylineIn(lines);
    }

    private static Optional<String> bylineIn(List<Line> lines) {
        return lines.stream().filter(l -> l.kind == Kind.BYLINE).map(l -> BYLINE.matcher(l.text()))
                .filter(Matcher::matches).map(m -> m.group(1))
                .map(name -> name.replaceAll(" " + MONTH + "$", ""))
                .findFirst();
    }

    /** The store's date prefix, else a date line before the article, else any date before it (e.g. a caption's). */
    private static Optional<LocalDate> published(String raw, List<Line> head) {
        Optional<LocalDate> store = InlineNoise.storeDate(raw);
        if (store.isPresent()) {
            return store;
        }
        for (Line line : head) {
            if (line.kind == Kind.TIMESTAMP || line.kind == Kind.BYLINE || DATE_LABEL.matcher(line.text()).matches()) {
                Optional<LocalDate> date = dateIn(line.text());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (Line line : head) {
            Optional<LocalDate> date = dateIn(line.text());
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The first date written out in {@code text}: "13 Dec 2023", "December 13, 2023", "13.12.2023", "2023-12-13". */
    public static Optional<LocalDate> dateIn(String text) {
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.find()) {
                return Optional.of(LocalDate.of(year(dmy.group(3)), DateReader.month(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            Matcher mdy = MONTH_DAY_YEAR.matcher(text);
            if (mdy.find()) {
                return Optional.of(LocalDate.of(year(mdy.group(3)), DateReader.month(mdy.group(1)),
                        Integer.parseInt(mdy.group(2))));
            }
            Matcher numeric = NUMERIC_DATE.matcher(text);
            if (numeric.find()) {
                return Optional.of(LocalDate.of(year(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1))));
            }
            Matcher iso = ISO_DATE.matcher(text);
            if (iso.find()) {
                return Optional.of(LocalDate.of(year(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static Optional<String> url(List<Line> lines) {
        return lines.stream().map(Line::text).filter(t -> URL_LINE.matcher(t).matches())
                .map(t -> t.startsWith("www.") ? "https://" + t : t).findFirst();
    }

    /** The owner a "© 2023 Example News. All rights reserved." line names. */
    private static Optional<String> publisher(List<Line> lines) {
        for (Line line : lines) {
            String text = line.text();
            if (text.length() > 200) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            int at = text.indexOf('©');
            int from = at >= 0 ? at + 1 : lower.startsWith("copyright ") ? "copyright ".length() : -1;
            if (from < 0) {
                continue;
            }
            String name = text.substring(from).strip()
                    .replaceFirst("(?i)^copyright\\s+", "")
                    .replaceFirst("^\\d{4}(?:\\s*[-–]\\s*\\d{4})?[,.]?\\s*", "")
                    .replaceFirst("(?i)[.,]?\\s*all rights reserved\\.?$", "")
                    .replaceFirst("[.,]$", "").strip();
            int words = name.isEmpty() ? 0 : wordCount(name);
            if (words >= 1 && words <= 8 && Character.isLetterOrDigit(name.codePointAt(0))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link String#strip()}, but also drops the no-break spaces web pages leave at line ends. A loop, not a
     * regex: "[\\s]+$" retried at every space of a long run of spaces is quadratic.
     */
    public static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return Math.max(words, 1);
    }
}
