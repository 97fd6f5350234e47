package app.factdeck.accounts;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * People in the order a reader looks for them: by display name, then username, alphabetically as a dictionary
 * sorts ("adam", "Ávila", "Émile", "Zoë"), not by character code, which put every capital before every
 * lowercase letter and accented names last. Sorted in Java, since SQLite's and PostgreSQL's collations differ.
 */
final class NameOrder {

    private NameOrder() {
    }

    /** A new comparator each time: a Collator is cheap to get and not meant to be shared between threads. */
    static Comparator<Account> byName() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        // Letters first, then accents, as dictionaries do; names that differ only in case ("Nina Novak", "nina
        // novak") go by username, so the first account made comes first. "é" typed as e + combining accent is "é".
        collator.setStrength(Collator.SECONDARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return Comparator.comparing(Account::displayName, collator)
                .thenComparing(Account::username, collator)
                .thenComparingLong(Account::id);
    }
}
