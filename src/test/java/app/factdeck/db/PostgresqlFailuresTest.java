package app.factdeck.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How PostgreSQL's SQLSTATEs are read: what is run again, and what an admin is told. No server needed. */
class PostgresqlFailuresTest {

    @Test
    void serializationFailuresAndDeadlocksAreRunAgainOtherFailuresAreNot() {
        assertTrue(Database.retryable(new SQLException("could not serialize access", "40001")));
        assertTrue(Database.retryable(new SQLException("deadlock detected", "40P01")));
        assertFalse(Database.retryable(new SQLException("duplicate key value", "23505")));
        assertFalse(Database.retryable(new SQLException("syntax error", "42601")));
        // A batch reports the statement's own failure as its next exception.
        BatchUpdateException batch = new BatchUpdateException("batch failed", "22000", new int[0]);
        batch.setNextException(new SQLException("could not serialize access", "40001"));
        assertTrue(Database.retryable(batch));
        assertTrue(Database.retryable(new SQLException("wrapped", "XX000",
                new SQLException("could not serialize access", "40001"))));
    }

    @Test
    void storageStatesAreNamedForTheAdminAndConstraintsAreNot() {
        assertEquals(DatabaseException.Kind.DISK_FULL, DatabaseException.kindOfState("53100"));
        assertEquals(DatabaseException.Kind.READ_ONLY, DatabaseException.kindOfState("25006"));
        assertEquals(DatabaseException.Kind.CORRUPT, DatabaseException.kindOfState("XX001"));
        assertEquals(DatabaseException.Kind.UNREACHABLE, DatabaseException.kindOfState("08006"));
        assertEquals(DatabaseException.Kind.UNREACHABLE, DatabaseException.kindOfState("57P01"));
        assertEquals(DatabaseException.Kind.BUSY, DatabaseException.kindOfState("40001"));
        assertEquals(DatabaseException.Kind.OTHER, DatabaseException.kindOfState("23505"));
        assertEquals(DatabaseException.Kind.UNREACHABLE, DatabaseException.kindOf(new RuntimeException("pool",
                new SQLException("Connection refused", "08001"))));
        assertEquals(DatabaseException.Kind.UNREACHABLE, DatabaseException.kindOf(
                new java.sql.SQLTransientConnectionException("pool timed out", "55000")));
        assertEquals(DatabaseException.Kind.UNREACHABLE, DatabaseException.kindOfState("53300"));
        assertTrue(DatabaseException.Kind.UNREACHABLE.storage(), "/health reports it until a write succeeds");
    }

    @Test
    void advisoryLockKeysAreStableAcrossInstances() {
        assertEquals(Database.advisoryKey("content sync"), Database.advisoryKey("content sync"));
        assertFalse(Database.advisoryKey("content sync") == Database.advisoryKey("sweep"));
    }

    @Test
    void anUnreachableServerIsOneLineThatSaysWhatToCheck() {
        DatabaseException e = org.junit.jupiter.api.Assertions.assertThrows(DatabaseException.class,
                () -> Database.open(new DatabaseLocation.Postgresql("jdbc:postgresql://127.0.0.1:1/factdeck",
                        java.util.Optional.of("factdeck"), java.util.Optional.of("secret"))));
        assertTrue(e.getMessage().startsWith("Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/factdeck "
                + "as factdeck: "), e.getMessage());
        assertTrue(e.getMessage().contains("Check FACTDECK_DATABASE_URL"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
