package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.MovableClock;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, sign-up and join-code limits over HTTP, behind a trusted reverse proxy on 127.0.0.1 (so each test
 * picks its client address with X-Forwarded-For), on a clock that stands still unless a test moves it.
 */
@org.junit.jupiter.api.Tag("database")
class ThrottleRoutesTest {

    private static final String PASSWORD = "orange piano window";
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start(Files.createTempDirectory("factdeck-throttle-"),
                Map.of("FACTDECK_TRUSTED_PROXIES", "127.0.0.1, ::1"), CLOCK);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static WebClient from(String address) {
        return new WebClient(app).header("X-Forwarded-For", address);
    }

    @Test
    void fortyParallelWrongPasswordsForOneAccountAreCheckedNoMoreThanTheFreeFailures() throws Exception {
        app.addUser("target", PASSWORD, "student");
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<WebClient> clients = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                WebClient c = from("198.51.100." + (i + 1));
                c.get("/login");
                clients.add(c);
            }
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                WebClient c = clients.get(i);
                String guess = "wrong guess " + i;
                statuses.add(pool.submit(() -> c.post("/login", Map.of("username", "target", "password", guess))
                        .statusCode()));
            }
            int checked = 0;
            int throttled = 0;
            for (Future<Integer> s : statuses) {
                int status = s.get();
                checked += status == 401 ? 1 : 0;
                throttled += status == 429 ? 1 : 0;
            }
            assertTrue(checked >= 1 && checked <= LoginThrottle.FREE_FAILURES, checked + " passwords were checked");
            assertEquals(40, checked + throttled);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(429, from("198.51.100.99").signIn("target", PASSWORD).statusCode(),
                "the account itself waits, whoever asks");
        CLOCK.advance(Duration.ofMinutes(16));
        assertEquals(302, from("198.51.100.99").signIn("target", PASSWORD).statusCode());
    }

    @Test
    void failuresOfOtherAccountsBehindTheSameAddressNeverRefuseACorrectPassword() {
        app.addUser("pupil", PASSWORD, "student");
        WebClient school = from("203.0.113.7");
        for (int i = 0; i < LoginThrottle.BUSY_ADDRESS_FAILURES + 5; i++) {
            assertEquals(401, school.signIn("nobody" + i, "wrong password " + i).statusCode());
        }
        HttpResponse<String> r = from("203.0.113.7").signIn("pupil", PASSWORD);
        assertEquals(302, r.statusCode(), "a correct password gets in from the busy school address");
        // From that busy address an account loses its free failures: the next try after a miss waits.
        app.addUser("typo", PASSWORD, "student");
        assertEquals(401, from("203.0.113.7").signIn("typo", "not the password").statusCode());
        assertEquals(429, from("203.0.113.7").signIn("typo", PASSWORD).statusCode());
        CLOCK.advance(Duration.ofSeconds(1));
        assertEquals(302, from("203.0.113.7").signIn("typo", PASSWORD).statusCode());
        // The next address behind the same proxy is another client, with its free failures.
        app.addUser("neighbour", PASSWORD, "student");
        assertEquals(401, from("203.0.113.8").signIn("neighbour", "not the password").statusCode());
        assertEquals(302, from("203.0.113.8").signIn("neighbour", PASSWORD).statusCode());
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        app.addUser("careless", PASSWORD, "student");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
                assertEquals(401, from("192.0.2.1").signIn("careless", "typo " + i).statusCode());
            }
            assertEquals(302, from("192.0.2.1").signIn("careless", PASSWORD).statusCode(), "round " + round);
        }
    }

    @Test
    void signUpsFromOneAddressAreLimitedWithAMessageAndTheFormKept() {
        int free = LoginThrottle.SIGN_UP.freeFailures();
        for (int i = 0; i < free; i++) {
            WebClient c = from("192.0.2.50");
            c.get("/signup");
            assertEquals(302, c.post("/signup", Map.of("username", "bulk" + i, "displayName", "Bulk " + i,
                    "password", PASSWORD)).statusCode(), "sign-up " + i);
        }
        WebClient c = from("192.0.2.50");
        c.get("/signup");
        HttpResponse<String> r = c.post("/signup", Map.of("username", "onemore", "displayName", "One More",
                "password", PASSWORD));
        assertEquals(429, r.statusCode());
        assertTrue(r.body().contains("Many accounts were made from your network lately. Wait 1 second"), r.body());
        assertTrue(r.body().contains("value=\"onemore\"") && r.body().contains("value=\"One More\""));
        // Probing whether a name exists costs the same budget.
        HttpResponse<String> probe = c.post("/signup", Map.of("username", "bulk0", "displayName", "X", "password",
                PASSWORD));
        assertEquals(429, probe.statusCode());

        WebClient elsewhere = from("192.0.2.51");
        elsewhere.get("/signup");
        HttpResponse<String> taken = elsewhere.post("/signup", Map.of("username", "bulk0", "displayName", "X",
                "password", PASSWORD));
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("That username is not available. Choose another"));
        assertTrue(!taken.body().contains("bulk0 is") && !taken.body().contains("&#39;bulk0&#39;"),
                "the message does not repeat the name as a fact about an account");
    }

    @Test
    void wrongJoinCodesAreLimitedPerAccount() {
        app.addUser("guesser", PASSWORD, "student");
        WebClient guesser = from("192.0.2.77");
        guesser.signIn("guesser", PASSWORD);
        guesser.get("/join");
        int free = LoginThrottle.JOIN.freeFailures();
        for (int i = 0; i < free; i++) {
            assertEquals(400, guesser.post("/join", Map.of("code", "ZZZZ" + (10 + i))).statusCode());
        }
        HttpResponse<String> r = guesser.post("/join", Map.of("code", "QQQQ22"));
        assertEquals(429, r.statusCode());
        assertTrue(r.body().contains("Too many join codes tried. Wait 1 second"), r.body());
        assertTrue(r.body().contains("value=\"QQQQ22\""), "typed code kept");
    }
}
