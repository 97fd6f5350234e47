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
 * other student is not; a second teacher owns another class. Every route the app registers must have a row here
 * ({@link #everyRegisteredRouteHasARow}), so a new route cannot ship without its answer for each role.
 * State-changing rows send a form that changes nothing the other rows rely on (an empty or refused form, or
 * an account made for that row), since the point is who may ask, not what the handler does.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final List<String> ACTORS = List.of("anonymous", "student", "otherStudent", "teacher", "admin");
    private static final Map<String, WebClient> CLIENTS = new LinkedHashMap<>();
    private static long classId;
    private static long otherClassId;
    private static long studentId;
    private static long leaverId;
    private static String joinCode;
    private static long attemptId;
    /** An assignment of the teacher's class, and the student's attempt at it. */
    private static long assignmentId;
    private static long assignmentAttemptId;
    /** A teacher's draft article, cleaned (so its sentences are listed) but with no fact yet. */
    private static long articleId;
    /** The route patterns the rows below checked, against which the registered routes are compared. */
    private static final java.util.Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final String ESP = "espreso-nato-troops-warning";

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
        joinCode = code;
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
        stu.get("/articles/" + ESP);
        String quiz = stu.post("/articles/" + ESP + "/quiz", Map.of()).headers().firstValue("Location").orElseThrow();
        attemptId = Long.parseLong(quiz.replaceAll("^/quiz/(\\d+).*", "$1"));
        WebClient tess = CLIENTS.get("teacher");
        tess.get("/teacher/classes/" + classId + "/assignments/new");
        assertEquals(302, tess.post("/teacher/classes/" + classId + "/assignments", Map.of("title", "Week 1", "article",
                ESP, "mode", "drawn", "drawn", "3", "zone", "UTC", "attempts", "1", "counts", "best", "answers",
                "immediately")).statusCode(), "the matrix's assignment is created");
        assignmentId = Long.parseLong(tess.get("/teacher/classes/" + classId + "/assignments").body()
                .replaceAll("(?s).*/assignments/(\\d+)/edit.*", "$1"));
        stu.get("/");
        assignmentAttemptId = Long.parseLong(stu.post("/assignments/" + assignmentId + "/start", Map.of()).headers()
                .firstValue("Location").orElseThrow().replaceAll("^/quiz/(\\d+)$", "$1"));
        tess.get("/teacher/articles/new");
        String created = tess.postMultipart("/teacher/articles/new", Map.of("text", "The council approved the new "
                + "bridge on Monday.\n\nWork starts in the spring, the mayor said.", "url", ""), "file", "", new byte[0])
                .headers().firstValue("Location").orElseThrow();
        articleId = Long.parseLong(created.replaceAll("^/teacher/articles/(\\d+)/clean$", "$1"));
        tess.get("/teacher/articles/" + articleId + "/clean");
        assertEquals(302, tess.post("/teacher/articles/" + articleId + "/clean", Map.of("title", "The new bridge",
                "publisher", "Town News", "published", "2024-03-04", "language", "en", "keep" + WebClient.REPEAT + 0,
                "1", "keep" + WebClient.REPEAT + 1, "3")).statusCode(), "the matrix's article is cleaned");
    }

    /** Last, after the rows below have run (each row marks its route checked). */
    @Test
    @org.junit.jupiter.api.Order(3)
    void everyRegisteredRouteHasARow() {
        List<String> missing = app.endpoints().stream().filter(r -> !CHECKED.contains(r)).toList();
        assertEquals(List.of(), missing, "routes without a row in this matrix: add one for each");
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void everyGetRouteAsEveryActor() {
        String q = "/articles/" + ESP + "/questions";
        String cls = "/teacher/classes/" + classId;
        String stuInClass = cls + "/students/" + studentId;
        //                                             anonymous student other  teacher admin
        check("/", "/",                                     200, 200, 200, 200, 200);
        check("/favicon.ico", "/favicon.ico",               301, 301, 301, 301, 301);
        check("/health", "/health",                         200, 200, 200, 200, 200);
        check("/login", "/login",                           200, 200, 200, 200, 200);
        check("/signup", "/signup",                         200, 200, 200, 200, 200);
        check("/articles/{slug}", "/articles/" + ESP,       200, 200, 200, 200, 200);
        check("/articles/{slug}", "/articles/no-such-article", 404, 404, 404, 404, 404);
        check("/account", "/account",                       302, 200, 200, 200, 200);
        check("/account/password", "/account/password",     302, 200, 200, 200, 200);
        check("/join", "/join",                             302, 200, 200, 200, 200);
        check("/join/{code}", "/join/" + joinCode,          302, 200, 200, 200, 200);
        check("/progress", "/progress",                     302, 200, 200, 200, 200);
        check("/study", "/study",                           302, 200, 200, 200, 200);
        check("/study/settings", "/study/settings",         302, 200, 200, 200, 200);
        check("/study/{deck}", "/study/" + ESP,             302, 200, 200, 200, 200);
        // A quiz is its student's own: another student, a teacher and an admin are refused.
        check("/quiz/{id}", "/quiz/" + attemptId,           302, 302, 403, 403, 403);
        check("/quiz/{id}/{position}", "/quiz/" + attemptId + "/1", 302, 200, 403, 403, 403);
        check("/quiz/{id}/summary", "/quiz/" + attemptId + "/summary", 302, 200, 403, 403, 403);
        check("/articles/{slug}/questions", q,              302, 403, 403, 200, 200);
        check("/articles/{slug}/questions/new", q + "/new", 302, 403, 403, 200, 200);
        check("/articles/{slug}/questions/show", q + "/show?id=esp-001/multiple-choice/role",
                                                            302, 403, 403, 200, 200);
        check("/articles/{slug}/questions/a/{number}/edit", q + "/a/999/edit", 302, 403, 403, 404, 404);
        check("/articles/{slug}/questions/a/{number}/delete", q + "/a/999/delete", 302, 403, 403, 404, 404);
        check("/teacher/transfer", "/teacher/transfer",     302, 403, 403, 200, 200);
        check("/teacher/export", "/teacher/export?format=gift", 302, 403, 403, 200, 200);
        check("/teacher/classes", "/teacher/classes",       302, 403, 403, 200, 200);
        check("/teacher/classes/{id}", cls,                 302, 403, 403, 200, 200);
        check("/teacher/classes/{id}", "/teacher/classes/" + otherClassId, 302, 403, 403, 403, 200);
        check("/teacher/classes/{id}", "/teacher/classes/999999", 302, 403, 403, 404, 404);
        check("/teacher/classes/{id}/remove/{accountId}", cls + "/remove/" + studentId, 302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/remove/{accountId}", "/teacher/classes/" + otherClassId + "/remove/" + studentId,
                                                            302, 403, 403, 403, 404);
        check("/teacher/classes/{id}/students/{accountId}/progress", stuInClass + "/progress",
                                                            302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/students/{accountId}/progress",
                "/teacher/classes/" + otherClassId + "/students/" + studentId + "/progress", 302, 403, 403, 403, 404);
        check("/teacher/classes/{id}/students/{accountId}/password", stuInClass + "/password",
                                                            302, 403, 403, 200, 200);
        // Assignments: the class's teacher (and admins) only; another teacher's class is refused, an unknown one not found.
        String asg = cls + "/assignments/" + assignmentId;
        check("/teacher/classes/{id}/assignments", cls + "/assignments", 302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/assignments", "/teacher/classes/" + otherClassId + "/assignments",
                                                            302, 403, 403, 403, 200);
        check("/teacher/classes/{id}/assignments/new", cls + "/assignments/new", 302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/assignments/{assignmentId}/edit", asg + "/edit", 302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/assignments/{assignmentId}/edit",
                "/teacher/classes/" + otherClassId + "/assignments/" + assignmentId + "/edit", 302, 403, 403, 403, 404);
        check("/teacher/classes/{id}/assignments/{assignmentId}/edit", cls + "/assignments/999999/edit",
                                                            302, 403, 403, 404, 404);
        check("/teacher/classes/{id}/assignments/{assignmentId}/delete", asg + "/delete", 302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/assignments/{assignmentId}/analysis", asg + "/analysis", 302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/assignments/{assignmentId}/analysis",
                "/teacher/classes/" + otherClassId + "/assignments/" + assignmentId + "/analysis", 302, 403, 403, 403, 404);
        check("/teacher/classes/{id}/gradebook", cls + "/gradebook", 302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/gradebook", "/teacher/classes/" + otherClassId + "/gradebook",
                                                            302, 403, 403, 403, 200);
        check("/teacher/classes/{id}/gradebook/csv", cls + "/gradebook/csv", 302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/attempts/{attemptId}", cls + "/attempts/" + assignmentAttemptId,
                                                            302, 403, 403, 200, 200);
        check("/teacher/classes/{id}/attempts/{attemptId}",
                "/teacher/classes/" + otherClassId + "/attempts/" + assignmentAttemptId, 302, 403, 403, 403, 404);
        // An ordinary quiz is no assignment's attempt: not found, even for the student's own teacher.
        check("/teacher/classes/{id}/attempts/{attemptId}", cls + "/attempts/" + attemptId, 302, 403, 403, 404, 404);
        String art = "/teacher/articles/" + articleId;
        check("/teacher/articles", "/teacher/articles",     302, 403, 403, 200, 200);
        check("/teacher/articles/new", "/teacher/articles/new", 302, 403, 403, 200, 200);
        check("/teacher/articles/{id}/clean", art + "/clean", 302, 403, 403, 200, 200);
        check("/teacher/articles/{id}/clean", "/teacher/articles/999999/clean", 302, 403, 403, 404, 404);
        check("/teacher/articles/{id}/facts", art + "/facts", 302, 403, 403, 200, 200);
        check("/teacher/articles/{id}/facts/new", art + "/facts/new?sentence=s-1", 302, 403, 403, 200, 200);
        check("/teacher/articles/{id}/facts/new", art + "/facts/new?sentence=s-999", 302, 403, 403, 404, 404);
        check("/teacher/articles/{id}/facts/{fact}/edit", art + "/facts/no-such/edit", 302, 403, 403, 404, 404);
        check("/teacher/articles/{id}/facts/{fact}/delete", art + "/facts/no-such/delete", 302, 403, 403, 404, 404);
        check("/teacher/articles/{id}/delete", art + "/delete", 302, 403, 403, 200, 200);
        // No proposal of that key (this article's proposals are not the point here: who may ask is).
        check("/teacher/articles/{id}/proposals/edit", art + "/proposals/edit?key=no%7Csuch", 302, 403, 403, 404, 404);
        check("/admin/users", "/admin/users",               302, 403, 403, 403, 200);
        check("/admin/users/{id}/password", "/admin/users/1/password", 302, 403, 403, 403, 200);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void everyStateChangingRouteAsEveryActor() {
        // Each actor posts from a page it can open, so the CSRF token is valid: what decides is the role.
        String q = "/articles/" + ESP + "/questions";
        String cls = "/teacher/classes/" + classId;
        Map<String, String> none = Map.of();
        checkPost("/teacher/classes", "/teacher/classes", Map.of("name", ""),       403, 403, 403, 400, 400);
        checkPost("/admin/signup", "/admin/signup", Map.of("signup", "open"),       403, 403, 403, 403, 302);
        checkPost("/admin/users/{id}/role", "/admin/users/1/role", Map.of("role", "teacher"), 403, 403, 403, 403, 302);
        checkPost("/admin/users/{id}/password", "/admin/users/999999/password", none, 403, 403, 403, 403, 404);
        checkPost("/teacher/classes/{id}/students", "/teacher/classes/" + otherClassId + "/students",
                Map.of("displayName", "Zed"),                                       403, 403, 403, 403, 200);
        checkPost("/teacher/classes/{id}/students/import", cls + "/students/import", none, 403, 403, 403, 400, 400);
        // Assignments: empty forms are refused as such; deleting one that is not there is not found.
        checkPost("/teacher/classes/{id}/assignments", cls + "/assignments", none,  403, 403, 403, 400, 400);
        checkPost("/teacher/classes/{id}/assignments", "/teacher/classes/" + otherClassId + "/assignments", none,
                                                                                    403, 403, 403, 403, 400);
        checkPost("/teacher/classes/{id}/assignments/{assignmentId}/edit", cls + "/assignments/" + assignmentId + "/edit",
                none,                                                               403, 403, 403, 400, 400);
        checkPost("/teacher/classes/{id}/assignments/{assignmentId}/delete", cls + "/assignments/999999/delete", none,
                                                                                    403, 403, 403, 404, 404);
        checkPost("/teacher/classes/{id}/assignments/{assignmentId}/delete",
                "/teacher/classes/" + otherClassId + "/assignments/" + assignmentId + "/delete", none,
                                                                                    403, 403, 403, 403, 404);
        // A regrade names a typed answer to one of the assignment's questions: an empty form is refused as such.
        checkPost("/teacher/classes/{id}/assignments/{assignmentId}/regrade", cls + "/assignments/" + assignmentId
                + "/regrade", none,                                                 403, 403, 403, 400, 400);
        checkPost("/teacher/classes/{id}/assignments/{assignmentId}/regrade",
                "/teacher/classes/" + otherClassId + "/assignments/" + assignmentId + "/regrade", none,
                                                                                    403, 403, 403, 403, 404);
        // Only a member of the class starts it (its student resumes the attempt in progress).
        checkPost("/assignments/{id}/start", "/assignments/" + assignmentId + "/start", none, 403, 302, 403, 403, 403);
        checkPost("/assignments/{id}/start", "/assignments/999999/start", none,    403, 404, 404, 404, 404);
        checkPost("/teacher/classes/{id}/students/{accountId}/password",
                "/teacher/classes/" + otherClassId + "/students/" + studentId + "/password", none,
                                                                                    403, 403, 403, 403, 404);
        checkPost("/teacher/classes/{id}/remove/{accountId}", cls + "/remove/" + leaverId, none,
                                                                                    403, 403, 403, 302, 302);
        checkPost("/articles/{slug}/questions/new", q + "/new", none,               403, 403, 403, 400, 400);
        checkPost("/articles/{slug}/questions/a/{number}/edit", q + "/a/999/edit", none, 403, 403, 403, 404, 404);
        checkPost("/articles/{slug}/questions/a/{number}/delete", q + "/a/999/delete", none, 403, 403, 403, 404, 404);
        // No question named: the question is not found, whatever the status asked for.
        checkPost("/articles/{slug}/questions/status", q + "/status", none,         403, 403, 403, 404, 404);
        checkPost("/teacher/import", "/teacher/import", none,                       403, 403, 403, 400, 400);
        checkPost("/teacher/import/confirm", "/teacher/import/confirm", none,       403, 403, 403, 400, 400);
        String art = "/teacher/articles/" + articleId;
        // Teachers' articles: empty or refused forms (nothing changes), a draft unpublished (stays a draft).
        checkPost("/teacher/articles/new", "/teacher/articles/new", Map.of("text", ""), 403, 403, 403, 400, 400);
        checkPost("/teacher/articles/{id}/clean", art + "/clean", none,             403, 403, 403, 400, 400);
        checkPost("/teacher/articles/{id}/facts/new", art + "/facts/new", Map.of("sentence", "s-1"),
                                                                                    403, 403, 403, 400, 400);
        checkPost("/teacher/articles/{id}/facts/{fact}/edit", art + "/facts/no-such/edit", none,
                                                                                    403, 403, 403, 404, 404);
        checkPost("/teacher/articles/{id}/facts/{fact}/delete", art + "/facts/no-such/delete", none,
                                                                                    403, 403, 403, 404, 404);
        // Proposals: nothing ticked or named, refused as such.
        checkPost("/teacher/articles/{id}/proposals/accept", art + "/proposals/accept", none, 403, 403, 403, 400, 400);
        checkPost("/teacher/articles/{id}/proposals/reject", art + "/proposals/reject", none, 403, 403, 403, 400, 400);
        checkPost("/teacher/articles/{id}/proposals/edit", art + "/proposals/edit", none, 403, 403, 403, 400, 400);
        checkPost("/teacher/articles/{id}/publish", art + "/publish", none,         403, 403, 403, 400, 400);
        checkPost("/teacher/articles/{id}/unpublish", art + "/unpublish", none,     403, 403, 403, 302, 302);
        checkPost("/teacher/articles/{id}/delete", "/teacher/articles/999999/delete", none, 403, 403, 403, 404, 404);
        checkPost("/account/name", "/account/name", Map.of("displayName", ""),      403, 400, 400, 400, 400);
        checkPost("/account/password", "/account/password", none,                   403, 400, 400, 400, 400);
        checkPost("/account/classes/{id}/leave", "/account/classes/999999/leave", none, 403, 404, 404, 404, 404);
        checkPost("/join", "/join", Map.of("code", ""),                             403, 400, 400, 400, 400);
        checkPost("/study/settings", "/study/settings", none,                       403, 400, 400, 400, 400);
        checkPost("/study/{deck}/review", "/study/" + ESP + "/review", none,        403, 400, 400, 400, 400);
        // Nothing to undo: back to the deck.
        checkPost("/study/{deck}/undo", "/study/" + ESP + "/undo", none,            403, 302, 302, 302, 302);
        checkPost("/quiz/{id}/{position}", "/quiz/" + attemptId + "/1", none,       403, 400, 403, 403, 403);
        // Its own student is sent on (to a practice quiz, or back to the results when nothing was missed).
        checkPost("/quiz/{id}/practice", "/quiz/" + attemptId + "/practice", none,  403, 302, 403, 403, 403);
        checkPost("/articles/{slug}/quiz", "/articles/no-such-article/quiz", none,  403, 404, 404, 404, 404);
        // Any account may start a mixed quiz of its own (a new attempt, which no other row reads).
        checkPost("/quiz", "/quiz", none,                                           403, 302, 302, 302, 302);
        // Signing in and up are a visitor's: from their own pages, an empty form is refused as such.
        CHECKED.add("POST /login");
        CHECKED.add("POST /signup");
        // (An empty sign-in is a failed one, 401, like a wrong password.)
        for (Map.Entry<String, Integer> page : Map.of("/login", 401, "/signup", 400).entrySet()) {
            WebClient visitor = new WebClient(app);
            visitor.get(page.getKey());
            assertEquals(page.getValue(), visitor.post(page.getKey(), Map.of("username", "", "password", ""))
                    .statusCode(), "POST " + page.getKey());
        }
        // Signing out ends the session, so each actor signs out a session of its own made for this row.
        CHECKED.add("POST /logout");
        WebClient visitor = new WebClient(app);
        visitor.get("/");
        // A visitor has no session to end (and no form with a token for it).
        assertEquals(403, visitor.post("/logout", none).statusCode(), "POST /logout as a visitor");
        for (String username : List.of("stu", "other", "tess", "ada")) {
            WebClient own = new WebClient(app);
            own.signIn(username, PASSWORD);
            own.get("/");
            assertEquals(302, own.post("/logout", none).statusCode(), "POST /logout as " + username);
            assertEquals(302, own.get("/account").statusCode(), username + " is signed out after POST /logout");
        }
    }

    private static void check(String route, String path, int... expected) {
        CHECKED.add("GET " + route);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ACTORS.size(); i++) {
            int status = CLIENTS.get(ACTORS.get(i)).get(path).statusCode();
            if (status != expected[i]) {
                wrong.add(ACTORS.get(i) + " got " + status + " (expected " + expected[i] + ")");
            }
        }
        assertEquals(List.of(), wrong, "GET " + path);
    }

    private static void checkPost(String route, String path, Map<String, String> form, int... expected) {
        CHECKED.add("POST " + route);
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
