package app.factdeck.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of HTTP tests: one real app on port 0 with a fresh database per test class (a SQLite file, or in the
 * PostgreSQL run a new PostgreSQL database: see {@link TestDatabases}). Tagged "database": Maven runs these again
 * on PostgreSQL.
 */
@org.junit.jupiter.api.Tag("database")
public abstract class AppTest {

    protected static TestApp app;

    @BeforeAll
    static void startApp() {
        app = TestApp.start();
    }

    /** A browser-like client signed in as a new account with {@code role}, made by the real {@code user add}. */
    protected static WebClient signedIn(String username, String password, String role) {
        app.addUser(username, password, role);
        WebClient client = new WebClient(app);
        client.signIn(username, password);
        return client;
    }

    /**
     * A class {@code teacher} makes through the class pages, which {@code students} join with its code, as on the
     * web; its id.
     */
    protected static long classWith(WebClient teacher, String name, java.util.List<WebClient> students) {
        teacher.get("/teacher/classes");
        String location = teacher.post("/teacher/classes", java.util.Map.of("name", name)).headers()
                .firstValue("Location").orElseThrow();
        long classId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("id=\"join-code\">([A-Z0-9]+)<")
                .matcher(teacher.get("/teacher/classes/" + classId).body());
        if (!code.find()) {
            throw new AssertionError("no join code on the class page of " + name);
        }
        for (WebClient s : students) {
            s.get("/join");
            int status = s.post("/join", java.util.Map.of("code", code.group(1))).statusCode();
            if (status != 200) {
                throw new AssertionError("joining " + name + " answered " + status);
            }
        }
        return classId;
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }
}
