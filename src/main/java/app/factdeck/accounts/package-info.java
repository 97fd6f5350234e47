/**
 * Accounts, sessions, roles and classes. Entry point: {@link app.factdeck.accounts.AccountsModule}.
 * Passwords are Argon2id ({@link app.factdeck.accounts.PasswordHasher}); sessions live in SQLite
 * ({@link app.factdeck.accounts.SessionStore}); every state-changing request is CSRF-checked
 * ({@link app.factdeck.accounts.WebSessions}).
 */
package app.factdeck.accounts;
