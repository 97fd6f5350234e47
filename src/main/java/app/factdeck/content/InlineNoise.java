package app.factdeck.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of a line that are page furniture glued to article text: the page store's date prefix, template
 * markup, datelines, all-caps inline labels, agency credits, editors' initials and a sentence the page store cut
 * off. Each cut is recorded as {@code "…" — why} so the teacher sees exactly what left the line.
 *
 * <p>Every rule scans the line once (token loops or regexes without nested quantifiers), so a 1 MB line stays linear.
 */
final class InlineNoise {

    /** The page store writes {@code " date YYYY-MM-DD "} before the first line of a page. */
    private static final Pattern STORE_DATE = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})(?:\\s+|$)");
    private static final Pattern MARKUP = Pattern.compile("\\{\\{[^{}\\n]{0,200}}}|\\{%[^%\\n]{0,200}%}");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]{2,}");
    /** A sentence ends: full stop, ! ? or ellipsis, maybe closing quotes or brackets. */
    static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*");
    private static final Pattern EDITOR_INITIALS = Pattern.compile("\\(\\p{Ll}{1,4}\\)");
    private static final Pattern AGENCY = Pattern.compile("\\p{Lu}{2,}(?:/\\p{Lu}{2,})*");
    private static final Pattern PLACE_COLON = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]{1,30}(?: \\p{Lu}[\\p{L}.'’-]{1,30}){0,2}):\\s+(?=[\\p{Lu}\"“‘'])");
    private static final int DATELINE_MAX = 60;
    private static final Pattern DASH = Pattern.compile(" [-–—] | [-–—]$|\\s[-–—]{2} ");
    private static final Pattern APPEAL_START = Pattern.compile("^(?:please[, ]+)?(?:support|donate|subscribe|become"
            + "|join|help|consider|chip in|make a (?:donation|contribution)|give"
            + "|your (?:support|donation|contribution))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPEAL_WORD = Pattern.compile("\\b(?:us|our|patrons?|patreon|donat\\w*|subscri\\w*"
            + "|membership|members?|supporters?|journalism|contributions?)\\b", Pattern.CASE_INSENSITIVE);

    private InlineNoise() {
    }

    /** A line's text as it is being cleaned, with what has been cut so far. */
    static final class Cut {
        private String text;
        private final List<String> stripped = new ArrayList<>();

        Cut(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        List<String> stripped() {
            return stripped;
        }

        private void remove(int start, int end, String why) {
            stripped.add("“" + text.substring(start, end).strip() + "” — " + why);
            text = PageCleaner.strip(text.substring(0, start) + " " + text.substring(end)).replaceAll("\\s{2,}", " ");
        }
    }

    /** The store's date prefix of the raw page, when it has one. */
    static Optional<String> storeDatePrefix(String raw) {
        Matcher m = STORE_DATE.matcher(PageCleaner.strip(raw.substring(0, Math.min(raw.length(), 64))));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The store's date, unless it is 1 January: page stores write that when they know only the year (one page in
     * the corpus carries a wrong "2022-01-01"), and a wrong date is worse than none.
     */
    static Optional<LocalDate> storeDate(String raw) {
        try {
            return storeDatePrefix(raw).map(LocalDate::parse)
                    .filter(d -> !(d.getMonthValue() == 1 && d.getDayOfMonth() == 1));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Cuts that never depend on where the line stands. */
    static Cut everywhere(String line, boolean firstLineOfPage) {
        Cut cut = new Cut(PageCleaner.strip(line));
        if (firstLineOfPage) {
            Matcher m = STORE_DATE.matcher(cut.text);
            if (m.find()) {
                boolean placeholder = m.group(1).endsWith("-01-01");
                cut.remove(0, m.end(), placeholder ? "page-store date, looks like a placeholder (1 January): not used"
                        : "page-store date (used as the published date)");
            }
        }
        stripMarkup(cut);
        stripDateline(cut);
        stripCapsLabel(cut);
        stripCreditSuffix(cut);
        return cut;
    }

    private static void stripMarkup(Cut cut) {
        Matcher m = MARKUP.matcher(cut.text);
        if (!m.find()) {
            return;
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        int last = 0;
        do {
            pieces.add(m.group());
            kept.append(cut.text, last, m.start()).append(' ');
            last = m.end();
        } while (m.find());
        kept.append(cut.text.substring(last));
        cut.stripped.add("“" + String.join(" ", pieces) + "” — template markup");
        cut.text = PageCleaner.strip(SPACES.matcher(kept).replaceAll(" "));
    }

    /**
     * "KYIV, June 8 (Reuters) - …", "LUSAIL, Qatar – …": an all-caps place, maybe a region, a date and an agency,
     * then a dash. The sentence after it is the lede and stays.
     */
    private static void stripDateline(Cut cut) {
        int end = datelineEnd(cut.text);
        // "NATO – the alliance said …" is one sentence: a lede after a dateline starts like a sentence.
        if (end > 0 && end < cut.text.length() && startsSentence(cut.text, end)) {
            cut.remove(0, end, "dateline");
        }
    }

    /**
     * Where a dateline prefix ends (after its dash), or -1. The place is in capitals and either is the whole prefix
     * or ends with a comma or an agency in brackets ("KYIV, June 8 (Reuters) -"), which "US President Joe Biden -"
     * never does.
     */
    static int datelineEnd(String text) {
        Matcher dash = DASH.matcher(text).region(0, Math.min(text.length(), DATELINE_MAX + 4));
        if (!dash.find() || dash.start() > DATELINE_MAX || dash.start() == 0) {
            return -1;
        }
        String prefix = text.substring(0, dash.start());
        // An agency in brackets, "(Reuters)", "(Example Wire)", counts as the end of the place.
        int open = prefix.indexOf('(');
        int close = prefix.indexOf(')', open + 1);
        boolean agency = open > 0 && close > open + 1 && Character.isUpperCase(prefix.charAt(open + 1));
        if (agency) {
            prefix = (prefix.substring(0, open) + prefix.substring(close + 1)).strip();
        } else if (open >= 0 || prefix.indexOf(')') >= 0) {
            return -1;
        }
        String[] tokens = prefix.split(" ");
        int i = 0;
        boolean comma = false;
        while (i < tokens.length && isCapsWord(tokens[i])) {
            comma = tokens[i].endsWith(",");
            i++;
            if (comma) {
                break;
            }
        }
        if (i == 0) {
            return -1;
        }
        if (i < tokens.length && !comma && !agency) {
            return -1;
        }
        for (; i < tokens.length; i++) {
            String t = withoutTrailing(tokens[i], ",.:");
            boolean ok = t.isEmpty() || Character.isUpperCase(t.codePointAt(0))
                    || t.chars().allMatch(Character::isDigit);
            if (!ok) {
                return -1;
            }
        }
        return dash.end();
    }

    private static boolean isCapsWord(String token) {
        String t = withoutTrailing(token, ",.:");
        return t.length() >= 2 && t.chars().anyMatch(Character::isLetter)
                && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '.' || c == '’' || c == '\'');
    }

    /** "DAWN OF NEW INDIA: PM MODI Addressing ISRO, …": an all-caps label run into the paragraph it heads. */
    private static void stripCapsLabel(Cut cut) {
        String text = cut.text;
        int pos = 0;
        int tokens = 0;
        int letters = 0;
        boolean colon = false;
        while (pos < text.length()) {
            int space = text.indexOf(' ', pos);
            int tokenEnd = space < 0 ? text.length() : space;
            String token = text.substring(pos, tokenEnd);
            String bare = withoutTrailing(token, ",:;.");
            boolean caps = !bare.isEmpty() && bare.chars().anyMatch(Character::isLetter)
                    && bare.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-'
                    || c == '’'
                    || c == '\'' || c == '&');
            if (!caps) {
                boolean nextIsWord = Character.isUpperCase(token.codePointAt(0))
                        && token.chars().anyMatch(Character::isLowerCase);
                if (nextIsWord && (tokens >= 3 || colon) && letters >= 5) {
                    cut.remove(0, pos, "all-caps label run into the paragraph");
                }
                return;
            }
            tokens++;
            letters += (int) bare.chars().filter(Character::isLetter).count();
            colon |= token.endsWith(":");
            if (space < 0) {
                return;
            }
            pos = space + 1;
        }
    }

    /** "… since 1986. REUTERS" or "… said. (gs)": a credit after the last sentence. */
    private static void stripCreditSuffix(Cut cut) {
        String text = cut.text;
        int lastSpace = text.lastIndexOf(' ');
        if (lastSpace < 0) {
            return;
        }
        String tail = text.substring(lastSpace + 1);
        String before = text.substring(0, lastSpace);
        if (!endsSentence(before)) {
            return;
        }
        if (EDITOR_INITIALS.matcher(tail).matches()) {
            cut.remove(lastSpace, text.length(), "editor's initials");
        } else if (AGENCY.matcher(tail).matches()) {
            cut.remove(lastSpace, text.length(), "agency credit");
        }
    }

    /** "Dubai: The world …": a place and a colon before the lede (only tried on the article's first line). */
    static void stripPlaceColon(Cut cut) {
        Matcher m = PLACE_COLON.matcher(cut.text);
        if (m.find()) {
            cut.remove(0, m.end(), "dateline");
        }
    }

    /**
     * The page's last line, cut mid-sentence by the page store: the sentences before the cut stay, the broken one
     * goes. True when the whole line is one broken sentence.
     */
    static boolean stripCutOffTail(Cut cut) {
        String text = cut.text;
        if (text.isEmpty() || endsSentence(text) || !endsMidSentence(text)) {
            return false;
        }
        int boundary = lastSentenceBoundary(text);
        if (boundary < 0) {
            return text.split("\\s+").length >= 8;
        }
        cut.remove(boundary, text.length(), "cut off: the page ends mid-sentence");
        return false;
    }

    private static boolean endsMidSentence(String text) {
        int c = text.codePointBefore(text.length());
        return Character.isLowerCase(c) || Character.isDigit(c) || c == ',' || c == '-';
    }

    /** Where the last sentence of a line starts, or -1 when the line has one sentence. */
    private static int lastSentenceBoundary(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int boundary = -1;
        while (m.find()) {
            int after = m.end();
            if (after < text.length() - 1 && text.charAt(after) == ' ' && startsSentence(text, after + 1)) {
                boundary = after;
            }
        }
        return boundary;
    }

    private static boolean startsSentence(String text, int at) {
        int c = text.codePointAt(at);
        return Character.isUpperCase(c) || c == '"' || c == '“' || c == '‘' || c == '\'' || Character.isDigit(c);
    }

    static boolean endsSentence(String text) {
        int i = text.length();
        while (i > 0 && "\"'”’)]".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && ".!?…".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** The line's sentences, split where a sentence end meets a capital (good enough to find an appeal). */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            int after = m.end();
            if (after < text.length() - 1 && text.charAt(after) == ' ' && startsSentence(text, after + 1)) {
                out.add(text.substring(start, after).strip());
                start = after + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start).strip());
        }
        return out;
    }

    /** "Support us or become our patron!": a sentence asking the reader for money or a subscription. */
    static boolean isAppeal(String sentence) {
        return APPEAL_START.matcher(sentence).find() && APPEAL_WORD.matcher(sentence).find();
    }

    /**
     * Appeal sentences in a long paragraph are cut; true when the line is an appeal block (three sentences or
     * fewer, one of them an appeal), which the cleaner drops whole.
     */
    static boolean stripAppeal(Cut cut) {
        List<String> sentences = sentences(cut.text);
        if (sentences.stream().noneMatch(InlineNoise::isAppeal)) {
            return false;
        }
        if (sentences.size() <= 3) {
            return true;
        }
        for (String s : sentences) {
            if (isAppeal(s)) {
                int at = cut.text.indexOf(s);
                cut.remove(at, at + s.length(), "donation appeal");
            }
        }
        return false;
    }

    private static String withoutTrailing(String token, String chars) {
        return !token.isEmpty() && chars.indexOf(token.charAt(token.length() - 1)) >= 0
                ? token.substring(0, token.length() - 1) : token;
    }
}
