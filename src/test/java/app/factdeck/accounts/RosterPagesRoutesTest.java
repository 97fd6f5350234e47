package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.RenderedPages;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's findings on the class pages: the forced password change shows no navigation it cannot follow, the
 * page after re-issuing one-time passwords says so, and the roster is in dictionary order.
 */
class RosterPagesRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final Pattern CREATED = Pattern.compile(
            "<td[^>]*>([a-z0-9.]+)</td>\\s*<td[^>]*><code>([a-z0-9-]{14})</code>");
    private static final Pattern H1 = Pattern.compile("(?s)<h1[^>]*>(.*?)</h1>");
    private static final Pattern CAPTION = Pattern.compile("(?s)<caption[^>]*>(.*?)</caption>");
    private static WebClient teacher;

    @BeforeAll
    static void aTeacher() {
        teacher = signedIn("tess", PASSWORD, "teacher");
    }

    private static String newClass(String name) {
        teacher.get("/teacher/classes");
        String path = teacher.post("/teacher/classes", Map.of("name", name)).headers().firstValue("Location")
                .orElseThrow();
        teacher.get(path);
        return path;
    }

    @Test
    void aStudentWhoMustChooseAPasswordSeesOnlyTheBrandAndSignOut() {
        String k = newClass("Nav 8C");
        String[] ana = created(teacher.post(k + "/students", Map.of("displayName", "Ana Lind")).body()).get(0);
        WebClient student = new WebClient(app);
        assertEquals("/account/password", student.signIn(ana[0], ana[1]).headers().firstValue("Location").orElse(""));

        String page = student.get("/account/password").body();
        String header = page.replaceAll("(?s).*<header class=\"site-header\">(.*?)</header>.*", "$1");
        assertTrue(header.contains("class=\"brand\""), header);
        assertTrue(header.contains("id=\"signout-only\"") && header.contains(">Sign out</button>"), header);
        for (String link : List.of("/study", "/progress", "/join", "/account\"", "/login")) {
            assertFalse(header.contains("href=\"" + link), "no link to " + link + " in " + header);
        }
        assertFalse(header.contains("<nav"), "no navigation at all: " + header);
        // Sign out works from there, and the full navigation comes back once the password is the student's own.
        student.post("/account/password", Map.of("current", ana[1], "password", "ana's very own passphrase"));
        String after = student.get("/account").body();
        assertTrue(after.contains("<nav aria-label=\"Main\""), after);
        assertTrue(after.contains("href=\"/progress\""));
        assertFalse(after.contains("id=\"signout-only\""));
    }

    @Test
    void signingOutWorksFromTheForcedPasswordChange() {
        String k = newClass("Nav 8D");
        String[] bo = created(teacher.post(k + "/students", Map.of("displayName", "Bo Berg")).body()).get(0);
        WebClient student = new WebClient(app);
        student.signIn(bo[0], bo[1]);
        student.get("/account/password");
        HttpResponse<String> out = student.post("/logout", Map.of());
        assertEquals(302, out.statusCode());
        assertEquals("/login?next=%2Faccount", student.get("/account").headers().firstValue("Location").orElse(""),
                "signed out");
    }

    @Test
    void reissuedOneTimePasswordsAreCaptionedForWhatHappened() {
        String k = newClass("Retry 7B");
        HttpResponse<String> first = teacher.postFile(k + "/students/import", "names", "r.csv", "Gil Grey\nHal Hart\n");
        assertEquals("New student accounts", text(H1, first.body()));
        assertEquals("New student accounts", text(CAPTION, first.body()));

        teacher.get(k);
        HttpResponse<String> again = teacher.postFile(k + "/students/import", "names", "r.csv", "Gil Grey\nHal Hart\n");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("New one-time passwords for 2 students", text(H1, again.body()));
        assertEquals("New one-time passwords for 2 students", text(CAPTION, again.body()));
        assertTrue(again.body().contains("<title>New one-time passwords for 2 students — Factdeck</title>"));
        assertTrue(again.body().contains("id=\"reissued-note\""), "says no account was made");
        assertFalse(again.body().contains("Accounts created"), again.body());

        teacher.get(k);
        HttpResponse<String> one = teacher.postFile(k + "/students/import", "names", "g.csv", "Gil Grey\n");
        assertEquals("New one-time password for Gil Grey", text(H1, one.body()));

        teacher.get(k);
        HttpResponse<String> mixed = teacher.postFile(k + "/students/import", "names", "m.csv", "Gil Grey\nIda Ives\n");
        assertEquals("New student accounts and one-time passwords", text(H1, mixed.body()));
        assertTrue(mixed.body().contains("(a new one:"), "the re-issued row is marked");
    }

    @Test
    void theRosterIsInDictionaryOrderNotCharacterCodeOrder() {
        String k = newClass("Order 6A");
        // Typed one by one, in an order that is neither alphabetical nor by character code.
        for (String name : List.of("Zoë Zimmer", "Émile Roux", "adam Ash", "Ávila Cruz", "Bea Bauer", "eva Ek")) {
            assertEquals(200, teacher.post(k + "/students", Map.of("displayName", name)).statusCode());
            teacher.get(k);
        }
        String roster = teacher.get(k).body();
        Matcher m = Pattern.compile("/students/\\d+/progress\">([^<]+)</a>").matcher(roster);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(RenderedPages.textOf(m.group(1)));
        }
        assertEquals(List.of("adam Ash", "Ávila Cruz", "Bea Bauer", "Émile Roux", "eva Ek", "Zoë Zimmer"), names);
    }

    private static List<String[]> created(String body) {
        Matcher m = CREATED.matcher(body);
        List<String[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        assertFalse(out.isEmpty(), body);
        return out;
    }

    private static String text(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), "no " + p + " in " + html);
        return RenderedPages.textOf(m.group(1)).strip();
    }
}
