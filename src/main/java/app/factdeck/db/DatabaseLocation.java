package app.factdeck.db;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Factdeck keeps its data: the embedded SQLite file (the default, one instance) or a PostgreSQL database
 * that several identical instances share.
 */
public sealed interface DatabaseLocation {

    /** Which engine holds the data; {@code /health} reports it. */
    enum Engine {
        SQLITE("sqlite"), POSTGRESQL("postgresql");

        private final String label;

        Engine(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    Engine engine();

    /** For logs and the console: the file, or the URL (which never holds the password: that is given apart). */
    String describe();

    /**
     * Whether there is a database to open without making one: a SQLite file is made on first open; a PostgreSQL
     * database is made by its admin before Factdeck starts (only its tables are Factdeck's to make).
     */
    boolean exists();

    /** The SQLite file (created and migrated on first open). */
    record SqliteFile(Path file) implements DatabaseLocation {
        @Override
        public Engine engine() {
            return Engine.SQLITE;
        }

        @Override
        public String describe() {
            return file.toAbsolutePath().toString();
        }

        @Override
        public boolean exists() {
            return java.nio.file.Files.exists(file);
        }
    }

    /**
     * A PostgreSQL database: {@code jdbc:postgresql://host:port/name}, with the user and password given apart so
     * the URL can be logged.
     */
    record Postgresql(String url, Optional<String> user, Optional<String> password) implements DatabaseLocation {
        @Override
        public Engine engine() {
            return Engine.POSTGRESQL;
        }

        @Override
        public String describe() {
            return url + user.map(u -> " as " + u).orElse("");
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String toString() {
            return "Postgresql[" + describe() + "]"; // never the password
        }
    }
}
