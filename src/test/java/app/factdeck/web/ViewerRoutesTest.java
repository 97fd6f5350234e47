package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What every page shows about the person looking, now read from the Viewer the session filter sets: the name and
 * the role's links in the header, the teachers' link on an article, one's own row under Users, the form token.
 */
class ViewerRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ARTICLE = "/articles/espreso-nato-troops-warning";
    private static final String REVIEW = "href=\"/articles/espreso-nato-troops-warning/questions\">Review";
    private static final Pattern NAV_LINK = Pattern.compile("<li[^>]*><a (?:class=\"nav__account\" )?href=\"(/[^\"]*)\"");

    @Test
    void eachRoleGetsItsNameAndItsLinks() {
        WebClient visitor = new WebClient(app);
        WebClient student = signedIn("sam", PASSWORD, "student");
        WebClient teacher = signedIn("tess", PASSWORD, "teacher");
        WebClient admin = signedIn("ada", PASSWORD, "admin");
        assertEquals(List.of("/", "/login", "/signup"), navLinks(visitor.get(ARTICLE).body()));
        assertEquals(List.of("/", "/study", "/progress", "/join", "/account"), navLinks(student.get(ARTICLE).body()));
        assertEquals(List.of("/", "/teacher/classes", "/teacher/articles/new", "/teacher/transfer", "/study", "/progress",
                "/account"),
                navLinks(teacher.get(ARTICLE).body()));
        assertEquals(List.of("/", "/teacher/classes", "/teacher/articles/new", "/teacher/transfer", "/admin/users",
                "/study", "/progress", "/account"), navLinks(admin.get(ARTICLE).body()));
        assertTrue(teacher.get(ARTICLE).body().contains("<span class=\"nav__name\">Tess</span>"));
        // The teachers' way into the bank: teachers and admins only.
        assertFalse(visitor.get(ARTICLE).body().contains(REVIEW));
        assertFalse(student.get(ARTICLE).body().contains(REVIEW));
        assertTrue(teacher.get(ARTICLE).body().contains(REVIEW));
        assertTrue(admin.get(ARTICLE).body().contains(REVIEW));
    }

    @Test
    void anAdminsOwnRowOffersNoPasswordResetAndEveryFormCarriesTheSessionsToken() {
        WebClient admin = signedIn("alma", PASSWORD, "admin");
        app.addUser("zoe", PASSWORD, "student");
        String users = admin.get("/admin/users").body();
        Matcher resets = Pattern.compile("href=\"/admin/users/(\\d+)/password\"").matcher(users);
        Matcher own = Pattern.compile("(?s)<td[^>]*>alma</td>.*?</tr>").matcher(users);
        assertTrue(own.find(), users);
        assertFalse(own.group().contains("/password\""), "no reset of one's own password: " + own.group());
        assertTrue(resets.find(), "others can be reset");
        Matcher tokens = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"").matcher(users);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (tokens.find()) {
            seen.add(tokens.group(1));
        }
        assertEquals(1, seen.size(), "one token in every form: " + seen);
        assertFalse(seen.iterator().next().isEmpty());
        // The token works: a role change made from this page is taken.
        assertEquals(302, admin.post("/admin/users/" + resets.group(1) + "/role", Map.of("role", "student"))
                .statusCode());
    }

    private static List<String> navLinks(String page) {
        String nav = page.replaceAll("(?s).*<nav aria-label=\"Main\"(.*?)</nav>.*", "$1");
        // A signed-in page lists its links twice: in the bar and in the phone's Menu.
        java.util.Set<String> links = new java.util.LinkedHashSet<>();
        Matcher m = NAV_LINK.matcher(nav);
        while (m.find()) {
            links.add(m.group(1));
        }
        return List.copyOf(links);
    }
}
