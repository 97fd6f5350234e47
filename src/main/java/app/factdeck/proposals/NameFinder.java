package app.factdeck.proposals;

import app.factdeck.content.Entity;
import app.factdeck.content.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in a sentence: those the library knows (every article's people, organisations, places and documents, and
 * the country gazetteer's names and aliases), people with a title ({@link TitleLexicon}), and runs of capitalised
 * words typed by cue words ("… Bank" is an organisation, "… Summit" an event, "Bern, Switzerland" a city).
 * A run with no cue is not a name Factdeck proposes: a wrong type makes wrong options.
 */
final class NameFinder {

    /** A name as the sentence writes it, and what it is. */
    record Mention(String words, int start, int end, String type, Entity known, String role, String fullName) {

        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    static final Set<String> ANSWER_TYPES = Set.of("person", "country", "city", "place", "organisation", "document",
            "event", "programme", "newspaper");
    private static final Set<String> ORGANISATION_CUES = Set.of("organisation", "organization", "bank", "court",
            "agency", "agencia", "council", "committee", "commission", "union", "party", "ministry", "department",
            "office", "parliament", "assembly", "senate", "congress", "association", "federation", "group", "company",
            "corporation", "corp", "inc", "ltd", "plc", "fund", "institute", "university", "authority", "board",
            "forces", "army", "navy", "police", "service", "club", "foundation", "alliance", "society", "tribunal",
            "bureau", "centre", "center", "trust", "exchange", "airlines", "team", "coalition", "front", "movement");
    private static final Set<String> EVENT_CUES = Set.of("summit", "conference", "cup", "games", "olympics",
            "championship", "championships", "festival", "forum", "war", "election", "elections", "meeting");
    private static final Set<String> DOCUMENT_CUES = Set.of("treaty", "accord", "agreement", "act", "compact",
            "declaration", "convention", "charter", "protocol", "memorandum", "resolution", "consensus", "plan");
    /** Last words that make a run a place one can be at: "the Lusail Stadium", "Heathrow Airport". */
    static final Set<String> PLACE_CUES = Set.of("stadium", "arena", "airport", "square", "park", "palace", "island",
            "islands", "valley", "bridge", "cathedral", "castle", "harbour", "harbor", "station", "mountains", "desert");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "da", "dos", "do",
            "di");
    /** Capitalised words that open sentences or name months and days, not things. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "as", "and", "but", "it",
            "he", "she", "they", "we", "this", "that", "these", "those", "from", "with", "after", "before", "when",
            "while", "speaking", "responding", "together", "today", "yesterday", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "i", "his", "her",
            "their", "our", "its", "there", "here", "if", "so", "also", "for", "by", "to", "of", "or", "not");
    private static final Pattern CAP_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}\\p{N}]*(?:[-'’ʼ.][\\p{L}\\p{M}\\p{N}]+)*"
            + "|\\d+[\\p{L}][\\p{L}\\p{N}-]*");

    /** A title and "of" opening a run: the run names an office ("President of the European Central Bank"). */
    private static final Pattern OFFICE = Pattern.compile("(?i)(?:" + String.join("|", TitleLexicon.TITLES.stream()
            .map(Pattern::quote).toList()) + ")\\s+of\\s");

    private final Map<String, Entity> byName = new HashMap<>();
    private final int longest;

    NameFinder(Map<String, Entity> entities) {
        int max = 1;
        for (Entity e : entities.values()) {
            if (!ANSWER_TYPES.contains(e.type())) {
                continue;
            }
            for (String n : e.names()) {
                String k = key(n);
                if (!n.isEmpty() && (Character.isUpperCase(n.codePointAt(0)) || n.startsWith("the "))
                        && !k.isEmpty() && n.length() > 1) {
                    byName.putIfAbsent(k, e);
                    max = Math.max(max, k.split(" ").length);
                }
            }
        }
        longest = Math.min(max, 10);
    }

    static boolean hasOrganisationCue(String words) {
        for (String w : words.split("[\\s-]+")) {
            if (ORGANISATION_CUES.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names of one sentence, longest first where they compete, in reading order.
     *
     * @param people full names of people the article names (a surname alone then means that person)
     */
    List<Mention> in(String sentence, List<String> people) {
        List<Mention> out = new ArrayList<>();
        for (TitleLexicon.Titled t : TitleLexicon.in(sentence)) {
            int at = sentence.indexOf(t.person(), t.start());
            Entity known = byName.get(key(t.person()));
            if (known != null && !known.type().equals("person")) {
                continue;
            }
            add(out, new Mention(t.person(), at, at + t.person().length(), "person", known, t.role(), t.person()));
        }
        List<int[]> words = capitalisedWords(sentence);
        // Capitalised runs with a cue word ("Central Bank of Kenya" before "Kenya"), and people named in full.
        for (Run r : runs(sentence, words)) {
            if (people.contains(r.words)) {
                add(out, new Mention(r.words, r.start, r.end, "person", null, null, r.words));
                continue;
            }
            if (OFFICE.matcher(r.words).lookingAt()) {
                continue; // "President of the European Central Bank" is an office, not the bank
            }
            String type = cueType(r.words, sentence, r.end);
            if (type != null) {
                // A cued run the library knows ("North Atlantic Treaty Organization") is that entity, with its
                // other names: a student may answer "NATO".
                Entity known = byName.get(key(r.words));
                add(out, known != null ? new Mention(r.words, r.start, r.end, known.type(), known, null, null)
                        : new Mention(r.words, r.start, r.end, type, null, null, null));
            }
        }
        // Known names: the longest run of words the library names.
        for (int i = 0; i < words.size(); i++) {
            for (int j = Math.min(words.size() - 1, i + longest * 2); j >= i; j--) {
                int s = words.get(i)[0];
                int e = words.get(j)[1];
                String span = sentence.substring(s, e);
                Entity known = byName.get(key(span));
                if (known == null && s >= 4 && sentence.startsWith("the ", s - 4)) {
                    known = byName.get(key("the " + span));
                }
                if (known != null && known.type().equals("country") && !known.name().equals(span)
                        && i > 0 && partOfLongerName(sentence, words.get(i - 1), s)) {
                    break; // "Credit Suisse", "Agencia Brasil": a country's other name inside an unknown name
                }
                if (known != null && Character.isUpperCase(span.codePointAt(0))) {
                    add(out, new Mention(span, s, e, known.type(), known, null, known.type().equals("person")
                            ? known.name() : null));
                    break;
                }
            }
        }
        // Surnames of people the article names in full.
        for (int[] w : words) {
            String word = sentence.substring(w[0], w[1]);
            List<String> full = people.stream().filter(p -> p.endsWith(" " + word)).distinct().toList();
            if (full.size() == 1) {
                add(out, new Mention(word, w[0], w[1], "person", null, null, full.get(0)));
            }
        }
        // A city by its context: "in Vilnius, Lithuania", "the Swiss capital Bern".
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = sentence.substring(w[0], w[1]);
            if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT))) {
                continue;
            }
            boolean capital = sentence.substring(0, w[0]).matches("(?s).*\\bcapital,?\\s+$");
            boolean ofCountry = false;
            if (i + 1 < words.size() && sentence.substring(w[1], words.get(i + 1)[0]).equals(", ")) {
                Entity next = byName.get(key(sentence.substring(words.get(i + 1)[0], words.get(i + 1)[1])));
                ofCountry = next != null && next.type().equals("country");
            }
            if ((capital || ofCountry) && byName.get(key(word)) == null) {
                add(out, new Mention(word, w[0], w[1], "city", null, null, null));
            }
        }
        // "Bolsonaro, a former army captain, won": a role in an appositive after a person's name.
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.type().equals("person") && m.role() == null) {
                String name = m.fullName() != null ? m.fullName() : m.words();
                Optional<String> role = TitleLexicon.appositive(sentence.substring(m.end()));
                if (role.isPresent()) {
                    out.set(i, new Mention(m.words(), m.start(), m.end(), m.type(), m.known(), role.get(), name));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** True when the capitalised word {@code before} stands right before {@code start}, as part of one name. */
    private static boolean partOfLongerName(String sentence, int[] before, int start) {
        String word = sentence.substring(before[0], before[1]);
        return sentence.substring(before[1], start).equals(" ") && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
                && !TitleLexicon.isTitle(word) && !TitleLexicon.nationality(word);
    }

    /**
     * Runs of two to four capitalised words that no cue types and the library does not know ("Jair Bolsonaro",
     * "Kylian Mbappe"): a person when the article later calls them by the last word alone, as news writing does
     * with people and not with organisations or places.
     */
    List<String> untypedRuns(String sentence) {
        List<String> out = new ArrayList<>();
        for (Run r : runs(sentence, capitalisedWords(sentence))) {
            String[] w = r.words.split("\\s+");
            int n = w.length;
            // A person's name: capitalised words and particles only, none a month, a day or a name of its own.
            boolean nameWords = java.util.Arrays.stream(w).allMatch(x -> x.matches(TitleLexicon.NAME_WORD)
                    && !NOT_NAMES.contains(x.toLowerCase(Locale.ROOT)) && byName.get(key(x)) == null
                    || x.matches("da|de|do|dos|di|du|van|von|der|bin|al|el"))
                    && Character.isUpperCase(w[n - 1].charAt(0));
            if (n >= 2 && n <= 4 && nameWords && cueType(r.words, sentence, r.end) == null
                    && byName.get(key(r.words)) == null && !hasOrganisationCue(r.words)
                    && !r.words.matches(".*\\b\\p{Lu}{2,}\\b.*")) {
                out.add(r.words);
            }
        }
        return out;
    }

    /** Full names of people in a sentence: titled ones and known ones. */
    List<String> peopleIn(String sentence) {
        List<String> out = new ArrayList<>();
        for (Mention m : in(sentence, List.of())) {
            if (m.type().equals("person") && m.words().contains(" ")) {
                out.add(m.words());
            }
        }
        return out;
    }

    private record Run(String words, int start, int end) {
    }

    /** Runs of capitalised words, joined by "of", "for", "and", "the" inside a run. */
    private static List<Run> runs(String sentence, List<int[]> words) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j + 1 < words.size()) {
                String gap = sentence.substring(words.get(j)[1], words.get(j + 1)[0]);
                String inner = gap.strip().toLowerCase(Locale.ROOT);
                boolean joined = gap.equals(" ") || (gap.startsWith(" ") && gap.endsWith(" ")
                        && inner.split("\\s+").length <= 2 && java.util.Arrays.stream(inner.split("\\s+"))
                        .allMatch(CONNECTORS::contains) && !inner.contains("and"));
                if (!joined) {
                    break;
                }
                j++;
            }
            int s = words.get(i)[0];
            while (i <= j && NOT_NAMES.contains(sentence.substring(words.get(i)[0], words.get(i)[1])
                    .toLowerCase(Locale.ROOT))) {
                i++;
            }
            if (i <= j) {
                out.add(new Run(sentence.substring(words.get(i)[0], words.get(j)[1]), words.get(i)[0],
                        words.get(j)[1]));
            }
            i = j + 1;
        }
        return out;
    }

    /** What a run of capitalised words is by its last word or what follows; null when nothing says. */
    private static String cueType(String run, String sentence, int end) {
        String[] w = run.split("[\\s]+");
        String last = w[w.length - 1].toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
        if (w.length < 2) {
            return null;
        }
        int of = run.indexOf(" of ");
        if (ORGANISATION_CUES.contains(last) || of > 0 && hasOrganisationCue(run.substring(0, of))) {
            return "organisation";
        }
        if (EVENT_CUES.contains(last)) {
            return "event";
        }
        if (DOCUMENT_CUES.contains(last)) {
            return "document";
        }
        if (PLACE_CUES.contains(last)) {
            return "place";
        }
        return null;
    }

    private static List<int[]> capitalisedWords(String sentence) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CAP_WORD.matcher(sentence);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetterOrDigit(sentence.charAt(m.start() - 1))) {
                continue;
            }
            int end = m.end();
            String w = m.group();
            if (w.endsWith("’s") || w.endsWith("'s")) {
                end -= 2;
            }
            out.add(new int[] {m.start(), end});
        }
        return out;
    }

    private static void add(List<Mention> out, Mention m) {
        if (out.stream().noneMatch(o -> o.overlaps(m.start(), m.end()))) {
            out.add(m);
        }
    }

    private static String key(String name) {
        return Text.normalise(name.replace('’', '\'').replace('ʼ', '\''));
    }
}
