package app.factdeck.accounts;

/** A signed-up person. {@code mustChangePassword} is set for accounts a teacher created with a one-time password. */
public record Account(long id, String username, String displayName, Role role, boolean mustChangePassword) {
}
