package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a teacher and an admin are told after acting on people: removing a student asks first and then says who
 * was removed; a role change says who has which role now; a student's progress leads back to the class.
 */
class ClassroomConfirmationsRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static WebClient teacher;
    private static String classPath;

    @BeforeAll
    static void aTeacherWithAClass() {
        teacher = signedIn("tess", PASSWORD, "teacher");
        teacher.get("/teacher/classes");
        classPath = teacher.post("/teacher/classes", Map.of("name", "History 9B")).headers().firstValue("Location")
                .orElseThrow();
    }

    /** Joins {@code username} (display name as given) to the class; returns its account id from the roster. */
    private static long aStudentInTheClass(String username, String displayName) {
        app.addUser(username, PASSWORD, "student");
        WebClient s = new WebClient(app);
        s.signIn(username, PASSWORD);
        s.get("/account");
        s.post("/account/name", Map.of("displayName", displayName));
        String code = teacher.get(classPath).body().replaceAll("(?s).*id=\"join-code\">([A-Z0-9]+)<.*", "$1");
        s.get("/join");
        assertTrue(s.post("/join", Map.of("code", code)).body().contains("You joined History 9B."));
        Matcher m = Pattern.compile("href=\"" + Pattern.quote(classPath) + "/students/(\\d+)/progress\">"
                + Pattern.quote(displayName) + "<").matcher(teacher.get(classPath).body());
        assertTrue(m.find(), "the roster lists " + displayName);
        return Long.parseLong(m.group(1));
    }

    @Test
    void removingAStudentAsksFirstThenSaysWhoWasRemoved() {
        long nina = aStudentInTheClass("nina", "Nina Novak");
        String roster = teacher.get(classPath).body();
        String confirm = classPath + "/remove/" + nina;
        assertTrue(roster.contains("href=\"" + confirm + "\""), "Remove links to a question, not a form that acts");
        assertFalse(roster.contains("action=\"" + confirm + "\""), "the roster itself removes no one");

        HttpResponse<String> ask = teacher.get(confirm);
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("Remove Nina Novak from History 9B?"), ask.body());
        assertTrue(ask.body().contains("Their account, answers and progress are kept; they can join again with the code."));
        assertTrue(ask.body().contains("action=\"" + confirm + "\""), "the question's button posts the removal");
        assertTrue(ask.body().contains("href=\"" + classPath + "\">Cancel</a>"), "Cancel goes back to the class");
        assertTrue(teacher.get(classPath).body().contains(">Nina Novak<"), "asking removed no one");

        HttpResponse<String> done = teacher.post(confirm, Map.of());
        assertEquals(302, done.statusCode());
        String after = teacher.get(done.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(after.contains("Removed Nina Novak from the class."), after);
        assertFalse(after.contains("progress\">Nina Novak<"), "she is off the roster");
        assertEquals(404, teacher.get(confirm).statusCode(), "someone no longer in the class cannot be removed again");
    }

    @Test
    void aRemovalNoticeIsNeverTakenFromTheLinkNorShownForSomeoneStillInTheClass() {
        long bo = aStudentInTheClass("bo.berg", "Bo Berg");
        assertFalse(teacher.get(classPath + "?removed=" + bo).body().contains("Removed Bo Berg"),
                "Bo is still in the class");
        for (String junk : new String[] {"Mallory", "99999999999999999999", "-1", "999999"}) {
            HttpResponse<String> r = teacher.get(classPath + "?removed=" + junk);
            assertEquals(200, r.statusCode(), junk);
            assertFalse(r.body().contains("Removed "), junk);
        }
    }

    @Test
    void aMadeUpRemovalLinkNamesNoAccountOutsideTheClass() {
        long cy = aStudentInTheClass("cy.cole", "Cy Cole");
        HttpResponse<String> removed = teacher.post(classPath + "/remove/" + cy, Map.of());
        String sealed = removed.headers().firstValue("Location").orElseThrow();
        assertTrue(teacher.get(sealed).body().contains("Removed Cy Cole from the class."), "the removal's own link");
        // Cy is out of the class now: typing his id (or another session replaying the link) must not name him.
        assertFalse(teacher.get(classPath + "?removed=" + cy).body().contains("Cy Cole"), "no seal, no name");
        WebClient otherSession = new WebClient(app);
        otherSession.signIn("tess", PASSWORD);
        assertFalse(otherSession.get(sealed).body().contains("Removed Cy Cole"), "the seal is this session's only");
    }

    @Test
    void savingARoleSaysWhoHasWhichRoleNow() {
        WebClient admin = signedIn("ada", PASSWORD, "admin");
        app.addUser("zoe", PASSWORD, "student");
        WebClient zoe = new WebClient(app);
        zoe.signIn("zoe", PASSWORD);
        zoe.get("/account");
        zoe.post("/account/name", Map.of("displayName", "Zoe Zhang"));
        String users = admin.get("/admin/users").body();
        Matcher m = Pattern.compile("action=\"/admin/users/(\\d+)/role\"[^>]*>\\s*<input[^>]*>\\s*<label[^>]*>Role of zoe<")
                .matcher(users);
        assertTrue(m.find(), users);
        String action = "/admin/users/" + m.group(1) + "/role";

        HttpResponse<String> saved = admin.post(action, Map.of("role", "teacher"));
        assertEquals(302, saved.statusCode());
        String page = admin.get(saved.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("Zoe Zhang is now a teacher."), page);

        saved = admin.post(action, Map.of("role", "teacher"));
        page = admin.get(saved.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("Zoe Zhang is already a teacher; nothing changed."), page);

        saved = admin.post(action, Map.of("role", "admin"));
        page = admin.get(saved.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("Zoe Zhang is now an admin."), page);
        assertFalse(admin.get("/admin/users").body().contains("is now"), "no notice without a change");
    }

    @Test
    void aStudentsProgressLeadsBackToTheClass() {
        long cy = aStudentInTheClass("cy.dale", "Cy Dale");
        HttpResponse<String> r = teacher.get(classPath + "/students/" + cy + "/progress");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"" + classPath + "\">← Back to History 9B</a>"), r.body());
        WebClient cyself = new WebClient(app);
        cyself.signIn("cy.dale", PASSWORD);
        assertFalse(cyself.get("/progress").body().contains("Back to History 9B"), "the student's own page has none");
    }
}
