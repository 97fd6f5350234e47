package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.RawHttp;
import app.factdeck.testing.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a hostile or careless client can send: slow, huge or malformed bodies, odd methods and URIs. */
class RequestLimitsTest extends AppTest {

    private static String post(String path, String contentType, long length) {
        return "POST " + path + " HTTP/1.1\r\nHost: " + URI.create(app.origin()).getAuthority() + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + length + "\r\n\r\n";
    }

    @Test
    void slowBodiesHoldNoThreadSoTheServerKeepsAnsweringAndEachIsCutAtItsDeadline() throws Exception {
        List<RawHttp> slow = new ArrayList<>();
        try {
            // More slow clients than the server has threads (32): each declares a body and sends one byte.
            for (int i = 0; i < 48; i++) {
                slow.add(RawHttp.open(app).send(post("/login", "application/x-www-form-urlencoded", 1000) + "u"));
            }
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(app.origin() + "/health"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(app.origin() + "/login"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, login.statusCode());
            }
            // The body never completes: after its deadline (10 s + size at 8 KB/s) the client gets a 408 page.
            String answer = slow.get(0).readResponse(20_000);
            assertEquals(408, RawHttp.status(answer), answer);
            assertTrue(answer.contains("arrived too slowly"), answer);
            assertTrue(answer.contains("X-Frame-Options: DENY"), answer);
        } finally {
            slow.forEach(RawHttp::close);
        }
    }

    @Test
    void anOversizedUploadIsRefusedWith413BeforeItsBodyIsRead() {
        try (RawHttp c = RawHttp.open(app)) {
            // 300 MB declared, nothing sent: the answer must come without waiting for the body.
            String answer = c.send(post("/teacher/import", "multipart/form-data; boundary=X", 300L * 1024 * 1024))
                    .readResponse(5_000);
            assertEquals(413, RawHttp.status(answer), answer);
            assertTrue(answer.contains("at most 1 MB"), answer);
            assertTrue(answer.contains("<nav") || answer.contains("Factdeck</a>"), "in the site layout: " + answer);
            assertTrue(answer.contains("Content-Security-Policy:"), answer);
            assertFalse(answer.contains("Back to the form"), "no Referer, no way back to guess");
        }
        try (RawHttp c = RawHttp.open(app)) {
            // From the import page: the page leads back to it, so the teacher can choose a smaller file.
            String host = URI.create(app.origin()).getAuthority();
            String answer = c.send("POST /teacher/import HTTP/1.1\r\nHost: " + host + "\r\nReferer: " + app.origin()
                    + "/teacher/transfer?article=x\r\nContent-Type: multipart/form-data; boundary=X\r\n"
                    + "Content-Length: 5000000\r\n\r\n").readResponse(5_000);
            assertEquals(413, RawHttp.status(answer), answer);
            assertTrue(answer.contains("href=\"/teacher/transfer?article=x\">Back to the form</a>"), answer);
        }
        try (RawHttp c = RawHttp.open(app)) {
            String host = URI.create(app.origin()).getAuthority();
            String answer = c.send("POST /teacher/import HTTP/1.1\r\nHost: " + host + "\r\nReferer: https://evil.example"
                    + "/x\r\nContent-Type: multipart/form-data; boundary=X\r\nContent-Length: 5000000\r\n\r\n")
                    .readResponse(5_000);
            assertFalse(answer.contains("Back to the form"), "never a link to another site: " + answer);
        }
    }

    @Test
    void aFormLargerThanAnyPageSendsIsRefusedWith413AndAChunkedOneToo() {
        try (RawHttp c = RawHttp.open(app)) {
            String answer = c.send(post("/login", "application/x-www-form-urlencoded", RequestBodies.FORM_LIMIT + 1))
                    .readResponse(5_000);
            assertEquals(413, RawHttp.status(answer), answer);
        }
        try (RawHttp c = RawHttp.open(app)) {
            // No length declared: counted as it arrives, refused once past the cap.
            c.send("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String chunk = "a".repeat(16 * 1024);
            String answer = "";
            for (int i = 0; i < 20 && answer.isEmpty(); i++) {
                c.send(Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
                if (i == 17) {
                    answer = c.readResponse(3_000);
                }
            }
            assertEquals(413, RawHttp.status(answer), answer);
        }
    }

    @Test
    void aMalformedMultipartBodyIsA400PageNotA500() {
        app.factdeck.testing.WebClient visitor = new app.factdeck.testing.WebClient(app);
        visitor.get("/login");
        String cookie = visitor.cookies().getCookieStore().getCookies().get(0).toString();
        for (String body : List.of("--X\r\n", "--X\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                + visitor.csrf() + "\r\n--X")) {
            for (String path : List.of("/login", "/signup")) {
                try (RawHttp c = RawHttp.open(app)) {
                    String answer = c.send("POST " + path + " HTTP/1.1\r\nHost: " + URI.create(app.origin()).getAuthority() + "\r\nOrigin: " + app.origin()
                            + "\r\nCookie: " + cookie + "\r\nContent-Type: multipart/form-data; boundary=X\r\n"
                            + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                            .readResponse(5_000);
                    assertEquals(400, RawHttp.status(answer), path + " → " + answer);
                    assertTrue(answer.contains("The form could not be read"), answer);
                    assertFalse(answer.contains("Exception"), answer);
                }
            }
        }
    }

    @Test
    void anAnonymousUploadToATeacherRouteIsRefusedForItsRoleNotItsForm() {
        app.factdeck.testing.WebClient visitor = new app.factdeck.testing.WebClient(app);
        visitor.get("/login");
        HttpResponse<String> r = visitor.postMultipart("/teacher/import", Map.of("article", "x"), "file", "a.gift",
                "::q:: 1+1 {=2}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("Please sign in first."), r.body());
    }

    @Test
    void anotherMethodOnAnExistingPathIs405WithAllow() {
        HttpResponse<String> r = app.send(HttpRequest.newBuilder(URI.create(app.origin() + "/login"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/html").build());
        assertEquals(405, r.statusCode());
        assertTrue(r.headers().firstValue("Allow").orElse("").contains("POST"), r.headers().toString());
        assertTrue(r.body().contains("Not done this way"), r.body());
        HttpResponse<String> missing = app.send(HttpRequest.newBuilder(URI.create(app.origin() + "/no/such/page"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(404, missing.statusCode());
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() {
        for (String target : List.of("/static/..;/x", "/%00", "/articles/%2e%2e/%2e%2e/etc/passwd")) {
            try (RawHttp c = RawHttp.open(app)) {
                String answer = c.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .readResponse(5_000);
                int status = RawHttp.status(answer);
                assertTrue(status == 400 || status == 404, target + " → " + answer);
                assertTrue(answer.contains("X-Content-Type-Options: nosniff"), target + " → " + answer);
                assertTrue(answer.contains("Content-Security-Policy: default-src 'self'"), target + " → " + answer);
                assertFalse(answer.contains("Caused by"), answer);
            }
        }
    }

    @Test
    void uploadFilesLeftByAKilledRunAreDeletedAtStart() throws Exception {
        Path data = Files.createTempDirectory("factdeck-spool-");
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Path left = Files.writeString(uploads.resolve("MultiPart123.tmp"), "csrf=secret-token&names=Nina");
        try (TestApp fresh = TestApp.start(data, Map.of())) {
            assertFalse(Files.exists(left));
            assertEquals(200, fresh.get("/health").statusCode());
        }
    }

    @Test
    void theFaviconBrowsersAskForIsTheSiteIcon() {
        HttpResponse<String> r = app.get("/favicon.ico");
        assertEquals(301, r.statusCode());
        String target = r.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> icon = app.get(target);
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    }
}
