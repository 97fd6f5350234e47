package app.factdeck.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other ways to write a time a sentence writes, so that a student who types "6:04 pm" for the article's
 * "06:04 pm", or "30 September 2022" for its "Friday", is not marked wrong. Pure: the article's published date is the
 * only "now" it knows.
 *
 * <ul>
 *   <li>a clock time: padded and unpadded, "pm" and "p.m.", and the 24-hour clock ("06:04 pm" → "6:04 pm", "18:04");
 *   <li>a day and month ("Oct. 2"): both orders with the month in full, and with the year {@link DateReader} resolves
 *       ("October 2", "2 October", "2 October 2022");
 *   <li>a weekday ("Friday") or a month without its year ("May"): the date {@link DateReader} resolves from the
 *       published date and the verb's tense ("30 September 2022", "May 2023").
 * </ul>
 * A year alone has no other form. Commas are left out of every form: answers are compared after normalising, which
 * drops punctuation, so "September 30 2022" also accepts "September 30, 2022".
 */
public final class TimeForms {

    /** "06:04 pm", "6.04 p.m.", "18:04". */
    public static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d:.])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?:\\s?((?i:a\\.m\\.|p\\.m\\.|am|pm)))?(?![\\d:.]\\d|\\p{L})");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    private TimeForms() {
    }

    /**
     * The other wordings of {@code answer}, a time as {@code sentence} writes it; empty when the answer is no time
     * this class reads. The answer itself is not among them.
     */
    public static List<String> of(String answer, String sentence, LocalDate published) {
        if (answer == null || answer.isBlank()) {
            return List.of();
        }
        String a = answer.strip();
        Set<String> out = new LinkedHashSet<>();
        Matcher clock = CLOCK.matcher(a);
        if (clock.matches()) {
            clock(clock, out);
        } else if (sentence != null && published != null) {
            dated(a, sentence, published, out);
        }
        List<String> forms = new ArrayList<>();
        String self = Text.normalise(a);
        for (String f : out) {
            if (!Text.normalise(f).equals(self) && forms.stream().noneMatch(x -> Text.normalise(x).equals(
                    Text.normalise(f)))) {
                forms.add(f);
            }
        }
        return List.copyOf(forms);
    }

    private static void clock(Matcher m, Set<String> out) {
        int hour = Integer.parseInt(m.group(1));
        String minutes = m.group(2);
        String suffix = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
        int h24;
        if (suffix == null) {
            if (hour < 13 && !m.group(1).startsWith("0") && hour != 0) {
                return; // "6:04" without am or pm: morning or evening, the sentence does not say
            }
            h24 = hour;
        } else {
            if (hour == 0 || hour > 12) {
                return; // "18:04 pm" is no time
            }
            h24 = suffix.equals("pm") ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
        }
        int h12 = h24 % 12 == 0 ? 12 : h24 % 12;
        String half = h24 < 12 ? "am" : "pm";
        String dotted = h24 < 12 ? "a.m." : "p.m.";
        out.add(h12 + ":" + minutes + " " + half);
        out.add(String.format(Locale.ROOT, "%02d:%s %s", h12, minutes, half));
        out.add(h12 + ":" + minutes + " " + dotted);
        out.add(h12 + ":" + minutes + half);
        out.add(String.format(Locale.ROOT, "%02d:%s", h24, minutes));
    }

    private static void dated(String answer, String sentence, LocalDate published, Set<String> out) {
        String want = Text.normalise(answer);
        for (DateMention d : DateReader.in(sentence, published)) {
            String written = Text.normalise(d.written());
            if (!(written.equals(want) || written.endsWith(" " + want))) {
                continue;
            }
            String cue = written.equals(want) ? "" : written.substring(0, written.length() - want.length()).strip();
            boolean weekday = WEEKDAYS.contains(want);
            if (d.precision() == DateMention.Precision.DAY && (!d.relative() || weekday && cue.matches("|on"))) {
                LocalDate day = LocalDate.parse(d.iso());
                if (!weekday) {
                    String month = MONTH_NAME.format(day);
                    out.add(day.getDayOfMonth() + " " + month);
                    out.add(month + " " + day.getDayOfMonth());
                }
                out.add(DAY_FIRST.format(day));
                out.add(MONTH_FIRST.format(day));
            } else if (d.precision() == DateMention.Precision.MONTH && !d.relative()
                    && answer.matches("\\p{Lu}\\p{Ll}+")) {
                YearMonth month = YearMonth.parse(d.iso());
                out.add(MONTH_NAME.format(month) + " " + month.getYear());
            }
            return;
        }
    }
}
