package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(teacher.get(classPath).body().contains("<td>sam</td>"));
    }

    @Test
    void aCsvOfNamesCreatesAccountsWithOneTimePasswordsThatMustBeChanged() {
        teacher.get(classPath);
        HttpResponse<String> r = teacher.postFile(classPath + "/students/import", "names", "class.csv",
                "name\nAna-María López\n\nBo Berg\n\"Lind, Ana\"\n");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        Matcher m = Pattern.compile("<td>([a-z0-9.]+)</td>\\s*<td><code>([a-z0-9-]{14})</code>").matcher(r.body());
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
            visitor.get("/signup");
            HttpResponse<String> r = visitor.post("/signup", Map.of("username", "newbie", "displayName", "New",
                    "password", PASSWORD));
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("Sign-up is closed on this Factdeck. Ask your teacher for an account."));
        } finally {
            admin.get("/admin/users");
            admin.post("/admin/signup", Map.of("signup", "open"));
        }
        admin.get("/admin/users");
        HttpResponse<String> self = admin.post("/admin/users/" + idOf(admin, "ada") + "/role", Map.of("role", "teacher"));
        assertEquals(400, self.statusCode());
        assertTrue(self.body().contains("You cannot remove your own admin role"));
    }

    private static String idOf(WebClient admin, String username) {
        Matcher m = Pattern.compile("<td>" + username + "</td>.*?/admin/users/(\\d+)/role", Pattern.DOTALL)
                .matcher(admin.get("/admin/users").body());
        return m.find() ? m.group(1) : "-1";
    }
}
