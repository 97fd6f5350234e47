package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.RenderedPages;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages whose model has a {@code title} show it as their tab title (and /progress as its heading), never the
 * layout's template source. Before the layout's parameters were renamed, its {@code title} parameter hid the
 * page's, and these pages read {@code <title th:text="${title} + ' — Factdeck'">…}.
 */
class PageTitlesRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final Pattern TITLE = Pattern.compile("(?s)<title>(.*?)</title>");
    private static final Pattern H1 = Pattern.compile("(?s)<h1[^>]*>(.*?)</h1>");

    @Test
    void aStudentsProgressAndATeachersViewOfItAreTitledWithTheirOwnWords() {
        WebClient teacher = signedIn("tess", PASSWORD, "teacher");
        teacher.get("/teacher/classes");
        String classPage = teacher.post("/teacher/classes", Map.of("name", "History 9B"))
                .headers().firstValue("Location").orElseThrow();
        String code = first(Pattern.compile("id=\"join-code\">([A-Z0-9]+)<"), teacher.get(classPage).body());
        WebClient student = signedIn("stu", PASSWORD, "student");
        student.get("/join");
        assertEquals(200, student.post("/join", Map.of("code", code)).statusCode());

        HttpResponse<String> own = student.get("/progress");
        assertEquals("Your progress — Factdeck", titleOf(own));
        assertEquals("Your progress", headingOf(own));

        // Recent quizzes are named as the reader knows them: the article's title, or "All articles".
        student.get("/articles/" + KI);
        String quiz = student.post("/articles/" + KI + "/quiz", Map.of()).headers().firstValue("Location").orElseThrow();
        String question = student.get(quiz + "/2").body();
        assertTrue(Pattern.compile(">2/\\d+</progress>").matcher(question).find(),
                "the bar's fallback text follows the question");
        student.post("/quiz", Map.of());
        String recent = student.get("/progress").body().replaceAll("(?s).*id=\"recent\"(.*?)</table>.*", "$1");
        assertTrue(recent.contains(">Guardian: Some NATO members may consider sending troops to Ukraine, warns former "
                + "alliance chief</a>"), recent);
        assertTrue(recent.contains(">All articles</a>"), recent);
        assertTrue(!recent.contains(">" + KI + "<"), "never the slug");

        String roster = teacher.get(classPage).body();
        String link = first(Pattern.compile("href=\"(/teacher/classes/\\d+/students/\\d+/progress)\""), roster);
        HttpResponse<String> theirs = teacher.get(link);
        assertEquals(200, theirs.statusCode());
        assertEquals("Progress of Stu — Factdeck", titleOf(theirs));
        assertEquals("Progress of Stu", headingOf(theirs));
    }

    @Test
    void flashcardsTheQuestionFormItsPreviewAndTheImportReportAreTitledWithTheirOwnWords() {
        WebClient student = signedIn("sam", PASSWORD, "student");
        assertTitled(student.get("/study/" + KI), "Card — ");

        WebClient teacher = signedIn("tia", PASSWORD, "teacher");
        assertTitled(teacher.get("/articles/" + KI + "/questions/new?type=short-answer"), "New short answer question: ");
        String bank = teacher.get("/articles/" + KI + "/questions").body();
        String id = first(Pattern.compile("name=\"question\" value=\"([^\"]+)\""), bank);
        assertTitled(teacher.get("/articles/" + KI + "/questions/show?id=" + id), "Question " + id + ": ");

        teacher.get("/teacher/transfer");
        HttpResponse<String> report = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "gift"),
                "file", "one.gift", "Which city hosted the summit? {=Vilnius ~Riga}\n{broken\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertTitled(report, "Import report: one.gift");
    }

    /** The tab title is plain words, starting as the page names itself, and ends with the app's name. */
    private static void assertTitled(HttpResponse<String> page, String start) {
        assertTrue(page.statusCode() < 500, page.body());
        String title = titleOf(page);
        assertTrue(title.startsWith(start) && title.endsWith(" — Factdeck") && !title.contains("<"),
                page.request().uri() + " is titled: " + title);
    }

    private static String titleOf(HttpResponse<String> page) {
        return RenderedPages.textOf(first(TITLE, page.body())).strip();
    }

    private static String headingOf(HttpResponse<String> page) {
        return RenderedPages.textOf(first(H1, page.body())).strip();
    }

    private static String first(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), "no " + p + " in " + html);
        return m.group(1);
    }
}
