package app.factdeck.db;

/** A database problem, with a message meant for the admin reading the log or the terminal. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
