package app.factdeck.proposals;

import app.factdeck.content.DateMention;
import app.factdeck.content.DateReader;
import app.factdeck.content.Hedges;
import app.factdeck.proposals.Quantity.Kind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers a sentence writes: counts with the noun they count, money with its currency, percentages,
 * durations, decimals, ordinals, scores and years, each with the hedge that makes it a bound ("nearly 30" is not
 * 30). Pure and topic-free: the dictionaries are general words (number words, scales, currencies, time units).
 *
 * <p>Decisions: the unit is the noun as written after the number (the second word when the first is an adjective
 * and the second a plural: "five new members" counts "members"); "24-hour" and "10-year" take the hyphenated word.
 * A score ("4-2") is two numbers of at most two digits joined by a hyphen or dash and not followed by a plural noun
 * ("10-15 people" is a range, not read); its value is the first side, {@code written} carries both. A number inside
 * a written date ("12 January 2024") is the date's, not a quantity; a year the {@link DateReader} reads is a YEAR.
 * Labels ("day 478", "stage 12", "Article 5") are ORDINALs with the label as unit. Names with digits
 * ("Chandrayaan-3", "COP28", "G20") and clock times ("06:04 pm") are not quantities.
 */
public final class QuantityReader {

    static final int MAX_SENTENCE = DateReader.MAX_SENTENCE;

    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)\\b(" + Hedges.WORDS + ")\\s+$");
    private static final String SCALES = "thousand|million|billion|trillion|bn|mn|m|tn|k";
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,:/])(?<!\\p{L}-)(" + DIGITS + ")(?![\\d]|[.,:/]\\d)(?:\\s?(" + SCALES + ")\\b)?(?!(?!°?[CF]\\b)[\\p{L}\\d°])");
    private static final Pattern WORD_NUMBER = Pattern.compile("(?i)\\b(?:(one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
            + "|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a dozen|dozen)"
            + "(?:-(one|two|three|four|five|six|seven|eight|nine))?)(?:\\s(" + SCALES + "))?\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{L}\\d-])(\\d{1,4})(st|nd|rd|th)\\b");
    private static final Pattern WORD_ORDINAL = Pattern.compile("(?i)\\b(first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
            + "|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth)\\b");
    private static final Pattern SCORE = Pattern.compile(
            "(?<![\\p{L}\\d.,:/-])(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})(?![\\d.,:/-]|\\s?(?:%|per ?cent))");
    private static final Set<String> SCORE_WORDS = Set.of("win", "victory", "defeat", "loss", "draw", "lead",
            "scoreline", "thrashing", "result", "margin", "aggregate", "penalties", "shootout", "shoot-out", "home",
            "away", "triumph", "success", "vote", "decision", "majority", "ruling");
    private static final Pattern PERCENT = Pattern.compile("(?i)^\\s?(%|per ?cent\\b|percent\\b|percentage points?\\b)");
    /** Currency written before the number: "£2.3 bn", "US$85 billion", "CHF 7 bn", "€3.02 billion". */
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?<!\\p{L})(US\\$|A\\$|C\\$|HK\\$|NZ\\$|R\\$|\\$|£|€|¥|₹|₩|₽|CHF|USD|EUR|GBP|JPY|CNY|INR|AUD|CAD|Rs\\.?)\\s?$");
    /** Currency written after: "2 billion euros", "3 billion Swiss francs". */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("(?i)^\\s(US dollars?|Australian dollars?|Canadian"
            + " dollars?|Hong Kong dollars?|dollars?|euros?|Swiss francs?|francs?|pounds sterling|pounds?|sterling|yen"
            + "|yuan|renminbi|rupees?|roubles?|rubles?|hryvnias?|reais|rand|lira|liras)\\b");
    private static final Map<String, String> ISO = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("$", "USD"), Map.entry("A$", "AUD"), Map.entry("C$", "CAD"),
            Map.entry("HK$", "HKD"), Map.entry("NZ$", "NZD"), Map.entry("R$", "BRL"), Map.entry("£", "GBP"),
            Map.entry("€", "EUR"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"),
            Map.entry("₽", "RUB"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"),
            Map.entry("us dollar", "USD"), Map.entry("australian dollar", "AUD"), Map.entry("canadian dollar", "CAD"),
            Map.entry("hong kong dollar", "HKD"), Map.entry("dollar", "USD"), Map.entry("euro", "EUR"),
            Map.entry("swiss franc", "CHF"), Map.entry("franc", "CHF"), Map.entry("pounds sterling", "GBP"),
            Map.entry("pound", "GBP"), Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rupee", "INR"), Map.entry("rouble", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("hryvnia", "UAH"), Map.entry("reais", "BRL"),
            Map.entry("rand", "ZAR"), Map.entry("lira", "TRY"), Map.entry("liras", "TRY"));
    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
            "centuries");
    /** Words after a number that name no counted thing: "30 of the", "24 and", "nine were". */
    private static final Set<String> NOT_UNITS = Set.of("of", "and", "or", "the", "a", "an", "in", "to", "per", "on",
            "at", "for", "with", "from", "by", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would",
            "that", "which", "who", "than", "more", "less", "times", "be", "been", "it", "they", "this",
            "after", "before", "since", "into", "against", "out", "up", "down", "over", "under", "between", "among");
    /** Words before a number that make it a label, not a count: "day 478", "stage 12", "Article 5". */
    private static final Set<String> LABELS = Set.of("day", "week", "round", "stage", "game", "page", "chapter",
            "article", "section", "number", "no.", "flight", "room", "level", "grade", "phase", "match", "episode",
            "season", "lap", "hole", "platform", "gate", "route", "line", "item", "rule", "clause", "paragraph");
    /** "at 5 pm": a time of day, not a count. */
    private static final Pattern CLOCK = Pattern.compile("(?i)^\\s?(?:[ap]\\.m\\.|[ap]m\\b|GMT\\b|UTC\\b|o'clock)");
    private static final Pattern WORD = Pattern.compile("^\\s([\\p{L}][\\p{L}’'-]*)");
    /** "40C", "-5 °C", "104F": a temperature's unit glued to its number. */
    private static final Pattern DEGREES = Pattern.compile("^\\s?(°?[CF])\\b");
    private static final Pattern HYPHEN_WORD = Pattern.compile("^-([a-z]+)\\b");
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?i)\\b([\\p{L}]+\\.?)\\s$");
    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("a thousand", 1000),
            Map.entry("a dozen", 12), Map.entry("dozen", 12));
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    /** Any date will do: only the spans of written dates matter here, and they do not depend on it. */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);

    private QuantityReader() {
    }

    /** Every quantity in the sentence, in reading order, none overlapping another. */
    public static List<Quantity> in(String sentence) {
        if (sentence == null) {
            return List.of();
        }
        String s = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
        List<Quantity> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (DateMention d : DateReader.in(s, ANY_DAY)) {
            if (d.relative()) {
                continue;
            }
            if (d.precision() == DateMention.Precision.YEAR) {
                int at = s.indexOf(d.iso(), d.start());
                add(s, at, at + 4, Kind.YEAR, new BigDecimal(d.iso()), "", "", found, taken);
            } else {
                taken.add(new int[] {d.start(), d.end()});
            }
        }
        scores(s, found, taken);
        ordinals(s, found, taken);
        numbers(s, found, taken);
        wordNumbers(s, found, taken);
        found.sort(Comparator.comparingInt(Quantity::start));
        return List.copyOf(found);
    }

    private static void scores(String s, List<Quantity> found, List<int[]> taken) {
        Matcher m = SCORE.matcher(s);
        while (m.find()) {
            String rest = s.substring(m.end());
            Matcher next = WORD.matcher(rest);
            // "10-15 people" is a range; "a 3-3 draw", "4-2 on penalties", "won 2-0." are scores.
            boolean range = next.find() && next.group(1).matches("[a-z]+") && !NOT_UNITS.contains(next.group(1))
                    && !SCORE_WORDS.contains(next.group(1));
            if (range || HYPHEN_WORD.matcher(rest).find()) {
                taken.add(new int[] {m.start(), m.end()});
                continue;
            }
            add(s, m.start(), m.end(), Kind.SCORE, new BigDecimal(m.group(1)), "", "", found, taken);
        }
    }

    private static void ordinals(String s, List<Quantity> found, List<int[]> taken) {
        Matcher m = ORDINAL.matcher(s);
        while (m.find()) {
            Unit unit = unitAfter(s, m.end());
            add(s, m.start(), unit.end, Kind.ORDINAL, new BigDecimal(m.group(1)), unit.word, "", found, taken);
        }
        Matcher w = WORD_ORDINAL.matcher(s);
        while (w.find()) {
            int value = ORDINAL_WORDS.indexOf(w.group(1).toLowerCase(Locale.ROOT)) + 1;
            if (value == 0) {
                value = switch (w.group(1).toLowerCase(Locale.ROOT)) {
                    case "thirtieth" -> 30;
                    case "fortieth" -> 40;
                    case "fiftieth" -> 50;
                    default -> 100;
                };
            }
            Unit unit = unitAfter(s, w.end());
            add(s, w.start(), unit.end, Kind.ORDINAL, BigDecimal.valueOf(value), unit.word, "", found, taken);
        }
    }

    private static void numbers(String s, List<Quantity> found, List<int[]> taken) {
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
            String scale = m.group(2);
            int end = m.end();
            if (scale != null) {
                boolean shortScale = scale.equals("m") || scale.equals("k");
                // "5 m" is five metres; "£5m" or "5m people" a scale only when written close.
                if (shortScale && end > m.start(1) + m.group(1).length() + 1) {
                    end = m.start(1) + m.group(1).length();
                    scale = null;
                } else {
                    value = value.multiply(scale(scale));
                }
            }
            read(s, m.start(), end, value, m.group(1).contains(".") && scale == null, found, taken);
        }
    }

    private static void wordNumbers(String s, List<Quantity> found, List<int[]> taken) {
        Matcher m = WORD_NUMBER.matcher(s);
        while (m.find()) {
            BigDecimal value = BigDecimal.valueOf(SMALL.get(m.group(1).toLowerCase(Locale.ROOT).split("-")[0]));
            if (m.group(2) != null) {
                value = value.add(BigDecimal.valueOf(SMALL.get(m.group(2).toLowerCase(Locale.ROOT))));
            }
            if (m.group(3) != null) {
                value = value.multiply(scale(m.group(3)));
            }
            String before = s.substring(Math.max(0, m.start() - 8), m.start()).toLowerCase(Locale.ROOT);
            Unit unit = unitAfter(s, m.end());
            // A word number counts only something named: "nine presidents", not "one of them" or "no one".
            if (unit.word.isEmpty() || before.endsWith("no ") || before.endsWith("the ") && m.group(1)
                    .equalsIgnoreCase("one")) {
                continue;
            }
            read(s, m.start(), m.end(), value, false, found, taken);
        }
    }

    /** Money, percent, label, duration, count or decimal: what follows and precedes the number decides. */
    private static void read(String s, int start, int end, BigDecimal value, boolean decimal, List<Quantity> found,
                             List<int[]> taken) {
        String before = s.substring(Math.max(0, start - 30), start);
        Matcher currency = CURRENCY_BEFORE.matcher(before);
        int from = start;
        String unit;
        Kind kind;
        int to;
        Matcher percent = PERCENT.matcher(s.substring(end));
        Matcher after = CURRENCY_AFTER.matcher(s.substring(end));
        Matcher label = LABEL_BEFORE.matcher(before);
        if (CLOCK.matcher(s.substring(end)).find()) {
            return;
        }
        if (currency.find()) {
            from = start - (before.length() - currency.start());
            unit = ISO.getOrDefault(currency.group(1), ISO.getOrDefault(currency.group(1).toLowerCase(Locale.ROOT),
                    currency.group(1)));
            kind = Kind.MONEY;
            to = end;
        } else if (percent.find()) {
            unit = "%";
            kind = Kind.PERCENT;
            to = end + percent.end();
        } else if (after.find()) {
            String word = after.group(1).toLowerCase(Locale.ROOT);
            String singular = ISO.containsKey(word) ? word : word.replaceAll("s$", "");
            unit = ISO.getOrDefault(singular, "USD");
            kind = Kind.MONEY;
            to = end + after.end();
        } else if (label.find() && LABELS.contains(label.group(1).toLowerCase(Locale.ROOT))
                && !Character.isLetter(start > 0 ? s.charAt(start - 1) : ' ') && value.scale() <= 0) {
            unit = label.group(1);
            kind = Kind.ORDINAL;
            from = start - (before.length() - label.start());
            to = end;
        } else {
            Unit u = unitAfter(s, end);
            unit = u.word;
            to = u.end;
            kind = TIME_UNITS.contains(unit.toLowerCase(Locale.ROOT)) ? Kind.DURATION
                    : decimal ? Kind.DECIMAL : Kind.COUNT;
        }
        String prefix = s.substring(Math.max(0, from - 30), from);
        Matcher hedge = HEDGE_BEFORE.matcher(prefix);
        String hedgeWords = "";
        if (hedge.find()) {
            hedgeWords = hedge.group(1).toLowerCase(Locale.ROOT);
            from = from - (prefix.length() - hedge.start());
        }
        add(s, from, to, kind, value, unit, hedgeWords, found, taken);
    }

    private record Unit(String word, int end) {
    }

    /** The noun after a number: "24 states", "five new members" ("members"), "a 10-year plan" ("year"). */
    private static Unit unitAfter(String s, int end) {
        String rest = s.substring(end);
        Matcher degrees = DEGREES.matcher(rest);
        if (degrees.find()) {
            return new Unit(degrees.group(1).startsWith("°") ? degrees.group(1) : "°" + degrees.group(1),
                    end + degrees.end());
        }
        Matcher hyphen = HYPHEN_WORD.matcher(rest);
        if (hyphen.find()) {
            return new Unit(hyphen.group(1), end + hyphen.end());
        }
        Matcher first = WORD.matcher(rest);
        // "30 killed": a participle names no counted thing.
        if (!first.find() || NOT_UNITS.contains(first.group(1).toLowerCase(Locale.ROOT))
                || first.group(1).matches("[a-z]+ed")) {
            return new Unit("", end);
        }
        String one = first.group(1);
        // "every 22.48 Credit Suisse shares": a name after the number begins a name, it is no unit ("NATO" in
        // "28 NATO members" is an acronym before the counted noun, read below).
        if (one.matches("\\p{Lu}\\p{Ll}.*")) {
            return new Unit("", end);
        }
        if (!one.endsWith("s") && !TIME_UNITS.contains(one.toLowerCase(Locale.ROOT))) {
            Matcher second = WORD.matcher(rest.substring(first.end()));
            if (second.find() && second.group(1).matches("[a-z]{3,}s") && !NOT_UNITS.contains(second.group(1))
                    && !second.group(1).matches(".*(ss|us|is)")) {
                return new Unit(second.group(1), end + first.end() + second.end());
            }
        }
        return new Unit(one, end + first.end());
    }

    private static BigDecimal scale(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> BigDecimal.valueOf(1_000L);
            case "million", "m", "mn" -> BigDecimal.valueOf(1_000_000L);
            case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000L);
            default -> BigDecimal.valueOf(1_000_000_000_000L);
        };
    }

    private static void add(String s, int start, int end, Kind kind, BigDecimal value, String unit, String hedge,
                            List<Quantity> found, List<int[]> taken) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return;
            }
        }
        taken.add(new int[] {start, end});
        BigDecimal v = value.stripTrailingZeros();
        found.add(new Quantity(start, end, s.substring(start, end), kind, v.scale() < 0 ? v.setScale(0) : v, unit,
                hedge));
    }
}
