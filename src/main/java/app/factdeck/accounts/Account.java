package app.factdeck.accounts;

/**
 * A signed-up person. {@code mustChangePassword} is set for accounts a teacher created (or reset) with a one-time
 * password; a {@code disabled} account cannot sign in.
 */
public record Account(long id, String username, String displayName, Role role, boolean mustChangePassword,
                      boolean disabled) {
}
