package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClassesRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static WebClient teacher;
    private static String classPath;

    @BeforeAll
    static void teacherWithAClass() {
        app.addUser("tess", PASSWORD, "teacher");
        teacher = new WebClient(app);
        teacher.signIn("tess", PASSWORD);
        teacher.get("/teacher/classes");
        classPath = teacher.post("/teacher/classes", Map.of("name", "History 9B")).headers().firstValue("Location")
                .orElseThrow();
    }

    @Test
    void aClassNeedsANameAndKeepsWhatWasTyped() {
        teacher.get("/teacher/classes");
        HttpResponse<String> r = teacher.post("/teacher/classes", Map.of("name", "  "));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("id=\"name-error\">Give the class a name, e.g. History 9B."));
        r = teacher.post("/teacher/classes", Map.of("name", "x".repeat(81)));
        assertTrue(r.body().contains("value=\"" + "x".repeat(81) + "\""));
        // Like a person's name: counted in characters, on one line, no direction overrides.
        assertEquals(302, teacher.post("/teacher/classes", Map.of("name", "𝓗".repeat(80))).statusCode());
        for (String bad : java.util.List.of("History\n9B", "History\u202E9B", "\u200B\u200B")) {
            r = teacher.post("/teacher/classes", Map.of("name", bad));
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().contains("id=\"name-error\">"), bad);
        }
    }

    @Test
    void aWrongJoinCodeIsExplainedAndKept() {
        app.addUser("sam", PASSWORD, "student");
        WebClient sam = new WebClient(app);
        sam.signIn("sam", PASSWORD);
        sam.get("/join");
        HttpResponse<String> r = sam.post("/join", Map.of("code", "NOPE42"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("No class has the code &#39;NOPE42&#39;. Check it with your teacher"));
        assertTrue(r.body().contains("value=\"NOPE42\""));

        String code = teacher.get(classPath).body().replaceAll("(?s).*id=\"join-code\">([A-Z0-9]+)<.*", "$1");
        assertTrue(sam.get("/join/" + code).body().contains("value=\"" + code + "\""), "the join link fills in the code");
        r = sam.post("/join", Map.of("code", " " + code.toLowerCase() + " "));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("You joined History 9B."));
        assertTrue(sam.post("/join", Map.of("code", code)).body().contains("You are already in History 9B."));
        assertTrue(teacher.get(classPath).body().matches("(?s).*<td[^>]*>sam</td>.*"));
    }

    @Test
    void aCsvOfNamesCreatesAccountsWithOneTimePasswordsThatMustBeChanged() {
        teacher.get(classPath);
        HttpResponse<String> r = teacher.postFile(classPath + "/students/import", "names", "class.csv",
                "name\nAna-María López\n\nBo Berg\n\"Lind, Ana\"\n");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        Matcher m = Pattern.compile("<td[^>]*>([a-z0-9.]+)</td>\\s*<td[^>]*><code>([a-z0-9-]{14})</code>").matcher(r.body());
        List<String[]> created = new java.util.ArrayList<>();
        while (m.find()) {
            created.add(new String[] {m.group(1), m.group(2)});
        }
        assertEquals(List.of("ana.maria.lopez", "bo.berg", "lind.ana"), created.stream().map(c -> c[0]).toList());

        WebClient ana = new WebClient(app);
        HttpResponse<String> signedIn = ana.signIn(created.get(0)[0], created.get(0)[1]);
        assertEquals("/account/password", signedIn.headers().firstValue("Location").orElse(""));
        assertEquals("/account/password", ana.get("/").headers().firstValue("Location").orElse(""),
                "every page leads to the password change first");
        ana.get("/account/password");
        HttpResponse<String> weak = ana.post("/account/password", Map.of("current", created.get(0)[1], "password",
                "short"));
        assertEquals(400, weak.statusCode());
        assertEquals(302, ana.post("/account/password", Map.of("current", created.get(0)[1], "password",
                "my own long passphrase")).statusCode());
        assertEquals(200, ana.get("/").statusCode());
        assertTrue(new WebClient(app).signIn(created.get(0)[0], "my own long passphrase").statusCode() == 302);
    }

    @Test
    void untilTheOneTimePasswordIsChangedEveryFormIsRefusedNotOnlyPages() {
        teacher.get(classPath);
        HttpResponse<String> r = teacher.post(classPath + "/students", Map.of("displayName", "Fay Forced"));
        String[] account = created(r.body()).get(0);
        WebClient fay = new WebClient(app);
        assertEquals("/account/password", fay.signIn(account[0], account[1]).headers().firstValue("Location")
                .orElse(""));
        fay.get("/account/password");
        for (String path : new String[] {"/join", "/quiz", "/study/settings", "/articles/cell-structure/quiz"}) {
            HttpResponse<String> refused = fay.post(path, Map.of("code", "ABCDEF"));
            assertEquals(403, refused.statusCode(), path);
            assertTrue(refused.body().contains("Choose your own password first"), path);
        }
        assertEquals(302, fay.post("/account/password", Map.of("current", account[1], "password",
                "fay's own passphrase")).statusCode());
        fay.get("/join");
        assertEquals(400, fay.post("/join", Map.of("code", "NOPE42")).statusCode(), "now the form is handled");
    }

    @Test
    void thirtyAndTwoHundredCyrillicNamesGetDistinctTransliteratedUsernamesInOneRequest() {
        String[] first = {"Анна", "Иван", "Мария", "Олег", "Юлия", "Пётр"};
        String[] last = {"Иванова", "Смирнов", "Кузнецова", "Попов", "Щербакова"};
        for (int size : new int[] {30, 200}) {
            teacher.get(classPath);
            StringBuilder csv = new StringBuilder("\uFEFFname\n");
            for (int i = 0; i < size; i++) {
                csv.append(first[i % first.length]).append(' ').append(last[(i / first.length) % last.length])
                        .append('\n');
            }
            long started = System.nanoTime();
            HttpResponse<String> r = teacher.postFile(classPath + "/students/import", "names", "roster.csv",
                    csv.toString());
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.println("Roster import of " + size + " Cyrillic names: " + ms + " ms");
            assertEquals(200, r.statusCode(), r.body());
            List<String[]> made = created(r.body());
            assertEquals(size, made.size(), "every account is shown");
            assertEquals(size, made.stream().map(a -> a[0]).distinct().count(), "usernames are distinct");
            assertTrue(made.stream().noneMatch(a -> a[0].startsWith("student")), made.get(0)[0]);
            assertTrue(made.stream().anyMatch(a -> a[0].equals("anna.ivanova") || a[0].startsWith("anna.ivanova")));
        }
    }

    @Test
    void aNameTwiceInAFileOrAddedAgainByHandIsCreatedWithAWarning() {
        teacher.get("/teacher/classes");
        String twins = teacher.post("/teacher/classes", Map.of("name", "Twins 8C")).headers()
                .firstValue("Location").orElseThrow();
        teacher.get(twins);
        String page = teacher.postFile(twins + "/students/import", "names", "t.csv", "Nina Novak\nOmar Ode\nnina novak\n")
                .body();
        assertTrue(page.contains("2 students in this class are called Nina Novak (nina.novak, nina.novak2). If that is "
                + "one person, remove the extra account"), page);
        assertFalse(page.contains("called Omar Ode"), page);
        teacher.get(twins);
        String byHand = teacher.post(twins + "/students", Map.of("displayName", "Omar Ode")).body();
        assertTrue(byHand.contains("2 students in this class are called Omar Ode (omar.ode, omar.ode2)"), byHand);
    }

    @Test
    void sendingTheSameRosterAgainReissuesPasswordsInsteadOfDuplicatingAccounts() {
        teacher.get("/teacher/classes");
        String retryClass = teacher.post("/teacher/classes", Map.of("name", "Retry 7A")).headers()
                .firstValue("Location").orElseThrow();
        teacher.get(retryClass);
        String roster = "Gil Grey\nHal Hart\n";
        List<String[]> first = created(teacher.postFile(retryClass + "/students/import", "names", "r.csv", roster)
                .body());
        WebClient hal = new WebClient(app);
        hal.signIn(first.get(1)[0], first.get(1)[1]);
        hal.get("/account/password");
        hal.post("/account/password", Map.of("current", first.get(1)[1], "password", "hal's own passphrase"));

        teacher.get(retryClass);
        HttpResponse<String> again = teacher.postFile(retryClass + "/students/import", "names", "r.csv", roster);
        List<String[]> second = created(again.body());
        assertEquals(1, second.size(), again.body());
        assertEquals(first.get(0)[0], second.get(0)[0], "Gil keeps the username, with a new one-time password");
        assertTrue(again.body().contains("Hal Hart is already in this class as " + first.get(1)[0]
                + " and has chosen a password; skipped."));
        assertEquals(401, new WebClient(app).signIn(first.get(0)[0], first.get(0)[1]).statusCode(), "old one is void");
        assertEquals(302, new WebClient(app).signIn(second.get(0)[0], second.get(0)[1]).statusCode());
        assertEquals(2, teacher.get(retryClass).body().split("students/\\d+/progress").length - 1,
                "still two students in the class");
    }

    @Test
    void aRosterThatIsNotUtf8OrNotCsvIsRefusedWithAMessageAndNoAccounts() {
        teacher.get(classPath);
        HttpResponse<String> latin1 = teacher.postMultipart(classPath + "/students/import", Map.of(), "names",
                "roster.csv", "José Núñez\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(400, latin1.statusCode());
        assertTrue(latin1.body().contains("That file is not UTF-8 text."));
        HttpResponse<String> broken = teacher.postFile(classPath + "/students/import", "names", "roster.csv",
                "Ana\n\"Bo\" Berg\n");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("Line 2 (or the one after it) is not valid CSV"), broken.body());
        assertTrue(!broken.body().contains("IOException") && !broken.body().contains("encapsulated"));
        HttpResponse<String> tooBig = teacher.postMultipart(classPath + "/students/import", Map.of(), "names",
                "roster.csv", new byte[RosterCsv.MAX_BYTES + 1]);
        assertEquals(413, tooBig.statusCode());
        assertTrue(tooBig.body().contains("a class list can be at most 256 KB"));
        assertTrue(!teacher.get(classPath).body().contains("José"));
    }

    @Test
    void aStudentNameWithControlCharactersIsRefusedBesideTheField() {
        teacher.get(classPath);
        HttpResponse<String> r = teacher.post(classPath + "/students", Map.of("displayName", "Ivy\u202Eevil"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("id=\"displayName-error\">A name must not contain text-direction override"));
    }

    private static List<String[]> created(String body) {
        Matcher m = Pattern.compile("<td[^>]*>([a-z0-9.]+)</td>\\s*<td[^>]*><code>([a-z0-9-]{14})</code>").matcher(body);
        List<String[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    @Test
    void anEmptyUploadIsExplained() {
        teacher.get(classPath);
        HttpResponse<String> r = teacher.postFile(classPath + "/students/import", "names", "empty.csv", "");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Choose a CSV file with one student name per line"));
    }

    @Test
    void closedSignUpRefusesNewAccountsWithAMessage() {
        app.addUser("ada", PASSWORD, "admin");
        WebClient admin = new WebClient(app);
        admin.signIn("ada", PASSWORD);
        admin.get("/admin/users");
        assertEquals(302, admin.post("/admin/signup", Map.of("signup", "closed")).statusCode());
        try {
            WebClient visitor = new WebClient(app);
            // Closed is said before anything is typed: no form, no "Sign up" in the header or on the sign-in page.
            String page = visitor.get("/signup").body();
            assertTrue(page.contains("id=\"signup-closed\""), page);
            assertFalse(page.contains("action=\"/signup\""), "no sign-up form");
            assertFalse(page.contains("href=\"/signup\""), "no Sign up link");
            assertFalse(visitor.get("/login").body().contains("href=\"/signup\""));
            assertFalse(visitor.get("/").body().contains("href=\"/signup\""));
            HttpResponse<String> r = visitor.post("/signup", Map.of("username", "newbie", "displayName", "New",
                    "password", PASSWORD));
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("Sign-up is closed on this Factdeck. Ask your teacher for an account."));
        } finally {
            admin.get("/admin/users");
            admin.post("/admin/signup", Map.of("signup", "open"));
        }
        assertTrue(new WebClient(app).get("/").body().contains("href=\"/signup\""), "offered again once open");
        admin.get("/admin/users");
        HttpResponse<String> self = admin.post("/admin/users/" + idOf(admin, "ada") + "/role", Map.of("role", "teacher"));
        assertEquals(400, self.statusCode());
        assertTrue(self.body().contains("You cannot remove your own admin role"));
    }

    private static String idOf(WebClient admin, String username) {
        Matcher m = Pattern.compile("<td[^>]*>" + username + "</td>.*?/admin/users/(\\d+)/role", Pattern.DOTALL)
                .matcher(admin.get("/admin/users").body());
        return m.find() ? m.group(1) : "-1";
    }
}
