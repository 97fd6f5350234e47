package app.factdeck.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of HTTP tests: one real app on port 0 with a fresh SQLite file per test class. */
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

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }
}
