/**
 * SQLite access: {@link app.factdeck.db.Database} sets the pragmas, runs the Flyway migrations in
 * {@code db/migration} and serialises writes. Every feature's repository goes through it.
 */
package app.factdeck.db;
