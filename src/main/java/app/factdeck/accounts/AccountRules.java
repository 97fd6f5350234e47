package app.factdeck.accounts;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a username, display name and password must be. Password rule: at least 10 characters (a passphrase of
 * a few words is the easy way there), at most 200, and not the username. A display name is NFC-normalised text of
 * 1 to {@value #MAX_DISPLAY_NAME} characters (code points, as PostgreSQL's VARCHAR counts them) on one line,
 * without control characters or text-direction overrides, and with something visible in it.
 */
public final class AccountRules {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;
    static final int MAX_DISPLAY_NAME = 80;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");

    private AccountRules() {
    }

    /** Field name to message; empty when all is well. */
    public static Map<String, String> validateSignup(String username, String displayName, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        username(username).ifPresent(m -> errors.put("username", m));
        displayName(displayName).ifPresent(m -> errors.put("displayName", m));
        password(password, username).ifPresent(m -> errors.put("password", m));
        return errors;
    }

    /** The form a display name is stored in: NFC, without surrounding white space. */
    static String cleanDisplayName(String displayName) {
        return Normalizer.normalize(displayName == null ? "" : displayName, Normalizer.Form.NFC).strip();
    }

    /** What is wrong with a display name (before {@link #cleanDisplayName}), if anything. */
    static Optional<String> displayName(String displayName) {
        return oneLineName(displayName, "Enter the name others will see, e.g. Ana Lind.");
    }

    /**
     * What is wrong with a name people see on pages (a person's, a class's), if anything: the display-name rules,
     * with {@code whenEmpty} as the hint for an empty one.
     */
    static Optional<String> oneLineName(String value, String whenEmpty) {
        String name = cleanDisplayName(value);
        if (name.isEmpty()) {
            return Optional.of(whenEmpty);
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_DISPLAY_NAME) {
            return Optional.of("Keep the name to " + MAX_DISPLAY_NAME + " characters (it has " + length + ").");
        }
        if (name.codePoints().anyMatch(AccountRules::isControl)) {
            return Optional.of("A name must be on one line, without tabs, line breaks or other control characters. "
                    + "Type it again by hand.");
        }
        if (name.codePoints().anyMatch(AccountRules::isDirectionOverride)) {
            return Optional.of("A name must not contain text-direction override characters (U+202A to U+202E, "
                    + "U+2066 to U+2069). Type it again by hand.");
        }
        if (name.codePoints().allMatch(AccountRules::isInvisible)) {
            return Optional.of("A name needs at least one visible letter, digit or sign; this one is only spaces or "
                    + "invisible characters.");
        }
        return Optional.empty();
    }

    /** C0 (NUL, TAB, CR, LF, ...), DEL and C1. */
    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    /** Embeddings, overrides and isolates, which reorder the text around a name (a "Trojan Source" trick). */
    private static boolean isDirectionOverride(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Spaces, format characters (zero-width joiners, marks) and the fillers that render as nothing. */
    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x034F;
    }

    public static java.util.Optional<String> username(String username) {
        if (username == null || username.isBlank()) {
            return java.util.Optional.of("Choose a username: 3 to 40 letters, digits, dots, dashes or underscores.");
        }
        if (username.strip().length() > 40) {
            return java.util.Optional.of("A username has at most 40 characters (this one has "
                    + username.strip().length() + ").");
        }
        if (!USERNAME.matcher(username.strip()).matches()) {
            return java.util.Optional.of("Use 3 to 40 letters, digits, dots, dashes or underscores, starting with a "
                    + "letter or digit.");
        }
        return java.util.Optional.empty();
    }

    static java.util.Optional<String> password(String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return java.util.Optional.of("Use at least " + MIN_PASSWORD + " characters. A few unrelated words, like "
                    + "'orange piano window', are easy to remember and hard to guess.");
        }
        if (password.length() > MAX_PASSWORD) {
            return java.util.Optional.of("Use at most " + MAX_PASSWORD + " characters.");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return java.util.Optional.of("The password must not be your username.");
        }
        return java.util.Optional.empty();
    }
}
