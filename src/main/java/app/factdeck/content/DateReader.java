package app.factdeck.content;

import app.factdeck.content.DateMention.Precision;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates a sentence writes and resolves each against the article's published date. Pure: the published date
 * is the only "now" it knows.
 *
 * <p>How the ambiguous cases are decided (news writes mostly about the past):
 * <ul>
 *   <li>"14/01/2024", "13.09.2022": a part above 12 decides which is the day; when both could be, the day comes
 *       first (the international and British order; a dotted date is always day first). "01/02/2024" is 1 February.
 *   <li>"March 27", "in April" (no year): the published year, unless that lands more than {@link #SLACK_DAYS} after
 *       the published date (then the year before) — or, when the sentence speaks of the future ("will", "is due
 *       to", …), more than {@link #SLACK_DAYS} before it (then the year after).
 *   <li>"on Wednesday": the latest Wednesday on or before the published date; with a future verb the first on or
 *       after it; "last Wednesday" strictly before, "next Wednesday" strictly after.
 *   <li>"this week", "last week": no precision a week fits (DAY would claim a day the sentence does not name), so
 *       they are not read.
 *   <li>A bare year ("2021") counts only where it reads as a year: after a preposition or "the", or before
 *       punctuation; "2000 troops" is a count, not a year.
 * </ul>
 * Not dates: "Chandrayaan-3", "COP28", scores ("4-2"), percentages, times ("06:04 pm"), "day 478".
 */
public final class DateReader {

    /** How far an inferred date may lie on the wrong side of the published date before the year moves. */
    static final int SLACK_DAYS = 7;
    /** Longest sentence read: a sentence is a few hundred characters; a paste without full stops is cut here. */
    public static final int MAX_SENTENCE = 2_000;

    private static final String FULL_MONTH = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    /** An abbreviation only before a day number: "Jan. 12", "Oct. 2" ("Jan" alone may be a name). */
    private static final String SHORT_MONTH = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?=\\s?\\d)";
    private static final String MONTH = "(" + FULL_MONTH + "|" + SHORT_MONTH + ")";
    private static final String ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";
    private static final String NOT_DIGIT_AFTER = "(?![\\d:.,]\\d|\\d)";

    private static final Pattern ISO = Pattern.compile("(?<![\\d\\p{L}-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d\\p{L}.:/-])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d./-]?\\d)");
    /** "12 January 2024", "12th of January, 2024", "14 January". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d\\p{L}.:,-])(\\d{1,2})" + ORDINAL_SUFFIX + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    /** "January 12, 2024", "Oct. 2", "March 27th". */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s?(\\d{1,2})" + ORDINAL_SUFFIX + NOT_DIGIT_AFTER + "\\b(?:,?\\s+(\\d{4})\\b)?");
    /** "April 2023", "January of 2024". */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + FULL_MONTH + ")\\s+(?:of\\s+)?(\\d{4})\\b");
    /** "in April", "last June", "mid-March", "since September". */
    private static final Pattern BARE_MONTH = Pattern.compile(
            "(?:\\b((?i:in|since|by|until|till|from|during|before|after|through|last|next|this|early|late|mid-"
                    + "|end of|beginning of|start of|between|and|or|to))\\s*)?\\b(" + FULL_MONTH + ")\\b(?!\\s?\\d)");
    private static final Pattern YEAR = Pattern.compile(
            "(?:\\b((?i:in|since|by|until|till|from|during|before|after|through|of|between|and|to|early|late"
                    + "|mid-|end of|the|for))\\s*)?(?<![\\d\\p{L},.$£€])((?:1[89]|20)\\d\\d)(?![\\d%]|[.,]\\d|\\s?per ?cent"
                    + "|-\\d|\\p{L})");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:\\b((?i:on|last|next|this|by|until|since|from|early|late))\\s+)?\\b(Monday|Tuesday|Wednesday|Thursday|Friday"
                    + "|Saturday|Sunday)\\b(?!,?\\s+(?:the\\s+)?\\d|,?\\s+(?:" + FULL_MONTH + "))");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)\\b(today|yesterday|tomorrow|tonight"
            + "|this (?:morning|afternoon|evening)|last night)\\b");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile("(?i)\\b(?:(earlier|later) )?\\b(this|last|next)"
            + " (month|year)\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|\\d{1,2}) (day|month|year)s? ago\\b");
    /** Words that put the clause in the future: "will meet on Wednesday", "is due to vote in April". */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|shall|won't|'ll|(?:is|are|was|were) (?:due|"
            + "expected|set|scheduled|planned|going) to|plans? to|(?:is|are) to|upcoming|next)\\b");
    /** "The vote is on March 27": a present tense naming a date schedules it. */
    private static final Pattern SCHEDULED = Pattern.compile("(?i)\\b(?:is|are)\\s+(?:held\\s+)?(?:on|for|in)\\s+$");
    /** Plural nouns after a year that still make it a year: "the 2024 elections". */
    private static final Set<String> YEAR_NOUNS = Set.of("elections", "polls", "games", "olympics", "talks",
            "protests", "floods", "results", "finals", "accords", "sanctions", "riots", "wildfires", "championships");
    private static final Pattern PLURAL_AFTER = Pattern.compile("\\s+([a-z]{2,}s)\\b");

    private DateReader() {
    }

    /** Every date in the sentence, in reading order, none overlapping another. */
    public static List<DateMention> in(String sentence, LocalDate published) {
        if (sentence == null || published == null) {
            return List.of();
        }
        String s = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
        List<DateMention> found = new ArrayList<>();
        iso(s, found);
        numeric(s, found);
        dayMonth(s, published, found);
        monthDay(s, published, found);
        monthYear(s, found);
        bareMonth(s, published, found);
        years(s, found);
        relativeDays(s, published, found);
        relativePeriods(s, published, found);
        ago(s, published, found);
        weekdays(s, published, found);
        found.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(found);
    }

    private static void iso(String s, List<DateMention> found) {
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            day(s, m.start(), m.end(), num(m.group(1)), num(m.group(2)), num(m.group(3)), false, found);
        }
    }

    private static void numeric(String s, List<DateMention> found) {
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            int first = num(m.group(1));
            int second = num(m.group(3));
            boolean dayFirst = m.group(2).equals(".") || first > 12 || second <= 12;
            int day = dayFirst ? first : second;
            int month = dayFirst ? second : first;
            day(s, m.start(), m.end(), num(m.group(4)), month, day, false, found);
        }
    }

    private static void dayMonth(String s, LocalDate published, List<DateMention> found) {
        Matcher m = DAY_MONTH.matcher(s);
        while (m.find()) {
            dayWithMonth(s, m.start(), m.end(), m.group(2), num(m.group(1)), m.group(3), published, found);
        }
    }

    private static void monthDay(String s, LocalDate published, List<DateMention> found) {
        Matcher m = MONTH_DAY.matcher(s);
        while (m.find()) {
            dayWithMonth(s, m.start(), m.end(), m.group(1), num(m.group(2)), m.group(3), published, found);
        }
    }

    private static void dayWithMonth(String s, int start, int end, String monthWord, int day, String year,
                                     LocalDate published, List<DateMention> found) {
        int month = month(monthWord);
        if (year != null) {
            day(s, start, end, num(year), month, day, false, found);
            return;
        }
        try {
            LocalDate date = LocalDate.of(published.getYear(), month, day);
            boolean future = future(s, start);
            if (!future && ChronoUnit.DAYS.between(published, date) > SLACK_DAYS) {
                date = date.minusYears(1);
            } else if (future && ChronoUnit.DAYS.between(date, published) > SLACK_DAYS) {
                date = date.plusYears(1);
            }
            add(s, start, end, date.toString(), Precision.DAY, false, found);
        } catch (DateTimeException e) {
            // "February 30" is no date; leave it unread.
        }
    }

    private static void monthYear(String s, List<DateMention> found) {
        Matcher m = MONTH_YEAR.matcher(s);
        while (m.find()) {
            add(s, m.start(), m.end(), YearMonth.of(num(m.group(2)), month(m.group(1))).toString(), Precision.MONTH,
                    false, found);
        }
    }

    private static void bareMonth(String s, LocalDate published, List<DateMention> found) {
        Matcher m = BARE_MONTH.matcher(s);
        while (m.find()) {
            String cue = m.group(1);
            String name = m.group(2);
            // "May" and "March" are also a verb and a name: only after a word that makes them a month.
            if (cue == null && (name.equals("May") || name.equals("March"))) {
                continue;
            }
            YearMonth month = YearMonth.of(published.getYear(), month(name));
            YearMonth now = YearMonth.from(published);
            String c = cue == null ? "" : cue.toLowerCase(Locale.ROOT);
            boolean future = c.equals("next") || future(s, m.start());
            if (c.equals("last") && !month.isBefore(now)) {
                month = month.minusYears(1);
            } else if (future && month.isBefore(now)) {
                month = month.plusYears(1);
            } else if (!future && month.isAfter(now)) {
                month = month.minusYears(1);
            } else if (c.equals("next") && !month.isAfter(now)) {
                month = month.plusYears(1);
            }
            int start = keepsCue(c) ? m.start() : m.start(2);
            add(s, start, m.end(), month.toString(), Precision.MONTH, false, found);
        }
    }

    /** "in April" is written with its preposition, as "on Wednesday" is; "and April" is just "April". */
    private static boolean keepsCue(String cue) {
        return Set.of("in", "last", "next", "this", "early", "late", "mid-", "on").contains(cue);
    }

    private static void years(String s, List<DateMention> found) {
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            String cue = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int after = m.end();
            boolean punctuationAfter = after >= s.length() || ",.;:)”\"'’!?".indexOf(s.charAt(after)) >= 0;
            Matcher plural = PLURAL_AFTER.matcher(s).region(after, s.length());
            boolean countsSomething = plural.lookingAt() && !YEAR_NOUNS.contains(plural.group(1));
            // "Chandrayaan-2023" is a name; "mid-2023" is a year.
            boolean hyphenated = m.start(2) > 0 && s.charAt(m.start(2) - 1) == '-' && !cue.equals("mid-");
            if (countsSomething || hyphenated || (cue.isEmpty() && !punctuationAfter)) {
                continue;
            }
            int start = cue.equals("in") ? m.start() : m.start(2);
            add(s, start, m.end(), m.group(2), Precision.YEAR, false, found);
        }
    }

    private static void relativeDays(String s, LocalDate published, List<DateMention> found) {
        Matcher m = RELATIVE_DAY.matcher(s);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = switch (word) {
                case "yesterday", "last night" -> published.minusDays(1);
                case "tomorrow" -> published.plusDays(1);
                default -> published;
            };
            add(s, m.start(), m.end(), date.toString(), Precision.DAY, true, found);
        }
    }

    private static void relativePeriods(String s, LocalDate published, List<DateMention> found) {
        Matcher m = RELATIVE_PERIOD.matcher(s);
        while (m.find()) {
            int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            boolean month = m.group(3).equalsIgnoreCase("month");
            String iso = month ? YearMonth.from(published).plusMonths(shift).toString()
                    : String.valueOf(published.getYear() + shift);
            add(s, m.start(), m.end(), iso, month ? Precision.MONTH : Precision.YEAR, true, found);
        }
    }

    private static void ago(String s, LocalDate published, List<DateMention> found) {
        Matcher m = AGO.matcher(s);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? num(n) : wordValue(n);
            String iso;
            Precision precision;
            switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "day" -> {
                    iso = published.minusDays(count).toString();
                    precision = Precision.DAY;
                }
                case "month" -> {
                    iso = YearMonth.from(published).minusMonths(count).toString();
                    precision = Precision.MONTH;
                }
                default -> {
                    iso = String.valueOf(published.getYear() - count);
                    precision = Precision.YEAR;
                }
            }
            add(s, m.start(), m.end(), iso, precision, true, found);
        }
    }

    private static int wordValue(String word) {
        return switch (word) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            default -> 10;
        };
    }

    private static void weekdays(String s, LocalDate published, List<DateMention> found) {
        Matcher m = WEEKDAY.matcher(s);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String cue = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = switch (cue) {
                case "last" -> published.with(TemporalAdjusters.previous(day));
                case "next" -> published.with(TemporalAdjusters.next(day));
                default -> future(s, m.start()) ? published.with(TemporalAdjusters.nextOrSame(day))
                        : published.with(TemporalAdjusters.previousOrSame(day));
            };
            int start = Set.of("on", "last", "next", "this").contains(cue) ? m.start() : m.start(2);
            add(s, start, m.end(), date.toString(), Precision.DAY, true, found);
        }
    }

    /** True when the words before {@code at} in its clause speak of the future. */
    private static boolean future(String s, int at) {
        int from = Math.max(0, at - 80);
        String before = s.substring(from, at);
        if (SCHEDULED.matcher(before).find()) {
            return true;
        }
        int clause = Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf(" but "), before.lastIndexOf('—')));
        if (clause >= 0) {
            before = before.substring(clause + 1);
        }
        return FUTURE.matcher(before).find();
    }

    private static void day(String s, int start, int end, int year, int month, int day, boolean relative,
                            List<DateMention> found) {
        try {
            add(s, start, end, LocalDate.of(year, month, day).toString(), Precision.DAY, relative, found);
        } catch (DateTimeException e) {
            // "31.02.2024" names no day; a sentence that writes it is not read as a date.
        }
    }

    /** Adds the mention unless an earlier (stronger) reading already covers part of it. */
    private static void add(String s, int start, int end, String iso, Precision precision, boolean relative,
                            List<DateMention> found) {
        for (DateMention d : found) {
            if (start < d.end() && d.start() < end) {
                return;
            }
        }
        found.add(new DateMention(start, end, s.substring(start, end), iso, precision, relative));
    }

    /** 1–12 for a month's name or its abbreviation ("Oct", "October"). */
    static int month(String word) {
        return switch (word.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
