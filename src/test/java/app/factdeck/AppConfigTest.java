package app.factdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void defaultsServeOnPort7070WithDataAndContentInTheWorkingDirectory() {
        AppConfig config = AppConfig.fromEnvironment(Map.of());
        assertEquals(7070, config.port());
        assertEquals(Path.of("data", "factdeck.db"), config.databaseFile());
        assertEquals(Path.of("content"), config.contentDir());
        assertEquals(URI.create("http://localhost:7070"), config.baseUrl());
        assertEquals("info", config.logLevel());
    }

    @Test
    void badValuesAreRefusedWithTheVariableNamed() {
        assertEquals("FACTDECK_PORT must be a port number from 0 to 65535, not 'eighty'",
                assertThrows(AppConfig.ConfigException.class,
                        () -> AppConfig.fromEnvironment(Map.of("FACTDECK_PORT", "eighty"))).getMessage());
        assertEquals("FACTDECK_BASE_URL must be an http:// or https:// URL such as https://quiz.example.org, not "
                        + "'quiz.example.org'",
                assertThrows(AppConfig.ConfigException.class,
                        () -> AppConfig.fromEnvironment(Map.of("FACTDECK_BASE_URL", "quiz.example.org"))).getMessage());
        assertThrows(AppConfig.ConfigException.class, () -> AppConfig.fromEnvironment(Map.of("FACTDECK_LOG", "loud")));
    }

    @Test
    void theDatabaseIsTheSqliteFileUnlessAPostgresqlUrlIsGiven() throws Exception {
        assertEquals(new app.factdeck.db.DatabaseLocation.SqliteFile(Path.of("d", "factdeck.db")),
                AppConfig.fromEnvironment(Map.of("FACTDECK_DATA", "d")).database());
        assertEquals(new app.factdeck.db.DatabaseLocation.SqliteFile(Path.of("/srv/f.db")),
                AppConfig.fromEnvironment(Map.of("FACTDECK_DATABASE_URL", "jdbc:sqlite:/srv/f.db")).database());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("db-password", "");
        java.nio.file.Files.writeString(file, "s3cret words\n");
        var pg = (app.factdeck.db.DatabaseLocation.Postgresql) AppConfig.fromEnvironment(Map.of(
                "FACTDECK_DATABASE_URL", "jdbc:postgresql://db.internal:5432/factdeck?sslmode=require",
                "FACTDECK_DATABASE_USER", "factdeck", "FACTDECK_DATABASE_PASSWORD_FILE", file.toString())).database();
        assertEquals("jdbc:postgresql://db.internal:5432/factdeck?sslmode=require", pg.url());
        assertEquals(java.util.Optional.of("factdeck"), pg.user());
        assertEquals(java.util.Optional.of("s3cret words"), pg.password(), "the file's first line, newline dropped");
        assertEquals(false, pg.toString().contains("s3cret"), "the password is never in a log line: " + pg);
    }

    @Test
    void aBadDatabaseSettingIsRefusedSayingWhatItMustBe() {
        assertEquals("FACTDECK_DATABASE_URL must be jdbc:postgresql://HOST:PORT/DATABASE (such as "
                        + "jdbc:postgresql://127.0.0.1:5432/factdeck), or unset for the SQLite file in FACTDECK_DATA, "
                        + "not 'postgres://localhost/factdeck'",
                assertThrows(AppConfig.ConfigException.class, () -> AppConfig.fromEnvironment(Map.of(
                        "FACTDECK_DATABASE_URL", "postgres://localhost/factdeck"))).getMessage());
        assertEquals("FACTDECK_DATABASE_URL must not hold the password (it is logged): give it in "
                        + "FACTDECK_DATABASE_PASSWORD or FACTDECK_DATABASE_PASSWORD_FILE",
                assertThrows(AppConfig.ConfigException.class, () -> AppConfig.fromEnvironment(Map.of(
                        "FACTDECK_DATABASE_URL", "jdbc:postgresql://h/db?user=a&password=b"))).getMessage());
        assertEquals(true, assertThrows(AppConfig.ConfigException.class, () -> AppConfig.fromEnvironment(Map.of(
                "FACTDECK_DATABASE_URL", "jdbc:postgresql://h/db", "FACTDECK_DATABASE_PASSWORD_FILE",
                "/no/such/file"))).getMessage().startsWith("Cannot read FACTDECK_DATABASE_PASSWORD_FILE /no/such/file"));
        assertEquals("Set FACTDECK_DATABASE_PASSWORD or FACTDECK_DATABASE_PASSWORD_FILE, not both",
                assertThrows(AppConfig.ConfigException.class, () -> AppConfig.fromEnvironment(Map.of(
                        "FACTDECK_DATABASE_URL", "jdbc:postgresql://h/db", "FACTDECK_DATABASE_PASSWORD", "x",
                        "FACTDECK_DATABASE_PASSWORD_FILE", "/f"))).getMessage());
    }

    @Test
    void trustedProxiesAreNoneByDefaultAndABadEntryIsNamed() {
        assertEquals(false, AppConfig.fromEnvironment(Map.of()).clientAddress().trustsAnyProxy());
        assertEquals(true, AppConfig.fromEnvironment(Map.of("FACTDECK_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8"))
                .clientAddress().trustsAnyProxy());
        assertEquals("FACTDECK_TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges of your reverse "
                        + "proxies, such as 127.0.0.1,10.0.0.0/8: 'proxy.local' is not an IP address or a CIDR range "
                        + "such as 10.0.0.0/8",
                assertThrows(AppConfig.ConfigException.class, () -> AppConfig.fromEnvironment(Map.of(
                        "FACTDECK_TRUSTED_PROXIES", "127.0.0.1,proxy.local"))).getMessage());
    }

    @Test
    void passwordHashCostIsOwaspUnlessTestOnlyIsSetAndAnythingElseIsRefused() {
        assertEquals(app.factdeck.accounts.PasswordHasher.Cost.OWASP, AppConfig.fromEnvironment(Map.of()).passwordHashCost());
        assertEquals(app.factdeck.accounts.PasswordHasher.Cost.TEST_ONLY, AppConfig.fromEnvironment(Map.of(
                "FACTDECK_PASSWORD_HASH_COST", "test-only")).passwordHashCost());
        assertEquals("FACTDECK_PASSWORD_HASH_COST must be owasp (the default) or test-only (for test runs only, never "
                        + "a real server), not 'cheap'",
                assertThrows(AppConfig.ConfigException.class, () -> AppConfig.fromEnvironment(Map.of(
                        "FACTDECK_PASSWORD_HASH_COST", "cheap"))).getMessage());
    }
}
