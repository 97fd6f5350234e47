package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Item 12: the account page (name, password, classes) everyone reaches from the header. */
class AccountPageRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static WebClient teacher;
    private static String classPath;
    private static String code;

    @BeforeAll
    static void aTeacherWithAClass() {
        teacher = signedIn("tess", PASSWORD, "teacher");
        teacher.get("/teacher/classes");
        classPath = teacher.post("/teacher/classes", Map.of("name", "History 9B")).headers().firstValue("Location")
                .orElseThrow();
        code = teacher.get(classPath).body().replaceAll("(?s).*id=\"join-code\">([A-Z0-9]+)<.*", "$1");
    }

    private static WebClient studentInTheClass(String username) {
        WebClient student = signedIn(username, PASSWORD, "student");
        student.get("/join");
        assertEquals(200, student.post("/join", Map.of("code", code)).statusCode());
        return student;
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void everyPageLinksToTheAccountPageWhichListsTheClassesAndTheirTeacher() {
        WebClient anna = studentInTheClass("anna");
        for (String page : List.of("/", "/study", "/progress", "/join")) {
            assertTrue(anna.get(page).body().contains("href=\"/account\""), page);
        }
        HttpResponse<String> r = anna.get("/account");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<strong>History 9B</strong>, taught by"), r.body());
        assertTrue(r.body().contains("Tess"), "the teacher's name");
        assertTrue(r.body().contains("action=\"" + classPath.replace("/teacher/classes/", "/account/classes/")
                + "/leave\""), "a Leave button for the class");
        assertTrue(r.body().contains("href=\"/account/password\""));
        assertTrue(r.body().contains("value=\"Anna\""), "the current name, ready to edit");
        assertTrue(teacher.get("/account").body().contains("href=\"/teacher/classes\">Classes</a>"),
                "a teacher is pointed to the classes they teach");
    }

    @Test
    void changingTheDisplayNameConfirmsItAndShowsItToTheTeacher() {
        WebClient bo = studentInTheClass("boris");
        bo.get("/account");
        HttpResponse<String> r = bo.post("/account/name", Map.of("displayName", "  Bo Berg-Åström "));
        assertEquals(302, r.statusCode(), r.body());
        assertEquals("/account?changed=name", location(r));
        String page = bo.get(location(r)).body();
        assertTrue(page.contains("Saved: others now see your name as Bo Berg-Åström."), page);
        assertTrue(page.contains("<span class=\"nav__name\">Bo Berg-Åström</span>"), "the header shows it at once");
        assertTrue(teacher.get(classPath).body().contains(">Bo Berg-Åström</a>"), "the roster shows it");
        assertFalse(bo.get("/account").body().contains("Saved:"), "the confirmation is shown once");
    }

    @Test
    void aBadDisplayNameIsRefusedWithTheReasonAndTheTypedTextKept() {
        WebClient cy = signedIn("cyril", PASSWORD, "student");
        cy.get("/account");
        Map<String, String> expected = Map.of(
                "   ", "Enter the name others will see",
                "Cy\nLind", "A name must be on one line",
                "Cy\u202ELind", "A name must not contain text-direction override",
                "x".repeat(81), "Keep the name to 80 characters (it has 81).");
        expected.forEach((typed, message) -> {
            HttpResponse<String> r = cy.post("/account/name", Map.of("displayName", typed));
            assertEquals(400, r.statusCode(), typed);
            assertTrue(r.body().contains("id=\"displayName-error\">" + message), typed + ": " + r.body());
        });
        HttpResponse<String> r = cy.post("/account/name", Map.of("displayName", "x".repeat(81)));
        assertTrue(r.body().contains("value=\"" + "x".repeat(81) + "\""), "kept as typed");
        r = cy.post("/account/name", Map.of("displayName", "y".repeat(5000)));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("value=\"" + "y".repeat(200) + "\""), "a huge name is echoed cut short");
        assertFalse(r.body().contains("y".repeat(201)));
        assertTrue(cy.get("/account").body().contains("value=\"Cyril\""), "nothing was saved");
    }

    @Test
    void changingThePasswordEndsOnTheAccountPageWithAConfirmation() {
        WebClient di = signedIn("dina", PASSWORD, "student");
        di.get("/account/password");
        HttpResponse<String> r = di.post("/account/password", Map.of("current", PASSWORD, "password",
                "di's new passphrase"));
        assertEquals("/account?changed=password", location(r));
        assertTrue(di.get(location(r)).body().contains("Your password is changed."));
        assertEquals(302, new WebClient(app).signIn("dina", "di's new passphrase").statusCode());
    }

    @Test
    void leavingAClassTakesTheStudentOffTheRosterAndSaysSo() {
        WebClient ed = studentInTheClass("edgar");
        assertTrue(teacher.get(classPath).body().matches("(?s).*<td[^>]*>edgar</td>.*"));
        String leave = classPath.replace("/teacher/classes/", "/account/classes/") + "/leave";
        ed.get("/account");
        HttpResponse<String> r = ed.post(leave, Map.of());
        assertEquals(302, r.statusCode(), r.body());
        String page = ed.get(location(r)).body();
        assertTrue(page.contains("You left History 9B."), page);
        assertTrue(page.contains("You are not in any class."), page);
        assertFalse(teacher.get(classPath).body().matches("(?s).*<td[^>]*>edgar</td>.*"), "off the roster");
        // A second click is not an error, and says what happened.
        r = ed.post(leave, Map.of());
        assertEquals(302, r.statusCode());
        assertTrue(ed.get(location(r)).body().contains("You are not in History 9B (any more)"));
        assertEquals(404, ed.post("/account/classes/999999/leave", Map.of()).statusCode());
        assertEquals(404, ed.post("/account/classes/abc/leave", Map.of()).statusCode());
    }

    @Test
    void visitorsAreSentToSignInAndCannotPost() {
        WebClient visitor = new WebClient(app);
        HttpResponse<String> r = visitor.get("/account");
        assertEquals(302, r.statusCode());
        assertEquals("/login?next=%2Faccount", location(r));
        visitor.get("/login");
        assertEquals(403, visitor.post("/account/name", Map.of("displayName", "Mallory")).statusCode());
        assertEquals(403, visitor.post(classPath.replace("/teacher/classes/", "/account/classes/") + "/leave",
                Map.of()).statusCode());
    }

    @Test
    void aNameChangeWithoutTheFormsTokenIsRefused() {
        WebClient fa = signedIn("fatima", PASSWORD, "student");
        fa.get("/account");
        assertEquals(403, fa.post("/account/name", Map.of("displayName", "Forged", "csrf", "wrong")).statusCode());
        assertTrue(fa.get("/account").body().contains("value=\"Fatima\""));
    }
}
