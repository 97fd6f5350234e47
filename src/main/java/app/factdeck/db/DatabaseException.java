package app.factdeck.db;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A database problem, with a message meant for the admin reading the log or the terminal, and the {@link Kind}
 * of storage trouble underneath (read from SQLite's result code) so pages and {@code /health} can say what
 * happened in plain words.
 */
public final class DatabaseException extends RuntimeException {

    /** What went wrong underneath, as far as an admin or a user needs to know. */
    public enum Kind {
        /** SQLITE_FULL: the disk (or the file's size limit) is full. */
        DISK_FULL("disk full"),
        /** SQLITE_IOERR or SQLITE_CANTOPEN: the operating system refused a read or a write. */
        IO_ERROR("disk input/output error"),
        /** SQLITE_READONLY: the file, its directory or the file system is read-only. */
        READ_ONLY("database file is read-only"),
        /** SQLITE_CORRUPT or SQLITE_NOTADB: the file is damaged or not a database. */
        CORRUPT("database file is damaged"),
        /** SQLITE_BUSY or SQLITE_LOCKED: another program held the file longer than the busy timeout; on PostgreSQL
         *  a write that kept failing as a serialization failure or deadlock, or a lock not granted in time. */
        BUSY("database busy"),
        /** PostgreSQL only: the server cannot be reached, refused the connection or is shutting down. */
        UNREACHABLE("database server unreachable"),
        /** Anything else: a constraint, a bug, a bad statement. Not a problem of the storage. */
        OTHER("database error");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** A few words for logs and {@code /health}, such as "disk full". */
        public String label() {
            return label;
        }

        /** Whether the storage itself is in trouble (so every write may fail until an admin acts). */
        public boolean storage() {
            return this == DISK_FULL || this == IO_ERROR || this == READ_ONLY || this == CORRUPT
                    || this == UNREACHABLE;
        }
    }

    private final Kind kind;
    private final boolean write;

    public DatabaseException(String message, Throwable cause) {
        this(message, cause, false);
    }

    DatabaseException(String message, Throwable cause, boolean write) {
        super(message, cause);
        this.kind = kindOf(cause);
        this.write = write;
    }

    public Kind kind() {
        return kind;
    }

    /** True when a write transaction failed: nothing it did was saved. */
    public boolean writeFailed() {
        return write;
    }

    /**
     * The kind of the first SQLite error in {@code e}'s cause chain, or of the first PostgreSQL SQLSTATE that names
     * storage trouble; {@link Kind#OTHER} when there is none.
     */
    static Kind kindOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return kindOf(sqlite.getResultCode());
            }
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return Kind.UNREACHABLE; // the pool got no connection in time: the server refused or did not answer
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                Kind kind = kindOfState(sql.getSQLState());
                if (kind != Kind.OTHER) {
                    return kind;
                }
            }
        }
        return Kind.OTHER;
    }

    /** PostgreSQL's SQLSTATE classes (Appendix A of its manual) that an admin, not a user, must act on. */
    static Kind kindOfState(String state) {
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300")) {
            // connection exception; admin shutdown, crash shutdown, cannot connect now; too many connections
            return Kind.UNREACHABLE;
        }
        return switch (state) {
            case "53100" -> Kind.DISK_FULL;
            case "58030" -> Kind.IO_ERROR;
            case "25006" -> Kind.READ_ONLY;       // read_only_sql_transaction (a standby, or default_transaction_read_only)
            case "XX001", "XX002" -> Kind.CORRUPT; // data_corrupted, index_corrupted
            case "40001", "40P01", "55P03" -> Kind.BUSY;
            default -> Kind.OTHER;
        };
    }

    /** Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, …) share their primary code's low byte. */
    private static Kind kindOf(SQLiteErrorCode code) {
        SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(code.code & 0xff);
        return switch (primary) {
            case SQLITE_FULL -> Kind.DISK_FULL;
            case SQLITE_IOERR, SQLITE_CANTOPEN -> Kind.IO_ERROR;
            case SQLITE_READONLY -> Kind.READ_ONLY;
            case SQLITE_CORRUPT, SQLITE_NOTADB -> Kind.CORRUPT;
            case SQLITE_BUSY, SQLITE_LOCKED -> Kind.BUSY;
            default -> Kind.OTHER;
        };
    }
}
