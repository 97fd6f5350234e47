package app.factdeck.accounts;

import app.factdeck.testing.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Item 13: {@code user disable} on the running server's database: no sign-in, sessions ended; enable undoes it. */
class DisabledAccountRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";

    private static int user(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "user";
        System.arraycopy(args, 0, line, 1, args.length);
        return CommandRun.on(app.dataDir()).run(line).status();
    }

    @Test
    void aDisabledAccountIsSignedOutAndCannotSignInUntilEnabled() {
        WebClient mia = signedIn("miriam", PASSWORD, "student");
        assertEquals(200, mia.get("/account").statusCode());
        assertEquals(0, user("disable", "miriam"));

        assertEquals(302, mia.get("/account").statusCode(), "her session ended");
        HttpResponse<String> r = new WebClient(app).signIn("miriam", PASSWORD);
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("This account is disabled"), r.body());
        // A wrong password is answered as for any account, so guessing does not learn it is disabled.
        r = new WebClient(app).signIn("miriam", "not her password at all");
        assertEquals(401, r.statusCode());
        assertTrue(!r.body().contains("disabled"));

        WebClient admin = signedIn("admina", PASSWORD, "admin");
        assertTrue(admin.get("/admin/users").body().contains("<span class=\"tag\">disabled</span>"));

        assertEquals(0, user("enable", "miriam"));
        assertEquals(302, new WebClient(app).signIn("miriam", PASSWORD).statusCode());
    }
}
