package app.factdeck.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparing words the way a reader would: case, diacritics, curly quotes, punctuation and spacing do not
 * matter. Used to check that an answer is stated in its source sentence and to match typed answers.
 *
 * <pre>{@code
 * Text.normalise("Zelenskyy’s  Office") // "zelenskyy s office"
 * Text.containsPhrase("On October 3, Lithuania called", "lithuania") // true
 * }</pre>
 */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}+]+");

    private Text() {
    }

    /** Lower case, no diacritics, every run of punctuation or space as one space, trimmed. */
    public static String normalise(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** True when {@code phrase} occurs in {@code text} as whole words, after normalising both. */
    public static boolean containsPhrase(String text, String phrase) {
        String p = normalise(phrase);
        return !p.isEmpty() && (" " + normalise(text) + " ").contains(" " + p + " ");
    }
}
