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
