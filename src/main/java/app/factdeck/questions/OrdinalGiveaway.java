package app.factdeck.questions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * G6: an ordinal key is given away by a name that carries its number ("the third lunar mission, Chandrayaan-3",
 * "their fifth Tour de France, Tour-5"): the gap, the wrong value of a false statement and the options all meet the
 * digit in the name. A question on an ordinal whose stem holds such a name is not shown.
 *
 * <pre>{@code
 * OrdinalGiveaway.in("Fill in the gap: The agency's _____ mission, Voyager-2, …", List.of(List.of("second")))
 *     // Optional["Voyager-2"]
 * }</pre>
 */
final class OrdinalGiveaway {

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20));
    private static final Pattern NUMERIC_ORDINAL = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)");
    /** Months and weekdays before a number are dates, not names: "on June 3" gives nothing away. */
    private static final Pattern DATE_WORD = Pattern.compile("(?i)January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday|No|Number|Nr|page|p|pp|minute|day|week|year|round|stage");

    private OrdinalGiveaway() {
    }

    /** The name in the stem that carries the ordinal key's number, if any of the key's forms is an ordinal. */
    static Optional<String> in(String stem, List<List<String>> answerForms) {
        for (List<String> forms : answerForms) {
            for (String form : forms) {
                Optional<Integer> n = ordinal(form);
                if (n.isPresent()) {
                    Optional<String> name = nameWith(stem, n.get());
                    if (name.isPresent()) {
                        return name;
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> ordinal(String form) {
        String f = form.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        if (ORDINALS.containsKey(f)) {
            return Optional.of(ORDINALS.get(f));
        }
        Matcher m = NUMERIC_ORDINAL.matcher(f);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** "Chandrayaan-3", "Apollo 13", "Artemis III" is left alone: a capitalised word joined to the number. */
    private static Optional<String> nameWith(String stem, int n) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}]*)([- ]?)" + n + "(?![\\p{N}]|[.,:]\\d)")
                .matcher(stem);
        while (m.find()) {
            if (m.group(2).equals(" ") && DATE_WORD.matcher(m.group(1)).matches()) {
                continue;
            }
            return Optional.of(m.group());
        }
        return Optional.empty();
    }
}
