package app.factdeck.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a username, display name and password must be. Password rule: at least 10 characters (a passphrase of
 * a few words is the easy way there), at most 200, and not the username.
 */
final class AccountRules {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");

    private AccountRules() {
    }

    /** Field name to message; empty when all is well. */
    static Map<String, String> validateSignup(String username, String displayName, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        username(username).ifPresent(m -> errors.put("username", m));
        if (displayName == null || displayName.isBlank()) {
            errors.put("displayName", "Enter the name others will see, e.g. Ana Lind.");
        } else if (displayName.strip().length() > 80) {
            errors.put("displayName", "Keep the display name to 80 characters (it has " + displayName.strip().length()
                    + ").");
        }
        password(password, username).ifPresent(m -> errors.put("password", m));
        return errors;
    }

    static java.util.Optional<String> username(String username) {
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
