package app.factdeck.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a text's language from its function words: in running prose of any topic, a language's commonest
 * short words ("the", "of", "and" …) make up a large share of the tokens, which no other language's list does.
 *
 * <pre>{@code
 * Language.of("The minister said that the talks would go on.");   // "en"
 * }</pre>
 */
final class Language {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Below this many words a share says too little. */
    private static final int MIN_WORDS = 12;
    /** English prose runs at 35–50 % function words; a foreign text scores under 10 % against the English list. */
    private static final double MIN_SHARE = 0.2;
    /** A few thousand words decide it; reading a whole 1 MB page would only cost time. */
    private static final int MAX_WORDS = 5_000;

    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with",
                "he", "it", "as", "at", "by", "his", "be", "from", "are", "have", "has", "had", "not", "but", "this",
                "they", "which", "were", "their", "an", "or", "would", "will", "its", "said", "been", "who"));
        STOP_WORDS.put("de", Set.of("der", "die", "das", "und", "in", "zu", "den", "von", "ist", "mit", "sich", "des",
                "auf", "für", "nicht", "ein", "eine", "dem", "als", "auch", "es", "an", "wird", "aus", "er", "hat",
                "dass", "sie", "nach", "bei", "um", "noch", "wie", "über", "so", "zum", "einen"));
        STOP_WORDS.put("fr", Set.of("le", "la", "les", "de", "des", "et", "en", "un", "une", "du", "est", "que", "qui",
                "dans", "pour", "pas", "sur", "au", "il", "par", "plus", "ne", "se", "ce", "avec", "son", "sa", "elle",
                "ont", "aux", "été", "sont", "mais"));
        STOP_WORDS.put("es", Set.of("el", "la", "de", "que", "y", "en", "los", "las", "del", "se", "un", "una", "por",
                "con", "no", "para", "es", "al", "lo", "como", "más", "su", "sus", "pero", "fue", "ha", "este",
                "esta"));
        STOP_WORDS.put("it", Set.of("il", "di", "che", "e", "la", "le", "un", "una", "per", "non", "in", "del", "della",
                "dei", "è", "con", "si", "gli", "da", "al", "lo", "sono", "ha", "come", "anche", "più", "nel", "alla"));
        STOP_WORDS.put("pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para",
                "com", "não", "no", "na", "por", "dos", "das", "se", "mais", "foi", "ao", "ele", "seu", "sua", "são"));
        STOP_WORDS.put("pl", Set.of("i", "w", "na", "z", "nie", "się", "że", "do", "jest", "to", "o", "jak", "po",
                "ale", "od", "za", "przez", "dla", "jego", "już", "są", "czy", "tak", "także", "był", "była"));
        STOP_WORDS.put("uk", Set.of("і", "в", "у", "на", "що", "з", "не", "до", "та", "як", "за", "це", "від", "про",
                "його", "але", "також", "вже", "який", "яка", "було", "є", "щоб"));
        STOP_WORDS.put("ru", Set.of("и", "в", "на", "что", "с", "не", "по", "как", "это", "из", "за", "от", "о", "но",
                "его", "к", "также", "уже", "который", "была", "было", "для", "он"));
    }

    private Language() {
    }

    /** "en", "de", "fr", "es", "it", "pt", "pl", "uk", "ru", or "" when the text is too short or none fits. */
    static String of(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (words < MAX_WORDS && m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < MIN_WORDS) {
            return "";
        }
        String best = "";
        int bestHits = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return bestHits >= MIN_SHARE * words ? best : "";
    }
}
