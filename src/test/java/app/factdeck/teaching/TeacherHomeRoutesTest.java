package app.factdeck.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.MovableClock;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "/" for a teacher: their classes with student counts and this week's quiz activity, every article with links
 * to its review queues and their counts, import/export; students keep the article list. Real app, real SQLite,
 * a clock the test sets.
 */
@org.junit.jupiter.api.Tag("database")
class TeacherHomeRoutesTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final MovableClock CLOCK = new MovableClock(NOW);
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start(Files.createTempDirectory("factdeck-home-"), Map.of(), CLOCK);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aTeachersHomeListsTheirClassesWithStudentCountsAndThisWeeksQuizzes() throws Exception {
        WebClient tess = client("tess", "teacher");
        long history = createClass(tess, "History 9B");
        createClass(tess, "Civics 10A");
        WebClient other = client("otto", "teacher");
        createClass(other, "Otto's own class");
        long[] students = new long[3];
        for (int i = 0; i < 3; i++) {
            WebClient s = client("stu" + i, "student");
            s.get("/join");
            s.post("/join", Map.of("code", codeOf(tess, history)));
            students[i] = accountId("stu" + i);
        }
        // stu0 finished a quiz two days ago and one twelve days ago; stu1 one ten days ago; stu2 none.
        attempt(students[0], NOW.minus(Duration.ofDays(2)).minusSeconds(600), NOW.minus(Duration.ofDays(2)));
        attempt(students[0], NOW.minus(Duration.ofDays(12)), NOW.minus(Duration.ofDays(12)));
        attempt(students[1], NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(10)));
        // stu1 starts a quiz now (the real route), 3 hours before the teacher looks.
        WebClient stu1 = client("stu1b", "student");
        stu1.get("/join");
        stu1.post("/join", Map.of("code", codeOf(tess, history)));
        stu1.get("/articles/" + KI);
        assertEquals(302, stu1.post("/articles/" + KI + "/quiz", Map.of()).statusCode());
        CLOCK.set(NOW.plus(Duration.ofHours(3)));
        try {
            HttpResponse<String> home = tess.get("/");
            assertEquals(200, home.statusCode());
            String body = home.body();
            assertTrue(body.contains("<h1>Your teaching</h1>"), body);
            String row = rowOf(body, "History 9B");
            assertEquals("4", cell(row, "Students"));
            assertEquals("1", cell(row, "Quizzes finished, last 7 days"), "the quizzes of 10 and 12 days ago are old");
            assertEquals("2", cell(row, "Active students, last 7 days"), "stu0 finished, stu1b started");
            assertTrue(cell(row, "Last activity").contains("3 hours ago"), row);
            String civics = rowOf(body, "Civics 10A");
            assertEquals("0", cell(civics, "Students"));
            assertTrue(cell(civics, "Last activity").contains("no quizzes yet"), civics);
            assertFalse(body.contains("Otto&#39;s own class") || body.contains("Otto's own class"),
                    "another teacher's class is not listed");
            assertTrue(body.contains("href=\"/teacher/transfer\""), "import/export is one click away");
            assertFalse(body.contains("action=\"/quiz\""), "not the student home's quiz button");
        } finally {
            CLOCK.set(NOW);
        }
    }

    @Test
    void eachArticleLinksToItsReviewQueuesWithTheBanksOwnCounts() {
        WebClient tina = client("tina", "teacher");
        String bank = "/articles/" + KI + "/questions";
        String page = tina.get(bank).body();
        Matcher first = Pattern.compile("name=\"question\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(first.find());
        assertEquals(302, tina.post(bank + "/status", Map.of("question", first.group(1), "set", "hidden"))
                .statusCode());
        String home = tina.get("/").body();
        String bankPage = tina.get(bank).body();
        for (String status : new String[] {"approved", "hidden", "needs-fix"}) {
            Matcher inBank = Pattern.compile("<option value=\"" + status + "\"[^>]*>[^<(]*\\((\\d+)\\)</option>")
                    .matcher(bankPage);
            assertTrue(inBank.find(), status);
            Matcher onHome = Pattern.compile("<a href=\"" + Pattern.quote(bank + "?status=" + status)
                    + "\">[^<:]*: (\\d+)</a>").matcher(home);
            assertTrue(onHome.find(), "the home links to the " + status + " queue: " + home);
            assertEquals(inBank.group(1), onHome.group(1), status + ": the home and the bank agree");
        }
        assertTrue(home.contains("<a href=\"" + bank + "?status=hidden\">Hidden: 1</a>"), "the hidden question");
        assertTrue(home.contains("href=\"/articles/espreso-nato-troops-warning/questions\""), "every article");
    }

    @Test
    void studentsKeepTheArticleListAndAdminsWhoTeachGetTheTeachersHome() {
        String student = client("sara", "student").get("/").body();
        assertFalse(student.contains("Your teaching"), "a student's home is the article list");
        assertTrue(student.contains("id=\"articles-heading\""));
        String visitor = app.get("/").body();
        assertFalse(visitor.contains("Your teaching"));
        WebClient ada = client("ada", "admin");
        createClass(ada, "Ada's seminar");
        String admin = ada.get("/").body();
        assertTrue(admin.contains("<h1>Your teaching</h1>") && admin.contains("seminar</a>"), admin);
        assertTrue(admin.contains("<a href=\"/admin/users\">Users</a>: every account"), "admins get Users too");
        assertFalse(client("tom", "teacher").get("/").body().contains("href=\"/admin/users\""));
    }

    @Test
    void theNavigationMarksTheCurrentPage() {
        WebClient tia = client("tia", "teacher");
        long k = createClass(tia, "Geography 8C");
        assertTrue(tia.get("/").body().contains("<a href=\"/\" aria-current=\"page\">Home</a>"));
        assertTrue(tia.get("/teacher/classes").body()
                .contains("<a href=\"/teacher/classes\" aria-current=\"page\">Classes</a>"));
        String klass = tia.get("/teacher/classes/" + k).body();
        assertTrue(klass.contains("<a href=\"/teacher/classes\" aria-current=\"true\">Classes</a>"), "a page under it");
        assertFalse(klass.contains("aria-current=\"page\""), "no other link claims the page");
        assertTrue(tia.get("/teacher/transfer").body()
                .contains("<a href=\"/teacher/transfer\" aria-current=\"page\">Import/export</a>"));
        assertTrue(client("sue", "student").get("/progress").body()
                .contains("<a href=\"/progress\" aria-current=\"page\">Progress</a>"));
        assertTrue(app.get("/login").body().contains("<a href=\"/login\" aria-current=\"page\">Sign in</a>"));
    }

    private static WebClient client(String username, String role) {
        app.addUser(username, PASSWORD, role);
        WebClient c = new WebClient(app);
        c.signIn(username, PASSWORD);
        return c;
    }

    private static long createClass(WebClient teacher, String name) {
        teacher.get("/teacher/classes");
        HttpResponse<String> r = teacher.post("/teacher/classes", Map.of("name", name));
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String codeOf(WebClient teacher, long classId) {
        Matcher m = Pattern.compile("class=\"code\"[^>]*>([A-Z0-9]{6})<").matcher(teacher.get("/teacher/classes/"
                + classId).body());
        assertTrue(m.find(), "the class page shows its code");
        return m.group(1);
    }

    /** The table row whose first cell links to the class {@code name}. */
    private static String rowOf(String body, String name) {
        Matcher m = Pattern.compile("(?s)<tr>\\s*<td data-label=\"Class\"><a [^>]*>" + Pattern.quote(name)
                + "</a></td>.*?</tr>").matcher(body);
        assertTrue(m.find(), "a row for " + name + ": " + body);
        return m.group();
    }

    private static String cell(String row, String label) {
        Matcher m = Pattern.compile("(?s)<td data-label=\"" + Pattern.quote(label) + "\"[^>]*>(.*?)</td>").matcher(row);
        assertTrue(m.find(), label + " in " + row);
        return m.group(1).strip();
    }

    private static Connection db() throws Exception {
        return app.connection();
    }

    private static long accountId(String username) throws Exception {
        try (Connection c = db(); PreparedStatement q = c.prepareStatement("SELECT id FROM account WHERE username = ?")) {
            q.setString(1, username);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A finished attempt as the quiz routes leave one (the rows the home reads), at chosen times. */
    private static void attempt(long accountId, Instant started, Instant finished) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO quiz_attempt (account_id, article_slug, seed, started_at, finished_at) VALUES (?, ?, 1, ?, ?)")) {
            s.setLong(1, accountId);
            s.setString(2, KI);
            s.setLong(3, started.toEpochMilli());
            s.setLong(4, finished.toEpochMilli());
            s.executeUpdate();
        }
    }
}
