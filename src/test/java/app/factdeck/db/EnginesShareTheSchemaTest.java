package app.factdeck.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The migrations of each engine (db/migration for SQLite, db/postgresql for PostgreSQL, db/common for both) build the
 * same schema: the same tables, columns, nullability and primary keys, and the same applied versions. A migration
 * added for one engine and forgotten for the other fails here.
 */
@Tag("postgresql-only")
class EnginesShareTheSchemaTest {

    @Test
    void bothEnginesHaveTheSameTablesColumnsAndVersions() throws Exception {
        Path dir = Files.createTempDirectory("factdeck-schema-");
        Map<String, String> sqlite;
        Map<String, String> postgresql;
        try (Database db = Database.open(dir.resolve("factdeck.db"))) {
            sqlite = db.read(EnginesShareTheSchemaTest::schema);
        }
        try (Database db = TestDatabases.open(dir.resolve("pg").resolve("factdeck.db"))) {
            assertEquals(DatabaseLocation.Engine.POSTGRESQL, db.engine());
            postgresql = db.read(EnginesShareTheSchemaTest::schema);
        }
        assertTrue(sqlite.size() > 100, "columns read: " + sqlite.size());
        Map<String, String> onlySqlite = new TreeMap<>(sqlite);
        onlySqlite.entrySet().removeAll(postgresql.entrySet());
        Map<String, String> onlyPostgresql = new TreeMap<>(postgresql);
        onlyPostgresql.entrySet().removeAll(sqlite.entrySet());
        assertEquals(Map.of(), onlySqlite, "SQLite's schema differs: PostgreSQL has " + onlyPostgresql);
        assertEquals(Map.of(), onlyPostgresql);
    }

    /** "table.column" → "NOT NULL"/"NULL" plus its place in the primary key; and the latest applied version. */
    private static Map<String, String> schema(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        var meta = c.getMetaData();
        try (ResultSet tables = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                String table = tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if ((schema != null && !schema.equals("public")) || table.startsWith("sqlite_")
                        || table.equals("flyway_schema_history")) {
                    continue;
                }
                try (ResultSet cols = meta.getColumns(null, schema, tables.getString("TABLE_NAME"), "%")) {
                    while (cols.next()) {
                        out.put(table + "." + cols.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT),
                                cols.getInt("NULLABLE") == java.sql.DatabaseMetaData.columnNoNulls ? "NOT NULL"
                                        : "NULL");
                    }
                }
                try (ResultSet keys = meta.getPrimaryKeys(null, schema, tables.getString("TABLE_NAME"))) {
                    while (keys.next()) {
                        String column = table + "." + keys.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT);
                        // A key column is never NULL on PostgreSQL; SQLite lets a non-integer key be NULL
                        // unless it says NOT NULL (a quirk no code relies on), so its nullability is not compared.
                        out.put(column, "key " + keys.getShort("KEY_SEQ"));
                    }
                }
            }
        }
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = TRUE ORDER BY installed_rank DESC")) {
            rs.next();
            out.put("(newest version)", rs.getString(1));
        }
        return out;
    }
}
