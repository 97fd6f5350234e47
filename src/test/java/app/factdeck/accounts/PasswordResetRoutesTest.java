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
 * Item 13: a teacher resets a student's password in their own class, an admin anyone's; the new one-time password
 * is shown once, must be replaced at the next sign-in, and the account's sessions end.
 */
class PasswordResetRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\">([a-z0-9-]{14})<");
    private static WebClient teacher;
    private static long classId;
    private static String code;

    @BeforeAll
    static void aTeacherWithAClass() {
        teacher = signedIn("tess", PASSWORD, "teacher");
        teacher.get("/teacher/classes");
        String classPath = teacher.post("/teacher/classes", Map.of("name", "History 9B")).headers()
                .firstValue("Location").orElseThrow();
        classId = Long.parseLong(classPath.substring(classPath.lastIndexOf('/') + 1));
        code = teacher.get(classPath).body().replaceAll("(?s).*id=\"join-code\">([A-Z0-9]+)<.*", "$1");
    }

    private static WebClient inTheClass(String username, String role) {
        WebClient c = signedIn(username, PASSWORD, role);
        c.get("/join");
        assertEquals(200, c.post("/join", Map.of("code", code)).statusCode());
        return c;
    }

    private static long idInRoster(String username) {
        Matcher m = Pattern.compile("/students/(\\d+)/progress\"[^>]*>[^<]*</a></td>\\s*<td[^>]*>" + Pattern.quote(username)
                + "</td>").matcher(teacher.get("/teacher/classes/" + classId).body());
        assertTrue(m.find(), username + " in the roster");
        return Long.parseLong(m.group(1));
    }

    private static String oneTimePassword(HttpResponse<String> r) {
        Matcher m = ONE_TIME.matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    private static String resetPath(long accountId) {
        return "/teacher/classes/" + classId + "/students/" + accountId + "/password";
    }

    @Test
    void aTeacherResetsAStudentsPasswordWhichEndsTheirSessionsAndMustBeChanged() {
        WebClient gus = inTheClass("gustav", "student");
        long id = idInRoster("gustav");
        String roster = teacher.get("/teacher/classes/" + classId).body();
        assertTrue(roster.contains("href=\"" + resetPath(id) + "\""), "the roster links to the reset");

        HttpResponse<String> confirm = teacher.get(resetPath(id));
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("Reset the password of Gustav"));
        assertFalse(ONE_TIME.matcher(confirm.body()).find(), "opening the page changes nothing");
        assertEquals(302, new WebClient(app).signIn("gustav", PASSWORD).statusCode(), "old password still works");

        HttpResponse<String> done = teacher.post(resetPath(id), Map.of());
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("no-store", done.headers().firstValue("Cache-Control").orElse(""));
        String oneTime = oneTimePassword(done);

        assertEquals("/login?next=%2Faccount", gus.get("/account").headers().firstValue("Location").orElse(""),
                "the student's session ended");
        assertEquals(401, new WebClient(app).signIn("gustav", PASSWORD).statusCode(), "the old password is gone");
        WebClient again = new WebClient(app);
        assertEquals("/account/password", again.signIn("gustav", oneTime).headers().firstValue("Location")
                .orElse(""), "the one-time password must be replaced first");
        again.get("/account/password");
        assertEquals(302, again.post("/account/password", Map.of("current", oneTime, "password",
                "gustav's own passphrase")).statusCode());
        assertTrue(teacher.get(resetPath(id)).statusCode() == 200, "can be reset again later");
    }

    @Test
    void aResetLiftsTheWaitThatForgottenPasswordAttemptsCaused() {
        inTheClass("helga", "student");
        long id = idInRoster("helga");
        WebClient helga = new WebClient(app);
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = helga.signIn("helga", "not the password " + i).statusCode();
        }
        assertEquals(429, status, "guessing led to a wait");
        teacher.get(resetPath(id));
        String oneTime = oneTimePassword(teacher.post(resetPath(id), Map.of()));
        assertEquals(302, helga.signIn("helga", oneTime).statusCode(), "signs in at once with the new one");
    }

    @Test
    void onlyTheClassTeacherMayResetAndOnlyStudentsWhoAreInTheClass() {
        inTheClass("ingrid", "student");
        long id = idInRoster("ingrid");
        WebClient theo = signedIn("theo", PASSWORD, "teacher");
        assertEquals(403, theo.get(resetPath(id)).statusCode(), "another teacher's class");
        theo.get("/");
        assertEquals(403, theo.post(resetPath(id), Map.of()).statusCode());
        WebClient student = signedIn("jonas", PASSWORD, "student");
        assertEquals(403, student.get(resetPath(id)).statusCode());
        student.get("/");
        assertEquals(403, student.post(resetPath(id), Map.of()).statusCode());
        WebClient visitor = new WebClient(app);
        assertEquals(302, visitor.get(resetPath(id)).statusCode());
        visitor.get("/login");
        assertEquals(403, visitor.post(resetPath(id), Map.of()).statusCode());
        assertEquals(302, new WebClient(app).signIn("ingrid", PASSWORD).statusCode(), "her password is unchanged");

        // jonas is not in the class; a teacher who joined it keeps their password out of its teacher's reach.
        long jonas = new AccountRepository(app.database()).findByUsername("jonas").orElseThrow().id();
        assertEquals(404, teacher.get(resetPath(jonas)).statusCode());
        teacher.get("/");
        assertEquals(404, teacher.post(resetPath(jonas), Map.of()).statusCode());
        inTheClass("karla", "teacher");
        long karla = idInRoster("karla");
        assertFalse(teacher.get("/teacher/classes/" + classId).body().contains("href=\"" + resetPath(karla) + "\""));
        HttpResponse<String> r = teacher.get(resetPath(karla));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("only an admin can reset its password"), r.body());
        teacher.get("/");
        assertEquals(403, teacher.post(resetPath(karla), Map.of()).statusCode());
        assertEquals(302, new WebClient(app).signIn("karla", PASSWORD).statusCode());
        assertEquals(404, teacher.get("/teacher/classes/" + classId + "/students/x/password").statusCode());
    }

    @Test
    void anAdminResetsAnyAccountButTheirOwn() {
        WebClient ada = signedIn("adaline", PASSWORD, "admin");
        WebClient lars = signedIn("lars", PASSWORD, "teacher");
        long larsId = new AccountRepository(app.database()).findByUsername("lars").orElseThrow().id();
        long adaId = new AccountRepository(app.database()).findByUsername("adaline").orElseThrow().id();
        String users = ada.get("/admin/users").body();
        assertTrue(users.contains("href=\"/admin/users/" + larsId + "/password\""));
        assertFalse(users.contains("href=\"/admin/users/" + adaId + "/password\""), "no reset of one's own");

        assertEquals(200, ada.get("/admin/users/" + larsId + "/password").statusCode());
        String oneTime = oneTimePassword(ada.post("/admin/users/" + larsId + "/password", Map.of()));
        assertEquals(302, lars.get("/teacher/classes").statusCode(), "the teacher was signed out");
        assertEquals("/account/password", new WebClient(app).signIn("lars", oneTime).headers()
                .firstValue("Location").orElse(""));
        assertTrue(ada.get("/admin/users").body().contains("one-time password"), "the list shows the state");

        HttpResponse<String> own = ada.get("/admin/users/" + adaId + "/password");
        assertEquals(400, own.statusCode());
        assertTrue(own.body().contains("This is your own account"), own.body());
        ada.get("/");
        assertEquals(400, ada.post("/admin/users/" + adaId + "/password", Map.of()).statusCode());
        assertEquals(404, ada.get("/admin/users/999999/password").statusCode());
        assertEquals(403, teacher.get("/admin/users/" + larsId + "/password").statusCode());
        teacher.get("/");
        assertEquals(403, teacher.post("/admin/users/" + larsId + "/password", Map.of()).statusCode());
    }

    @Test
    void aOneTimePasswordIsAcceptedInCapitalsWithSpacesOrWithoutDashesButAChosenPasswordIsNot() {
        inTheClass("karin", "student");
        long id = idInRoster("karin");
        teacher.get(resetPath(id));
        String oneTime = oneTimePassword(teacher.post(resetPath(id), Map.of()));
        String shouted = oneTime.toUpperCase(java.util.Locale.ROOT).replace('-', ' ');
        WebClient karin = new WebClient(app);
        assertEquals("/account/password", karin.signIn("karin", shouted).headers().firstValue("Location").orElse(""),
                "signed in with " + shouted);
        String page = karin.get("/account/password").body();
        assertTrue(page.contains(">One-time password<") && !page.contains(">Current password<"), page);
        HttpResponse<String> wrong = karin.post("/account/password", Map.of("current", "abcd-efgh-jkmn",
                "password", "karin's own passphrase"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("That is not the one-time password you signed in with"), wrong.body());
        String chosen = "wxyz-2345-6789";
        assertEquals(302, karin.post("/account/password", Map.of("current", oneTime.replace("-", ""),
                "password", chosen)).statusCode(), "changed with the dashes left out");

        // Her own password looks like a one-time one, and is compared exactly as she chose it.
        assertEquals(401, new WebClient(app).signIn("karin", "WXYZ 2345 6789").statusCode());
        assertEquals(401, new WebClient(app).signIn("karin", "wxyz23456789").statusCode());
        assertEquals("/", new WebClient(app).signIn("karin", chosen).headers().firstValue("Location").orElse(""));
    }
}
