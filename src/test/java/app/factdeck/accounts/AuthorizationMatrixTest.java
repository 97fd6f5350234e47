package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route, as each kind of visitor, gets the expected status. The student is in the teacher's class; the
 * other student is not; a second teacher owns another class.
 */
class AuthorizationMatrixTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final List<String> ACTORS = List.of("anonymous", "student", "otherStudent", "teacher", "admin");
    private static final Map<String, WebClient> CLIENTS = new LinkedHashMap<>();
    private static long classId;
    private static long otherClassId;
    private static long studentId;
    private static long leaverId;

    @BeforeAll
    static void createActors() {
        app.addUser("bystander", PASSWORD, "student"); // account 1: the target of role changes below
        app.addUser("stu", PASSWORD, "student");
        app.addUser("other", PASSWORD, "student");
        app.addUser("tess", PASSWORD, "teacher");
        app.addUser("theo", PASSWORD, "teacher");
        app.addUser("ada", PASSWORD, "admin");
        CLIENTS.put("anonymous", new WebClient(app));
        for (String[] pair : new String[][] {{"student", "stu"}, {"otherStudent", "other"}, {"teacher", "tess"},
                {"admin", "ada"}}) {
            WebClient c = new WebClient(app);
            assertEquals(302, c.signIn(pair[1], PASSWORD).statusCode(), pair[1]);
            CLIENTS.put(pair[0], c);
        }
        classId = createClass(CLIENTS.get("teacher"), "History 9B");
        WebClient theo = new WebClient(app);
        theo.signIn("theo", PASSWORD);
        otherClassId = createClass(theo, "Theo's class");
        String code = CLIENTS.get("teacher").get("/teacher/classes/" + classId).body()
                .replaceAll("(?s).*id=\"join-code\">([A-Z0-9]+)<.*", "$1");
        WebClient stu = CLIENTS.get("student");
        stu.get("/join");
        stu.post("/join", Map.of("code", code));
        app.addUser("leaver", PASSWORD, "student"); // the one the POST matrix removes from the class
        WebClient leaver = new WebClient(app);
        leaver.signIn("leaver", PASSWORD);
        leaver.get("/join");
        leaver.post("/join", Map.of("code", code));
        String roster = CLIENTS.get("teacher").get("/teacher/classes/" + classId).body();
        studentId = idInRoster(roster, "stu");
        leaverId = idInRoster(roster, "leaver");
    }

    @Test
    void everyGetRouteAsEveryActor() {
        //                                             anonymous student other  teacher admin
        check("/",                                          200, 200, 200, 200, 200);
        check("/articles/espreso-nato-troops-warning",      200, 200, 200, 200, 200);
        check("/health",                                    200, 200, 200, 200, 200);
        check("/login",                                     200, 200, 200, 200, 200);
        check("/signup",                                    200, 200, 200, 200, 200);
        check("/articles/espreso-nato-troops-warning/questions", 302, 403, 403, 200, 200);
        check("/account/password",                          302, 200, 200, 200, 200);
        check("/join",                                      302, 200, 200, 200, 200);
        check("/teacher/classes",                           302, 403, 403, 200, 200);
        check("/teacher/classes/" + classId,                302, 403, 403, 200, 200);
        check("/teacher/classes/" + otherClassId,           302, 403, 403, 403, 200);
        check("/teacher/classes/999999",                    302, 403, 403, 404, 404);
        check("/teacher/classes/" + classId + "/remove/" + studentId, 302, 403, 403, 200, 200);
        check("/teacher/classes/" + otherClassId + "/remove/" + studentId, 302, 403, 403, 403, 404);
        check("/admin/users",                               302, 403, 403, 403, 200);
        check("/progress",                                  302, 200, 200, 200, 200);
        check("/teacher/classes/" + classId + "/students/" + studentId + "/progress", 302, 403, 403, 200, 200);
        check("/teacher/classes/" + otherClassId + "/students/" + studentId + "/progress", 302, 403, 403, 403, 404);
    }

    @Test
    void everyStateChangingRouteAsEveryActor() {
        // Each actor posts from a page it can open, so the CSRF token is valid: what decides is the role.
        checkPost("/teacher/classes", Map.of("name", "New class"),      403, 403, 403, 302, 302);
        checkPost("/admin/signup", Map.of("signup", "open"),            403, 403, 403, 403, 302);
        checkPost("/admin/users/1/role", Map.of("role", "teacher"),     403, 403, 403, 403, 302);
        checkPost("/teacher/classes/" + otherClassId + "/students", Map.of("displayName", "Zed"),
                                                                        403, 403, 403, 403, 200);
        checkPost("/teacher/classes/" + classId + "/remove/" + leaverId, Map.of(),
                                                                        403, 403, 403, 302, 302);
    }

    private static void check(String path, int... expected) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ACTORS.size(); i++) {
            int status = CLIENTS.get(ACTORS.get(i)).get(path).statusCode();
            if (status != expected[i]) {
                wrong.add(ACTORS.get(i) + " got " + status + " (expected " + expected[i] + ")");
            }
        }
        assertEquals(List.of(), wrong, "GET " + path);
    }

    private static void checkPost(String path, Map<String, String> form, int... expected) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ACTORS.size(); i++) {
            WebClient c = CLIENTS.get(ACTORS.get(i));
            c.get("/");
            int status = c.post(path, form).statusCode();
            if (status != expected[i]) {
                wrong.add(ACTORS.get(i) + " got " + status + " (expected " + expected[i] + ")");
            }
        }
        assertEquals(List.of(), wrong, "POST " + path);
    }

    private static long idInRoster(String roster, String username) {
        Matcher m = Pattern.compile("<td[^>]*>" + username + "</td>\\s*<td[^>]*>.*?href=\"[^\"]*/remove/(\\d+)\"", Pattern.DOTALL)
                .matcher(roster);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long createClass(WebClient teacher, String name) {
        teacher.get("/teacher/classes");
        String location = teacher.post("/teacher/classes", Map.of("name", name)).headers().firstValue("Location")
                .orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
