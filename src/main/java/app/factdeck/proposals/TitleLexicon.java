package app.factdeck.proposals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles and roles written next to a person's name, in the three ways English news writes them:
 * <ul>
 *   <li>before the name: "Foreign Minister Dmytro Kuleba", "Prime Minister of Japan Fumio Kishida", "Ukrainian
 *       President Volodymyr Zelensky", "ISRO chief S Somanath" (an organisation's name or a nationality may stand
 *       before a title);</li>
 *   <li>after it, between commas: "Andrii Yermak, head of the President’s Office", "Christine Lagarde, President
 *       of the European Central Bank said";</li>
 *   <li>a possessive, then the title, then the name: "Switzerland’s finance minister, Karin Keller-Sutter".</li>
 * </ul>
 * Only general words are listed (offices, ranks, jobs); which organisation or country is read from the sentence.
 * A title with "former", "ex-", "late" or "then" before it is not proposed: it is not the person's role now.
 */
final class TitleLexicon {

    /** Titles, longest first so "Prime Minister" wins over "Minister"; matched case-insensitively. */
    static final List<String> TITLES = sortedLongestFirst(List.of(
            "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister",
            "First Deputy Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister",
            "Finance Minister", "Interior Minister", "Economy Minister", "Health Minister", "Education Minister",
            "Energy Minister", "Justice Minister", "Minister", "Deputy Minister", "Chancellor", "Secretary General",
            "Secretary-General", "Secretary of State", "Defence Secretary", "Defense Secretary", "Foreign Secretary",
            "Home Secretary", "Speaker", "King", "Queen", "Crown Prince", "Emir", "Governor",
            "Mayor", "Senator", "Congressman", "Congresswoman", "General", "Admiral", "Commander", "Chairman",
            "Chairwoman", "Chairperson", "Chair", "Chief Executive", "Chief Executive Officer", "CEO", "Chief",
            "Director", "Director General", "Director-General", "Head", "Ambassador", "Envoy", "Commissioner",
            "Coach", "Manager", "Captain", "Judge", "Chief Justice", "Spokesman", "Spokeswoman", "Spokesperson",
            "Leader", "Founder", "Editor", "Astronaut", "Pope", "Archbishop", "Bishop", "Ruler", "goalkeeper",
            "striker", "forward", "midfielder", "defender", "substitute", "skipper", "winger", "manager",
            "head coach", "coach"));
    /** Job words that name a role without an owner ("by coach Didier Deschamps"), after a preposition only. */
    private static final Pattern BARE_JOB = Pattern.compile("(?:by|with|from|for|and|to|of)\\s+(coach|head coach|manager"
            + "|goalkeeper|captain|striker|substitute|skipper)\\s*$");
    /** Honorifics before a name: not part of the role, not part of the name's first words. */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:His|Her) (?:Highness|Majesty|Excellency|Royal Highness)"
            + "\\s+");

    private static final String TITLE = "(?:" + String.join("|", TITLES.stream().map(t -> t.replace(" ", "\\s+")
            .replace("-", "\\-")).toList()) + ")";
    /** A capitalised word of a name: "Keller-Sutter", "O’Brien", an initial "S" or "J.". */
    static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’ʼ]\\p{Lu}?[\\p{L}\\p{M}]+)*\\.?)";
    private static final String PARTICLE = "(?:da|de|do|dos|das|di|du|van|von|der|den|bin|ibn|al|el|le|la)";
    /** A person's name: two to four capitalised words, with particles ("Luiz Inácio Lula da Silva"). */
    static final String NAME = "(?:(?:His|Her)\\s+(?:Highness|Majesty|Excellency)\\s+)?" + NAME_WORD + "(?:\\s+(?:"
            + PARTICLE + "\\s+)?" + NAME_WORD + "){1,5}";
    /** What "of" names after a title: "of Japan", "of the European Central Bank", "of the President’s Office". */
    private static final String OF_WHAT = "of\\s+(?:the\\s+)?" + NAME_WORD + "(?:['’]s)?(?:\\s+(?:of\\s+(?:the\\s+)?)?"
            + NAME_WORD + "(?:['’]s)?){0,5}";
    /** An organisation's name or a nationality before a title: "ISRO chief", "UBS chairman", "Ukrainian". */
    private static final String OWNER_WORD = "(?!(?i:" + TITLE + ")\\b)(?!(?:The|A|An|This|That|These|His|Her|Its|Their|Our"
            + "|As|At|In|On|With|From|By|For|And|But|Together|When|While|After|Before)\\b)\\p{Lu}[\\p{L}\\p{M}&-]*";
    private static final String OWNER = "(?:" + OWNER_WORD + "(?:\\s+" + OWNER_WORD + "){0,2})";

    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}’'])(?:(" + OWNER + "(?:['’]s)?)\\s+)?(?i:(" + TITLE
            + "))(?:\\s+(" + OF_WHAT + "))?\\s+(" + NAME + ")");
    private static final Pattern AFTER = Pattern.compile("(?<![\\p{L}])(" + NAME + "),\\s+(?:the\\s+)?((?i:" + TITLE + ")(?:\\s+"
            + OF_WHAT + ")?(?:\\s+and\\s+(?i:" + TITLE + ")(?:\\s+" + OF_WHAT + ")?){0,2})(?=\\s*(?:,|\\.|;|\\s+(?:said|says|told|added|stated|warned|announced|wrote)\\b))");
    private static final Pattern POSSESSIVE = Pattern.compile("(" + OWNER + "['’]s\\s+(?:(?:former|new|top|chief)\\s+)?"
            + "(?i:" + TITLE + ")),\\s+(" + NAME + ")");
    private static final Pattern NOT_NOW = Pattern.compile("(?i)\\b(former|ex|late|then|outgoing|acting|interim)\\W*$");

    /** "…, a former union leader," after a name: an appositive role; "former" stays part of the role's words. */
    private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+(?:a|an)\\s+((?:former\\s+)?(?:[\\p{Ll}-]+\\s+)"
            + "{0,2}(?i:" + TITLE + "))(?=,)");

    /**
     * A person with a role as the sentence writes both.
     *
     * @param start offset of the first character of the whole mention (title included)
     * @param end   offset after its last character
     */
    record Titled(String person, String role, int start, int end) {
    }

    private TitleLexicon() {
    }

    /** The titled people of a sentence, in reading order, none overlapping. */
    static List<Titled> in(String sentence) {
        List<Titled> found = new ArrayList<>();
        Matcher b = BEFORE.matcher(sentence);
        while (b.find()) {
            String owner = b.group(1);
            String title = b.group(2);
            String of = b.group(3);
            String name = b.group(4);
            int start = owner != null ? b.start(1) : b.start(2);
            // "Ukraine’s President Volodymyr Zelenskyy": a possessive says whose title it is.
            boolean ownerFits = owner != null && (Character.isLowerCase(title.charAt(0)) || nationality(owner)
                    || owner.matches("\\p{Lu}{2,6}") || owner.matches(".*\\S['’]s"));
            if (owner != null && !ownerFits) {
                start = b.start(2);
                owner = null;
            }
            if (!Character.isUpperCase(title.charAt(0)) && owner == null
                    && !BARE_JOB.matcher(sentence.substring(0, b.end(2))).find()) {
                continue; // "the chief Narendra …" without whose chief: too vague to be a role
            }
            if (of != null) {
                // "Speaker of the Parliament Ruslan Stefanchuk": the name is the last two words of the run.
                String[] split = splitOwnerAndName(of + " " + name);
                if (split == null) {
                    continue;
                }
                of = split[0];
                name = split[1];
            }
            if (NOT_NOW.matcher(sentence.substring(0, start)).find() || name.contains("’s") || name.contains("'s")
                    || NOT_NOW.matcher(sentence.substring(0, b.start(2))).find()
                    || sentence.substring(0, b.start(2)).matches("(?is).*\\b(former|ex|late)\\s+\\S+\\s+$")
                    || NameFinder.hasOrganisationCue(name)) {
                continue;
            }
            name = HONORIFIC.matcher(name).replaceFirst("");
            String role = (owner != null ? owner + " " : "") + title + (of != null ? " " + of : "");
            int nameStart = sentence.indexOf(name, b.start(2));
            add(found, new Titled(trimmed(name), role, start, nameStart + trimmed(name).length()));
        }
        Matcher a = AFTER.matcher(sentence);
        while (a.find()) {
            if (!NOT_NOW.matcher(sentence.substring(a.end(1), a.start(2))).find()
                    && !NameFinder.hasOrganisationCue(a.group(1)) && !a.group(1).matches(".*['’]s\\b.*")
                    && java.util.Arrays.stream(a.group(1).split("\\s+")).noneMatch(TitleLexicon::isTitle)) {
                String name = HONORIFIC.matcher(trimmed(a.group(1))).replaceFirst("");
                add(found, new Titled(name, a.group(2), a.start(1), a.end(2)));
            }
        }
        Matcher p = POSSESSIVE.matcher(sentence);
        while (p.find()) {
            if (!p.group(1).matches("(?i).*\\b(former|ex|late|then)\\b.*") && !NameFinder.hasOrganisationCue(p.group(2))) {
                add(found, new Titled(trimmed(p.group(2)), p.group(1), p.start(1), p.end(2)));
            }
        }
        found.sort(Comparator.comparingInt(Titled::start));
        return found;
    }

    /**
     * The role an appositive gives the name that ends just before {@code after}: ", a former army captain," →
     * "former army captain". Empty when the words after the name are no appositive role.
     */
    static java.util.Optional<String> appositive(String after) {
        Matcher m = APPOSITIVE.matcher(after);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** "Japan Fumio Kishida" → ["of Japan", "Fumio Kishida"]; null when no name is left. */
    private static String[] splitOwnerAndName(String run) {
        String[] words = run.split("\\s+");
        int nameWords = 2;
        if (words.length - nameWords < 2) {
            return null;
        }
        String owner = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - nameWords));
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - nameWords, words.length));
        if (owner.endsWith(" of") || owner.endsWith(" the") || !name.matches(NAME)) {
            return null;
        }
        return new String[] {owner, name};
    }

    private static void add(List<Titled> found, Titled t) {
        if (found.stream().noneMatch(f -> f.start() < t.end() && t.start() < f.end())) {
            found.add(t);
        }
    }

    private static String trimmed(String name) {
        return name.endsWith(".") && !name.matches(".*\\b\\p{Lu}\\.$") ? name.substring(0, name.length() - 1) : name;
    }

    /** "Ukrainian", "French", "Brazilian": a nationality before a capitalised title. */
    static boolean nationality(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !w.contains(" ") && (w.endsWith("ian") || w.endsWith("ish") || w.endsWith("ese") || w.endsWith("ean")
                || w.endsWith("an") || w.endsWith("ch") || w.endsWith("i") || w.equals("greek") || w.equals("thai"));
    }

    /**
     * Words for what someone was for a moment of the event, not a role they hold: "the Argentinian substitute" scored,
     * a "newcomer" played. Blind reviews failed every question asking who the article calls so (G9).
     */
    private static final java.util.Set<String> MOMENTARY = java.util.Set.of("substitute", "replacement", "debutant",
            "newcomer", "late arrival");

    /** True when the role's last word says only what someone was for a moment ("Argentinian substitute"). */
    static boolean momentary(String role) {
        String w = role.trim().toLowerCase(Locale.ROOT);
        return MOMENTARY.stream().anyMatch(m -> w.equals(m) || w.endsWith(" " + m));
    }

    /** True when the word opens a title of the lexicon ("Minister", "chief"). */
    static boolean isTitle(String word) {
        return TITLES.stream().anyMatch(t -> t.equalsIgnoreCase(word));
    }

    private static List<String> sortedLongestFirst(List<String> titles) {
        List<String> out = new ArrayList<>(titles);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
