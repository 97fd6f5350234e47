package app.factdeck;

import app.factdeck.accounts.PasswordHasher;
import app.factdeck.db.DatabaseLocation;
import app.factdeck.web.ClientAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Factdeck reads from its environment, with the defaults an admin gets when nothing is set.
 *
 * <pre>{@code
 * AppConfig config = AppConfig.fromEnvironment(System.getenv());
 * }</pre>
 *
 * @param host    bind address (FACTDECK_HOST); blank binds every interface
 * @param port    HTTP port (FACTDECK_PORT); 0 picks a free port, as tests do
 * @param dataDir directory holding factdeck.db (FACTDECK_DATA)
 * @param contentDir articles and facts on disk (FACTDECK_CONTENT); when it does not exist, the copy packaged
 *                   in the jar is used
 * @param baseUrl public URL the app is reached at (FACTDECK_BASE_URL), used for absolute links
 * @param logLevel slf4j-simple level (FACTDECK_LOG)
 * @param devMode  templates re-read on every request (FACTDECK_DEV=true)
 * @param baseUrlConfigured whether FACTDECK_BASE_URL was set; if not, links shown to users use the request's host
 * @param intervalFuzz flashcard review intervals of 3 days or more are spread by a day or more
 *                     (FACTDECK_INTERVAL_FUZZ, on unless {@code false}); tests turn it off to predict intervals
 * @param benchmarkBaselines the capacity benchmark's baseline endpoints under /bench/ exist
 *                           (FACTDECK_BENCHMARK_BASELINES=true); off unless set, never for production
 * @param clientAddress how a request's client address is found (FACTDECK_TRUSTED_PROXIES: comma-separated
 *                      addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed; none
 *                      unless set)
 * @param passwordHashCost what a new password hash costs (FACTDECK_PASSWORD_HASH_COST): {@code owasp}, the
 *                         default, or {@code test-only}, a nearly free Argon2 for test runs that must never be
 *                         set on a server people use (the server warns at start when it is)
 * @param database where the data lives (FACTDECK_DATABASE_URL): unset, the SQLite file factdeck.db in the data
 *                 directory; {@code jdbc:postgresql://host:port/name} with FACTDECK_DATABASE_USER and
 *                 FACTDECK_DATABASE_PASSWORD (or FACTDECK_DATABASE_PASSWORD_FILE, a file holding it) for PostgreSQL
 */
public record AppConfig(String host, int port, Path dataDir, Path contentDir, URI baseUrl, String logLevel,
                        boolean devMode, boolean baseUrlConfigured, boolean intervalFuzz, boolean benchmarkBaselines,
                        ClientAddress clientAddress, PasswordHasher.Cost passwordHashCost,
                        DatabaseLocation database) {

    public static final int DEFAULT_PORT = 7070;

    public static AppConfig fromEnvironment(Map<String, String> env) {
        int port = parsePort(env.getOrDefault("FACTDECK_PORT", String.valueOf(DEFAULT_PORT)));
        String host = env.getOrDefault("FACTDECK_HOST", "0.0.0.0").trim();
        Path data = Path.of(nonBlank(env.get("FACTDECK_DATA")).orElse("data"));
        Path content = Path.of(nonBlank(env.get("FACTDECK_CONTENT")).orElse("content"));
        URI baseUrl = parseBaseUrl(nonBlank(env.get("FACTDECK_BASE_URL")).orElse("http://localhost:" + port));
        String log = parseLogLevel(nonBlank(env.get("FACTDECK_LOG")).orElse("info"));
        boolean dev = Boolean.parseBoolean(env.getOrDefault("FACTDECK_DEV", "false"));
        boolean fuzz = parseBoolean("FACTDECK_INTERVAL_FUZZ", nonBlank(env.get("FACTDECK_INTERVAL_FUZZ")).orElse("true"));
        boolean baselines = parseBoolean("FACTDECK_BENCHMARK_BASELINES",
                nonBlank(env.get("FACTDECK_BENCHMARK_BASELINES")).orElse("false"));
        ClientAddress clientAddress = parseTrustedProxies(env.getOrDefault("FACTDECK_TRUSTED_PROXIES", ""));
        PasswordHasher.Cost hashCost = parseHashCost(nonBlank(env.get("FACTDECK_PASSWORD_HASH_COST")).orElse("owasp"));
        return new AppConfig(host, port, data, content, baseUrl, log, dev, nonBlank(env.get("FACTDECK_BASE_URL"))
                .isPresent(), fuzz, baselines, clientAddress, hashCost, parseDatabase(env, data));
    }

    private static final int MAX_PASSWORD_FILE_BYTES = 4096;

    /** FACTDECK_DATABASE_URL and its user and password, or the SQLite file in the data directory. */
    private static DatabaseLocation parseDatabase(Map<String, String> env, Path data) {
        Optional<String> url = nonBlank(env.get("FACTDECK_DATABASE_URL"));
        if (url.isEmpty()) {
            return new DatabaseLocation.SqliteFile(data.resolve("factdeck.db"));
        }
        String u = url.get();
        if (u.startsWith("jdbc:sqlite:") && u.length() > "jdbc:sqlite:".length()) {
            return new DatabaseLocation.SqliteFile(Path.of(u.substring("jdbc:sqlite:".length())));
        }
        if (!u.matches("jdbc:postgresql://[^/?#\\s]+/[^?#\\s]+(\\?\\S*)?")) {
            throw new ConfigException("FACTDECK_DATABASE_URL must be jdbc:postgresql://HOST:PORT/DATABASE (such as "
                    + "jdbc:postgresql://127.0.0.1:5432/factdeck), or unset for the SQLite file in FACTDECK_DATA, not '"
                    + u + "'");
        }
        if (u.matches(".*[?&]password=.*")) {
            throw new ConfigException("FACTDECK_DATABASE_URL must not hold the password (it is logged): give it in "
                    + "FACTDECK_DATABASE_PASSWORD or FACTDECK_DATABASE_PASSWORD_FILE");
        }
        Optional<String> password = nonBlank(env.get("FACTDECK_DATABASE_PASSWORD"));
        Optional<String> file = nonBlank(env.get("FACTDECK_DATABASE_PASSWORD_FILE"));
        if (password.isPresent() && file.isPresent()) {
            throw new ConfigException("Set FACTDECK_DATABASE_PASSWORD or FACTDECK_DATABASE_PASSWORD_FILE, not both");
        }
        if (file.isPresent()) {
            password = Optional.of(readPasswordFile(Path.of(file.get())));
        }
        return new DatabaseLocation.Postgresql(u, nonBlank(env.get("FACTDECK_DATABASE_USER")), password);
    }

    /** The file's first line (a trailing newline, as an editor or {@code echo} leaves it, is not the password's). */
    private static String readPasswordFile(Path file) {
        try {
            if (java.nio.file.Files.size(file) > MAX_PASSWORD_FILE_BYTES) {
                throw new ConfigException("FACTDECK_DATABASE_PASSWORD_FILE " + file + " is larger than "
                        + MAX_PASSWORD_FILE_BYTES + " bytes: it should hold only the password");
            }
            String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            String line = text.lines().findFirst().orElse("");
            if (line.isEmpty()) {
                throw new ConfigException("FACTDECK_DATABASE_PASSWORD_FILE " + file + " is empty: write the "
                        + "database user's password in it");
            }
            return line;
        } catch (java.io.IOException e) {
            throw new ConfigException("Cannot read FACTDECK_DATABASE_PASSWORD_FILE " + file + " ("
                    + e.getClass().getSimpleName() + "): make it readable by the user Factdeck runs as");
        }
    }

    /** Only an explicit {@code test-only} makes hashes cheap; anything unknown is refused, never guessed. */
    private static PasswordHasher.Cost parseHashCost(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "owasp" -> PasswordHasher.Cost.OWASP;
            case "test-only" -> PasswordHasher.Cost.TEST_ONLY;
            default -> throw new ConfigException("FACTDECK_PASSWORD_HASH_COST must be owasp (the default) or "
                    + "test-only (for test runs only, never a real server), not '" + value + "'");
        };
    }

    /** The password hasher this configuration asks for, sized to the heap. */
    public PasswordHasher passwordHasher() {
        return PasswordHasher.forHeap(Runtime.getRuntime().maxMemory(), passwordHashCost);
    }

    private static ClientAddress parseTrustedProxies(String value) {
        try {
            return ClientAddress.trusting(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("FACTDECK_TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges "
                    + "of your reverse proxies, such as 127.0.0.1,10.0.0.0/8: " + e.getMessage());
        }
    }

    private static boolean parseBoolean(String name, String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(name + " must be true or false, not '" + value + "'");
        };
    }

    /** The database file inside the data directory (where the SQLite data lives unless FACTDECK_DATABASE_URL moves it). */
    public Path databaseFile() {
        return database instanceof DatabaseLocation.SqliteFile f ? f.file() : dataDir.resolve("factdeck.db");
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new ConfigException("FACTDECK_PORT must be a port number from 0 to 65535, not '" + value + "'");
    }

    private static URI parseBaseUrl(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the message below
        }
        throw new ConfigException("FACTDECK_BASE_URL must be an http:// or https:// URL such as "
                + "https://quiz.example.org, not '" + value + "'");
    }

    private static String parseLogLevel(String value) {
        String level = value.toLowerCase(java.util.Locale.ROOT);
        if (!level.matches("trace|debug|info|warn|error|off")) {
            throw new ConfigException("FACTDECK_LOG must be one of trace, debug, info, warn, error, off, not '"
                    + value + "'");
        }
        return level;
    }

    /** A setting that cannot be used; its message names the variable and what it accepts. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
