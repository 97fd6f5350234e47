package app.factdeck.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.dbcp2.DelegatingStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements kept per SQLite connection: reused, right with every new parameter, safe when nested. */
class ReusedStatementsTest {

    @TempDir
    Path dir;

    private Connection open() throws SQLException {
        Connection c = ReusedStatements.wrap(DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db")));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY, name VARCHAR(20), kind INTEGER)");
            s.execute("CREATE INDEX IF NOT EXISTS item_by_kind ON item (kind)");
            s.execute("DELETE FROM item");
            s.execute("INSERT INTO item VALUES (1, 'one', 1), (2, 'two', 2), (3, 'three', 2)");
        }
        return c;
    }

    private static Object inner(PreparedStatement p) {
        return ((DelegatingStatement) p).getInnermostDelegate();
    }

    @Test
    void theSameSqlOnTheSameConnectionIsPreparedOnce() throws Exception {
        try (Connection c = open()) {
            Object first;
            try (PreparedStatement p = c.prepareStatement("SELECT name FROM item WHERE id = ?")) {
                first = inner(p);
            }
            try (PreparedStatement p = c.prepareStatement("SELECT name FROM item WHERE id = ?")) {
                assertSame(first, inner(p));
            }
        }
    }

    @Test
    void aReusedStatementAnswersForItsNewParameters() throws Exception {
        try (Connection c = open()) {
            List<String> names = new ArrayList<>();
            for (int kind : new int[] {2, 1, 2, 3}) {
                try (PreparedStatement p = c.prepareStatement("SELECT name FROM item WHERE kind = ? ORDER BY id")) {
                    p.setInt(1, kind);
                    try (ResultSet rs = p.executeQuery()) {
                        List<String> row = new ArrayList<>();
                        while (rs.next()) {
                            row.add(rs.getString(1));
                        }
                        names.add(String.join(",", row));
                    }
                }
            }
            assertEquals(List.of("two,three", "one", "two,three", ""), names);
        }
    }

    @Test
    void theSameSqlTwiceAtOnceGetsTwoStatements() throws Exception {
        try (Connection c = open();
             PreparedStatement outer = c.prepareStatement("SELECT name FROM item WHERE id = ?");
             PreparedStatement nested = c.prepareStatement("SELECT name FROM item WHERE id = ?")) {
            assertNotSame(inner(outer), inner(nested));
            outer.setInt(1, 1);
            nested.setInt(1, 2);
            try (ResultSet a = outer.executeQuery(); ResultSet b = nested.executeQuery()) {
                a.next();
                b.next();
                assertEquals("one two", a.getString(1) + " " + b.getString(1));
            }
        }
    }

    @Test
    void writesThroughAReusedStatementAreStored() throws Exception {
        try (Connection c = open()) {
            for (int i = 10; i < 13; i++) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO item (id, name, kind) VALUES (?, ?, ?)")) {
                    p.setInt(1, i);
                    p.setString(2, "n" + i);
                    p.setInt(3, 9);
                    assertEquals(1, p.executeUpdate());
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT group_concat(name) FROM (SELECT name FROM item WHERE kind = 9 ORDER BY id)")) {
                rs.next();
                assertEquals("n10,n11,n12", rs.getString(1));
            }
        }
    }
}
