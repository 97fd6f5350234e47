package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountRoutesTest extends AppTest {

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/login", "/no/such/page", "/static/css/app.css"}) {
            HttpResponse<String> r = app.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains(
                    "frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain http");
        }
    }

    @Test
    void aPostWithoutAValidCsrfTokenOrFromAnotherSiteIsRefused() {
        WebClient web = new WebClient(app);
        web.get("/login");
        HttpResponse<String> noToken = web.postRaw("/login", Map.of("username", "x", "password", "y"), app.origin());
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body().contains("This form has expired"));
        assertTrue(noToken.body().contains("class=\"skip-link\""), "403 page in the site layout");
        HttpResponse<String> forged = web.postRaw("/login", Map.of("csrf", web.csrf(), "username", "x", "password",
                "y"), "https://evil.example");
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("sent from another site"));
        assertEquals(403, new WebClient(app).postRaw("/logout", Map.of(), null).statusCode());
    }

    @Test
    void signUpRejectsBadInputBesideTheFieldAndKeepsWhatWasTyped() {
        WebClient web = new WebClient(app);
        web.get("/signup");
        HttpResponse<String> r = web.post("/signup", Map.of("username", "", "displayName", "Ana Lind", "password",
                "short"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("id=\"username-error\">Choose a username"));
        assertTrue(r.body().contains("id=\"password-error\">Use at least 10 characters."));
        assertTrue(r.body().contains("value=\"Ana Lind\""), "typed name kept");
        assertFalse(r.body().contains("value=\"short\""), "passwords are never echoed back");

        r = web.post("/signup", Map.of("username", "x".repeat(41), "displayName", "Ana", "password", "long enough pw"));
        assertTrue(r.body().contains("A username has at most 40 characters (this one has 41)."));

        assertEquals(302, web.post("/signup", Map.of("username", "ana.lind", "displayName", "Ana Lind", "password",
                "orange piano window")).statusCode());
        WebClient other = new WebClient(app);
        other.get("/signup");
        r = other.post("/signup", Map.of("username", "Ana.Lind", "displayName", "Another", "password",
                "orange piano window"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("That username is not available. Choose another"));
        assertTrue(r.body().contains("value=\"Another\""));
    }

    @Test
    void signUpRefusesDisplayNamesWithControlOrDirectionCharactersAndCountsCharactersNotUnits() {
        WebClient web = new WebClient(app);
        web.get("/signup");
        HttpResponse<String> r = web.post("/signup", Map.of("username", "eve.nul", "displayName", "Eve\u0000\r\nAdmin",
                "password", "orange piano window"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("id=\"displayName-error\">A name must be on one line"), r.body());
        assertTrue(r.body().contains("value=\"eve.nul\""), "username kept");
        r = web.post("/signup", Map.of("username", "eve.rlo", "displayName", "Eve\u202Enimda", "password",
                "orange piano window"));
        assertTrue(r.body().contains("text-direction override"));
        r = web.post("/signup", Map.of("username", "eve.zw", "displayName", "\u200B\u200B", "password",
                "orange piano window"));
        assertTrue(r.body().contains("A name needs at least one visible"));
        assertEquals(302, web.post("/signup", Map.of("username", "emoji.fan", "displayName", "\uD83D\uDE00".repeat(80),
                "password", "orange piano window")).statusCode(), "80 emoji are 80 characters, not 160");
    }

    @Test
    void afterSignInOnlyAPathOnThisSiteIsFollowed() {
        app.addUser("nextuser", "orange piano window", "student");
        HttpResponse<String> page = app.get("/login?next=%2F%09%2Fevil.example%2F");
        assertTrue(page.body().contains("name=\"next\" value=\"/\""), "the form carries / instead");
        for (String next : new String[] {"/\t/evil.example/", "//evil.example", "/\\evil.example",
            "https://evil.example", "/%2F%2Fevil.example"}) {
            WebClient web = new WebClient(app);
            web.get("/login");
            HttpResponse<String> r = web.post("/login", Map.of("username", "nextuser", "password",
                    "orange piano window", "next", next));
            assertEquals(302, r.statusCode());
            assertEquals("/", r.headers().firstValue("Location").orElse(""), next);
        }
        WebClient web = new WebClient(app);
        web.get("/login");
        assertEquals("/study", web.post("/login", Map.of("username", "nextuser", "password", "orange piano window",
                "next", "/study")).headers().firstValue("Location").orElse(""));
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswerAndRepeatedFailuresAreThrottled() {
        WebClient web = new WebClient(app);
        web.get("/signup");
        web.post("/signup", Map.of("username", "bo", "displayName", "Bo", "password", "orange piano window"));
        WebClient attacker = new WebClient(app);
        HttpResponse<String> unknown = attacker.signIn("nobody-here", "whatever password");
        HttpResponse<String> wrong = attacker.signIn("bo", "whatever password");
        assertEquals(401, unknown.statusCode());
        assertEquals(401, wrong.statusCode());
        String message = "Wrong username or password. Check both and try again.";
        assertTrue(unknown.body().contains(message) && wrong.body().contains(message));
        assertTrue(wrong.body().contains("value=\"bo\""), "username kept");
        HttpResponse<String> huge = attacker.signIn("bo", "p".repeat(100_000));
        assertEquals(401, huge.statusCode(), "a password longer than any account can have is simply wrong");
        assertTrue(huge.body().contains(message));
        for (int i = 0; i < 4; i++) {
            attacker.signIn("bo", "guess " + i + " password");
        }
        HttpResponse<String> throttled = attacker.signIn("bo", "orange piano window");
        assertEquals(429, throttled.statusCode());
        assertTrue(throttled.body().contains("Too many failed sign-ins. Wait "));
    }

    @Test
    void signInRotatesTheSessionIdAndTheSessionSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory("factdeck-restart-");
        TestApp first = TestApp.start(data, Map.of());
        WebClient web = new WebClient(first);
        web.get("/signup");
        String anonymous = cookie(web);
        web.post("/signup", Map.of("username", "cai", "displayName", "Cai", "password", "orange piano window"));
        String signedIn = cookie(web);
        assertNotEquals(anonymous, signedIn, "a new id at sign-in");
        assertTrue(web.get("/").body().contains("Sign out"));
        first.close();

        TestApp second = TestApp.start(data, Map.of());
        try {
            String home = second.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(second.origin() + "/"))
                    .header("Cookie", "factdeck=" + signedIn).build()).body();
            assertTrue(home.contains(">Cai</span>"), "still signed in after the restart");
        } finally {
            second.close();
        }
    }

    @Test
    void overHttpsTheCookieIsHostPrefixedAndSecureAndHstsIsSent() throws Exception {
        TestApp https = TestApp.start(Files.createTempDirectory("factdeck-https-"),
                Map.of("FACTDECK_BASE_URL", "https://quiz.example.org"));
        try {
            HttpResponse<String> r = https.get("/login");
            String setCookie = r.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(setCookie.startsWith("__Host-factdeck="), setCookie);
            assertTrue(setCookie.contains("; Path=/") && setCookie.contains("; HttpOnly") && setCookie.contains(
                    "; SameSite=Lax") && setCookie.contains("; Secure"), setCookie);
            assertTrue(r.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
        } finally {
            https.close();
        }
    }

    private static String cookie(WebClient web) {
        return web.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("factdeck"))
                .findFirst().orElseThrow().getValue();
    }
}
