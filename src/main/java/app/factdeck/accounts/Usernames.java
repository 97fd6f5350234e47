package app.factdeck.accounts;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Usernames made from students' names: Latin letters with their accents dropped, Cyrillic and Greek spelled
 * in Latin letters (a small table, not ICU's 14 MB), anything else left out; a name with nothing left becomes
 * {@value #FALLBACK} ("Bo" becomes {@code student.bo}). The repository numbers a base that is taken
 * ({@code ana.lind2}).
 *
 * <pre>{@code
 * Usernames.baseFor("Ana-María López"); // "ana.maria.lopez"
 * Usernames.baseFor("Анна Каренина");   // "anna.karenina"
 * }</pre>
 */
final class Usernames {

    static final String FALLBACK = "student";
    /** Room for a number of up to four digits after the base within the 40-character limit. */
    static final int MAX_BASE = 36;

    private static final Map<Integer, String> LATIN = new HashMap<>();

    static {
        // Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian letters, lower case, roughly as
        // passports spell them.
        String[] cyrillic = {
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z", "и", "i",
            "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t",
            "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "",
            "э", "e", "ю", "yu", "я", "ya", "і", "i", "ї", "yi", "є", "ye", "ґ", "g", "ў", "u", "ђ", "dj", "ј", "j",
            "љ", "lj", "њ", "nj", "ћ", "c", "џ", "dz", "ѓ", "gj", "ќ", "kj", "ѕ", "dz",
        };
        String[] greek = {
            "α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i", "κ", "k",
            "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s", "ς", "s", "τ", "t",
            "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o",
        };
        // Latin letters that have no decomposition into a base letter and an accent.
        String[] latin = {"ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d", "ð", "d", "ł", "l", "þ", "th", "ı", "i",
            "ħ", "h", "ŋ", "n", "ŧ", "t"};
        for (String[] table : new String[][] {cyrillic, greek, latin}) {
            for (int i = 0; i < table.length; i += 2) {
                LATIN.put(table[i].codePointAt(0), table[i + 1]);
            }
        }
    }

    private Usernames() {
    }

    /** The username a name suggests before numbering: lower-case letters and digits joined by dots. */
    static String baseFor(String displayName) {
        StringBuilder latin = new StringBuilder();
        String lower = Normalizer.normalize(displayName, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("ου", "ou").replace("ού", "ou"); // the one Greek digraph everyone spells the same
        lower.codePoints().forEach(c -> {
            String mapped = LATIN.get(c);
            if (mapped != null) {
                latin.append(mapped); // й, ї, ё as letters of their own, before decomposing would make them и, і, е
                return;
            }
            // Otherwise drop the accents: é is e + acute, ά is α + acute.
            String bare = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}+", "");
            bare.codePoints().forEach(b -> {
                String m = LATIN.get(b);
                if (m != null) {
                    latin.append(m);
                } else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
                    latin.appendCodePoint(b);
                } else {
                    latin.append('.');
                }
            });
        });
        String plain = latin.toString().replaceAll("\\.+", ".").replaceAll("^\\.|\\.$", "");
        if (plain.length() < 3) {
            return plain.isEmpty() ? FALLBACK : FALLBACK + "." + plain;
        }
        return plain.length() > MAX_BASE ? plain.substring(0, MAX_BASE).replaceAll("\\.$", "") : plain;
    }

    /** The {@code n}-th candidate for {@code base}: the base itself, then base2, base3, ... */
    static String candidate(String base, int n) {
        return n == 1 ? base : base + n;
    }
}
