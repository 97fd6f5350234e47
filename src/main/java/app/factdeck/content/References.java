package app.factdeck.content;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words in a stem that point outside it ("he", "this path", "the diplomat", "next year"): a question
 * must make sense without the article (gate G7), so such a stem is resolved or the item dropped.
 */
public final class References {

    /** A pronoun counts as resolved when a named entity stands before it in the same text. */
    /** "His Highness", "Her Majesty": a form of address, which points at nobody outside the sentence. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|it|they|him|her|his|its|their|them)\\b"
            + "(?!\\s+(?:Royal\\s+)?(?:Highness|Majesty|Excellency|Holiness|Eminence|Grace|Honou?r)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** These point outside the text whatever precedes them. */
    private static final Pattern DEICTIC = Pattern.compile("\\b(this|these|those|such|today|yesterday|tomorrow"
            + "|next year|last year|this year|according to the article|since then"
            // "the diplomat", "the spokesman": a role noun that never says whose.
            + "|the (?:[\\p{Ll}-]+ )?(?:diplomat|official|spokesman|spokeswoman|spokesperson)"
            // "the former NATO chief", "the former secretary general": a former office with no name beside it.
            + "|the former (?:(?-i:\\p{Lu})[\\p{L}-]* )*(?:chief|head|leader|secretary[ -]general|president|minister"
            + "|chairman|chairwoman|director)(?!\\s+(?:of\\b|(?-i:\\p{Lu}))))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * How a sentence that leans on the one before it opens: a connective ("For example", "Moreover"), a
     * pronoun or demonstrative ("It", "These"), or "the" with a noun that names something said earlier ("The
     * decision to submit the application").
     */
    private static final Pattern OPENING = Pattern.compile("^[\"“‘]?(?:(?:for example|for instance|moreover|however"
            + "|also|in addition|additionally|furthermore|besides|meanwhile|therefore|thus|hence|and|but|so|then"
            + "|still|instead|likewise|similarly|in this context|at the same time|in turn|as a result)\\b"
            + "|(?:it|its|they|their|them|he|his|she|her|this|these|those|that|such)\\b"
            + "(?!\\s+(?:Royal\\s+)?(?:Highness|Majesty|Excellency|Holiness|Eminence)\\b)"
            + "|the (?:decision|application|move|step|steps|statement|document|proposal|plan|request|meeting|call"
            + "|country|countries|official|officials|minister|diplomat|leader|politician|former|latter|same|other"
            + "|group|firm|company|body|resolution|agreement|deal|idea|announcement|report|article|letter)\\b)",
            Pattern.CASE_INSENSITIVE);

    private References() {
    }

    /** The first unresolved reference outside quotation marks, if any. */
    public static Optional<String> unresolved(String text, Collection<Entity> entities) {
        return unresolvedAmong(text, antecedents(entities));
    }

    /**
     * The names a pronoun may point back to, normalised and padded with spaces: worked out once per library, not
     * per text (the gazetteer's countries make them many).
     */
    public static List<String> antecedents(Collection<Entity> entities) {
        return entities.stream().filter(e -> !e.type().equals("role") && !e.type().equals("measure"))
                .flatMap(e -> e.names().stream()).filter(n -> n.length() > 2)
                .map(n -> " " + Text.normalise(n) + " ").distinct().toList();
    }

    /** As {@link #unresolved(String, Collection)}, with the names from {@link #antecedents}. */
    public static Optional<String> unresolvedAmong(String text, List<String> antecedents) {
        String outside = outsideQuotes(text);
        Matcher d = DEICTIC.matcher(outside);
        if (d.find()) {
            return Optional.of(d.group());
        }
        Matcher p = PRONOUN.matcher(outside);
        while (p.find()) {
            String before = " " + Text.normalise(outside.substring(0, p.start())) + " ";
            if (POSSESSIVE.contains(p.group().toLowerCase(Locale.ROOT))
                    && (ownsBefore(before) || ownedAfterOpening(outside, p.start(), antecedents))) {
                continue;
            }
            if (antecedents.stream().noneMatch(before::contains)) {
                return Optional.of(p.group().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static final Set<String> POSSESSIVE = Set.of("his", "her", "its", "their");
    /** Words that name nobody a possessive could belong to. */
    private static final Set<String> NO_OWNER = Set.of("with", "after", "before", "in", "on", "at",
            "for", "by", "to", "from", "as", "of", "and", "but", "or", "the", "a", "an", "while", "when", "since",
            "during", "despite", "under", "over", "then", "also", "he", "she", "it", "they", "we", "him", "them", "his",
            "her", "its", "their", "this", "that", "these", "those", "is", "was", "were", "are", "has", "had", "have");

    /**
     * True when a noun of the text stands before a possessive: "156 million voters were eligible to cast their
     * ballots" says whose ballots in the text itself; "With his treble, …" and "Their second goal …" do not.
     */
    private static boolean ownsBefore(String before) {
        for (String w : before.trim().split(" ")) {
            if (!w.isEmpty() && w.chars().allMatch(Character::isLetter) && w.length() > 2 && !NO_OWNER.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a possessive in a sentence's opening phrase whose owner is the name the main clause opens with:
     * "With his treble, Mbappe won the Golden Boot" — English names the owner right after the comma.
     */
    private static boolean ownedAfterOpening(String text, int at, List<String> antecedents) {
        int comma = text.indexOf(',', at);
        if (comma < 0 || text.lastIndexOf(',', at) >= 0) {
            return false;
        }
        String after = " " + Text.normalise(text.substring(comma + 1)) + " ";
        return antecedents.stream().anyMatch(after::startsWith);
    }

    /** The back-reference a sentence opens with ("For example", "The decision"), if any. */
    public static Optional<String> openingBackReference(String text) {
        Matcher m = OPENING.matcher(text.strip());
        return m.find() ? Optional.of(m.group().replaceAll("^[\"“‘]", "")) : Optional.empty();
    }

    /** The text with every quoted passage blanked; straight and curly quotes both toggle. */
    public static String outsideQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inside = false;
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '“' || c == '”') {
                inside = !inside;
                out.append(' ');
            } else {
                out.append(inside ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** True when position {@code index} of {@code text} lies inside quotation marks. */
    public static boolean insideQuotes(String text, int index) {
        return outsideQuotes(text).charAt(index) == ' ' && text.charAt(index) != ' ';
    }

}
