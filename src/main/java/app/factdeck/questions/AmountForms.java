package app.factdeck.questions;

import app.factdeck.content.Hedges;
import app.factdeck.content.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other ways a student who knows the article writes an amount: "13 days" and "thirteen days" for "13" asked
 * as "how many days", "2 percent" and "two per cent" for "2%", "CHF 3 billion" and "3bn Swiss francs" for "3 billion
 * Swiss francs", the equivalent the sentence gives in brackets ("(€3.02 billion)"), "1.5 degrees" for "1.5°C". Pure:
 * only the answer, its statement and its sentence are read.
 *
 * <p>Every form says the same value in the same unit, or the sentence's own bracketed equivalent of it; none drops a
 * currency, a per cent or a degree. Typed answers are compared without symbols ("£40m" reads "40m"), so a form the
 * rest of the article also writes is left out: it could be another figure of the article.
 * The unit noun is the word right after the gap in the statement ("After {answer} days of talks" → "days"), the
 * noun the question asks the number of.
 */
final class AmountForms {

    /** More forms than a student needs only widen what a typo-free comparison lets through. */
    static final int MAX_FORMS = 10;

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");
    private static final Pattern HEDGE = Pattern.compile("(?i)^((?:" + Hedges.WORDS + ")\\s+)");
    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String SCALE = "trillion|billion|million|thousand|tn|bn|mn|m|k";
    private static final Pattern PERCENT = Pattern.compile("(?i)^(" + NUMBER + ")\\s?(?:%|per ?cent)(\\s.*)?$");
    private static final Pattern TEMPERATURE = Pattern.compile("^(-?" + NUMBER + ")\\s?°?\\s?([CF])$");
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?i)^(US\\$|\\$|£|€|¥|₹|CHF|USD|EUR|GBP|JPY|INR)\\s?("
            + NUMBER + ")(?:\\s?(" + SCALE + "))?$");
    private static final Pattern MONEY_AFTER = Pattern.compile("(?i)^(" + NUMBER + ")(?:\\s?(" + SCALE + "))?\\s+("
            + "US dollars?|dollars?|euros?|Swiss francs?|francs?|pounds?|pounds sterling|yen|rupees?)$");
    /** A currency's ways of being written: its symbol (or code when it has none), its code, its names. */
    private record Currency(String symbol, String code, List<String> names) {
    }

    private static final Map<String, Currency> CURRENCIES = Map.of(
            "USD", new Currency("$", "USD", List.of("dollars", "US dollars")),
            "EUR", new Currency("€", "EUR", List.of("euros")),
            "GBP", new Currency("£", "GBP", List.of("pounds")),
            "CHF", new Currency("CHF ", "CHF", List.of("Swiss francs", "francs")),
            "JPY", new Currency("¥", "JPY", List.of("yen")),
            "INR", new Currency("₹", "INR", List.of("rupees")));
    private static final Pattern BRACKETED = Pattern.compile("^\\s*\\(([^()]{2,40})\\)");
    /** The unit noun after a gap: "{answer} days", "{answer} NATO members", "{answer}-day", "{answer} minute". */
    private static final Pattern UNIT = Pattern.compile("^(-|\\s)(\\p{L}[\\p{L}'’]*)(?:\\s(\\p{Ll}+))?");
    private static final Set<String> NOT_UNITS = Set.of("of", "and", "or", "the", "a", "an", "in", "to", "per", "on",
            "at", "for", "with", "from", "by", "as", "is", "are", "was", "were", "has", "have", "had", "will", "would",
            "that", "which", "who", "than", "more", "less", "times", "be", "been", "it", "they", "this", "after",
            "before", "since", "into", "against", "out", "up", "down", "over", "under", "between", "among", "higher",
            "lower", "above", "below", "percent", "cent");
    private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year",
            "decade", "century");
    private static final Pattern ORDINAL = Pattern.compile("(?i).*(?:\\d(?:st|nd|rd|th)|first|second|third|fourth|fifth"
            + "|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$");

    private AmountForms() {
    }

    /**
     * A count's other forms with the noun it counts: for {@code 13} asked in "After {answer} days of talks",
     * "13 days" and "thirteen days"; the bare number and its word are the generator's own forms.
     */
    static List<String> ofCount(int value, String asWritten, String statement, String elsewhere) {
        String unit = unitAfterGap(statement, false);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (unit.isEmpty()) {
            return List.of();
        }
        out.add(asWritten + " " + unit);
        out.add(value + " " + unit);
        if (value >= 0 && value < NUMBER_WORDS.size()) {
            out.add(NUMBER_WORDS.get(value) + " " + unit);
        }
        return capped(out, elsewhere);
    }

    /**
     * A claim's key phrase that is an amount, in its other spellings: the per cent, currency and degree forms, the
     * equivalent the sentence writes in brackets right after it, and each with the unit noun after the gap. Empty
     * for a phrase that is no amount.
     */
    static List<String> ofPhrase(String answer, String sentence, String statement, String elsewhere) {
        LinkedHashSet<String> out = new LinkedHashSet<>(spellings(answer));
        if (sentence != null) {
            int at = sentence.indexOf(answer);
            if (at >= 0) {
                Matcher b = BRACKETED.matcher(sentence.substring(at + answer.length()));
                if (b.lookingAt()) {
                    List<String> equivalent = spellings(b.group(1).strip());
                    if (!equivalent.isEmpty()) {
                        out.add(b.group(1).strip());
                        out.addAll(equivalent);
                    }
                }
            }
        }
        String unit = unitAfterGap(statement, ORDINAL.matcher(answer).matches());
        if (!unit.isEmpty() && (answer.matches(".*\\d.*") || ORDINAL.matcher(answer).matches())) {
            out.add(answer + " " + unit);
        }
        out.remove(answer);
        return capped(out, elsewhere);
    }

    /** The amount's own other spellings (without the answer's bracketed equivalent); empty for no amount. */
    static List<String> spellings(String amount) {
        Matcher h = HEDGE.matcher(amount);
        String hedge = h.find() ? h.group(1) : "";
        String bare = amount.substring(hedge.length()).strip();
        List<String> forms = new ArrayList<>();
        Matcher p = PERCENT.matcher(bare);
        Matcher t = TEMPERATURE.matcher(bare);
        Matcher before = MONEY_BEFORE.matcher(bare);
        Matcher after = MONEY_AFTER.matcher(bare);
        if (p.matches()) {
            String n = p.group(1);
            String rest = p.group(2) == null ? "" : p.group(2);
            forms.add(n + "%" + rest);
            forms.add(n + " percent" + rest);
            forms.add(n + " per cent" + rest);
            if (rest.strip().matches("less|more|lower|higher|fewer|cheaper")) {
                // "{60% less} than …": the share alone is what a student writes (a blind review, G2).
                forms.add(n + "%");
                forms.add(n + " percent");
                forms.add(n + " per cent");
            }
            Integer small = small(n);
            if (small != null) {
                forms.add(NUMBER_WORDS.get(small) + " percent" + rest);
                forms.add(NUMBER_WORDS.get(small) + " per cent" + rest);
            }
        } else if (t.matches()) {
            String n = t.group(1);
            String scale = t.group(2).equals("C") ? "Celsius" : "Fahrenheit";
            forms.add(n + "°" + t.group(2));
            forms.add(n + t.group(2));
            forms.add(n + " degrees");
            forms.add(n + " degrees " + scale);
        } else if (before.matches()) {
            money(code(before.group(1)), before.group(2), before.group(3), forms);
        } else if (after.matches()) {
            money(code(after.group(3)), after.group(1), after.group(2), forms);
        }
        List<String> out = new ArrayList<>();
        for (String f : forms) {
            out.add(hedge + f);
        }
        return out;
    }

    private static void money(String code, String number, String scale, List<String> forms) {
        Currency c = CURRENCIES.get(code);
        if (c == null) {
            return;
        }
        String longScale = scale == null ? "" : switch (scale.toLowerCase(Locale.ROOT)) {
            case "tn", "trillion" -> " trillion";
            case "bn", "billion" -> " billion";
            case "m", "mn", "million" -> " million";
            default -> " thousand";
        };
        String shortScale = switch (longScale) {
            case " trillion" -> "tn";
            case " billion" -> "bn";
            case " million" -> "m";
            default -> "";
        };
        forms.add(c.symbol() + number + longScale);
        if (!shortScale.isEmpty()) {
            forms.add(c.symbol() + number + shortScale);
        }
        forms.add(c.code() + " " + number + longScale);
        for (String name : c.names()) {
            forms.add(number + longScale + " " + name);
            if (!shortScale.isEmpty()) {
                forms.add(number + shortScale + " " + name);
            }
        }
    }

    private static String code(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "$", "us$", "usd", "dollar", "dollars", "us dollar", "us dollars" -> "USD";
            case "€", "eur", "euro", "euros" -> "EUR";
            case "£", "gbp", "pound", "pounds", "pounds sterling" -> "GBP";
            case "chf", "swiss franc", "swiss francs", "franc", "francs" -> "CHF";
            case "¥", "jpy", "yen" -> "JPY";
            case "₹", "inr", "rupee", "rupees" -> "INR";
            default -> "";
        };
    }

    /** The noun right after the gap; for an ordinal a singular one too ("{answer} minute"). */
    static String unitAfterGap(String statement, boolean ordinal) {
        if (statement == null || !statement.contains("{answer}")) {
            return "";
        }
        Matcher m = UNIT.matcher(statement.substring(statement.indexOf("{answer}") + "{answer}".length()));
        if (!m.lookingAt()) {
            return "";
        }
        String first = m.group(2);
        String second = m.group(3);
        String lower = first.toLowerCase(Locale.ROOT);
        if (m.group(1).equals("-")) {
            // "a {answer}-day meeting": the student writes "two days".
            return TIME_UNITS.contains(lower) ? lower + "s" : "";
        }
        if (NOT_UNITS.contains(lower)) {
            return "";
        }
        if (plural(lower) || TIME_UNITS.contains(lower) || ordinal && first.equals(lower)) {
            return first;
        }
        if (second != null && plural(second) && !NOT_UNITS.contains(second)) {
            return first + " " + second; // "28 NATO members", "five new members"
        }
        return "";
    }

    private static boolean plural(String word) {
        return word.matches("\\p{Ll}{2,}s") && !word.matches(".*(?:ss|us|is)");
    }

    private static Integer small(String n) {
        return n.matches("\\d{1,2}") && Integer.parseInt(n) < NUMBER_WORDS.size() ? Integer.valueOf(n) : null;
    }

    /**
     * At most {@link #MAX_FORMS}, and none that the rest of the article writes: typed answers are compared without
     * their symbols, so "£40m" is "40m", and a form that is another figure of the article would mark its student
     * right for the wrong figure.
     */
    private static List<String> capped(LinkedHashSet<String> forms, String elsewhere) {
        return forms.stream().filter(f -> elsewhere == null || !Text.containsPhrase(elsewhere, f)
                && !Text.containsPhrase(elsewhere, f.replaceAll("^\\D+", "")))
                .limit(MAX_FORMS).toList();
    }
}
