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

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }
}
