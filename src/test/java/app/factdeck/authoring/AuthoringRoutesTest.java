package app.factdeck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.study.Flashcard;
import app.factdeck.study.Flashcards;
import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Teachers review, write, edit and delete questions over HTTP; students' quizzes follow. Real app, real SQLite. */
class AuthoringRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "/articles/kyiv-independent-nato-troops-warning/questions";
    private static WebClient teacher;

    @BeforeAll
    static void signIn() {
        teacher = signedIn("tess", PASSWORD, "teacher");
    }

    @Test
    void studentsCannotReviewOrAuthor() {
        app.addUser("sam", PASSWORD, "student");
        WebClient student = new WebClient(app);
        student.signIn("sam", PASSWORD);
        assertEquals(403, student.get(KI).statusCode());
        assertEquals(403, student.get(KI + "/new?type=cloze").statusCode());
        assertEquals(302, app.get(KI + "/new").statusCode(), "a visitor is sent to sign in");
    }

    @Test
    void aMultipleChoiceWithoutACorrectOptionIsRefusedBesideTheFieldWithTheInputKept() {
        teacher.get(KI + "/new?type=multiple-choice");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "multiple-choice");
        form.put("stem", "Which city hosted the **2023** NATO summit?");
        form.put("option-0", "Vilnius");
        form.put("option-1", "Riga");
        form.put("action", "save");
        HttpResponse<String> refused = teacher.post(KI + "/new", form);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("A multiple-choice question needs a correct option: tick it."));
        assertTrue(refused.body().contains("Which city hosted the **2023** NATO summit?"), "stem kept");
        assertTrue(refused.body().contains("value=\"Riga\""), "options kept");

        form.put("option-2", "vilnius");
        form.put("correct", "0");
        HttpResponse<String> twice = teacher.post(KI + "/new", form);
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body().contains("Two options are identical: &#39;vilnius&#39;."), twice.body());
        assertTrue(twice.body().matches("(?s).*id=\"f-correct-0\" value=\"0\"[^>]*checked.*"), "tick kept");
    }

    @Test
    void previewShowsTheQuestionAsAStudentSeesItAndSavesNothing() {
        int before = countAuthored();
        teacher.get(KI + "/new?type=numerical");
        HttpResponse<String> preview = teacher.post(KI + "/new", Map.of("type", "numerical",
                "stem", "How many countries signed the *October 2022* statement?", "answer", "9", "tolerance", "0",
                "action", "preview"));
        assertEquals(200, preview.statusCode());
        String body = preview.body();
        assertTrue(body.contains("Preview: what a student sees"));
        assertTrue(body.contains("How many countries signed the <em>October 2022</em> statement?"));
        assertTrue(body.contains("name=\"answer\" type=\"text\" autocomplete=\"off\""), "the student's answer box");
        assertTrue(body.contains("class=\"preview__key\">9</span>"));
        assertEquals(before, countAuthored());
    }

    @Test
    void scriptsEventHandlersAndJavascriptUrlsNeverReachAPage() {
        teacher.get(KI + "/new?type=short-answer");
        String stem = "Who? <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) "
                + "<a href=\"javascript:alert(4)\">x</a> [ok](https://kyivindependent.com)";
        HttpResponse<String> saved = teacher.post(KI + "/new", Map.of("type", "short-answer", "stem", stem,
                "accepted", "Rasmussen", "feedback", "<b onclick=alert(5)>bold</b>", "action", "save"));
        assertEquals(302, saved.statusCode(), saved.body());
        String id = savedId(saved);
        String page = teacher.get(KI + "/show?id=" + id + "/1").body();
        String stemHtml = page.substring(page.indexOf("What a student sees"), page.indexOf("History"));
        assertFalse(stemHtml.contains("<script"), stemHtml);
        assertFalse(stemHtml.contains("<img"), stemHtml);
        assertFalse(stemHtml.toLowerCase().matches("(?s).*href=\"\\s*javascript.*"), stemHtml);
        assertFalse(stemHtml.matches("(?s).*<[^>]*\\son\\w+=.*"), "no event handler attribute: " + stemHtml);
        assertTrue(stemHtml.contains("&lt;b onclick&#61;alert(5)&gt;"), "shown as text: " + stemHtml);
        assertTrue(stemHtml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML shown as text: " + stemHtml);
        assertTrue(stemHtml.contains("<a href=\"https://kyivindependent.com\" rel=\"nofollow\">ok</a>"), stemHtml);
    }

    @Test
    void hiddenAndOverriddenQuestionsNeverReachAQuizAndEveryChangeSaysWhoAndWhen() throws Exception {
        String review = teacher.get(KI).body();
        List<String> ids = generatedIds(review);
        String hidden = ids.get(0);
        String replaced = ids.get(1);
        HttpResponse<String> hide = teacher.post(KI + "/status", Map.of("question", hidden, "set", "hidden",
                "return", "?status=approved"));
        assertEquals(302, hide.statusCode());
        assertTrue(hide.headers().firstValue("Location").orElseThrow().startsWith(KI + "?status=approved#q-"));
        String after = teacher.get(KI + "?status=hidden").body();
        assertTrue(after.contains(">" + hidden + "<"), "the hidden filter lists it");
        assertTrue(after.contains("Hidden by Tess"), after);

        // Edit a generated question into an override: the form starts from the generated question.
        String from = teacher.get(KI + "/new?from=" + replaced).body();
        assertTrue(from.contains("Your version of " + replaced));
        Map<String, String> form = formFields(from);
        form.put("action", "save");
        HttpResponse<String> saved = teacher.post(KI + "/new", form);
        assertEquals(302, saved.statusCode(), saved.body());
        String overrideId = savedId(saved);
        assertTrue(teacher.get(KI + "?status=overridden").body().contains("Replaced by"));

        app.addUser("quinn", PASSWORD, "student");
        WebClient student = new WebClient(app);
        student.signIn("quinn", PASSWORD);
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            student.get("/articles/kyiv-independent-nato-troops-warning");
            String quiz = student.post("/articles/kyiv-independent-nato-troops-warning/quiz", Map.of())
                    .headers().firstValue("Location").orElseThrow();
            asked.addAll(questionsOf(Long.parseLong(quiz.substring("/quiz/".length()))));
        }
        assertFalse(asked.contains(hidden), "hidden question asked");
        assertFalse(asked.contains(replaced), "replaced question asked");
        assertTrue(asked.contains(overrideId + "/1"), "the teacher's version is asked: " + asked);

        // Approving again brings it back, and the history keeps both changes.
        teacher.get(KI);
        teacher.post(KI + "/status", Map.of("question", hidden, "set", "approved"));
        String history = teacher.get(KI + "/show?id=" + hidden).body();
        assertTrue(history.indexOf("Approved by Tess") < history.indexOf("Hidden by Tess"), "newest first");
    }

    @Test
    void editingMakesANewVersionAndAPastAnswerKeepsTheVersionAnswered() throws Exception {
        teacher.get(KI + "/new?type=true-false");
        String id = savedId(teacher.post(KI + "/new", Map.of("type", "true-false",
                "stem", "Rasmussen was NATO Secretary General.", "answer", "true", "action", "save")));
        app.addUser("vera", PASSWORD, "student");
        WebClient student = new WebClient(app);
        student.signIn("vera", PASSWORD);
        student.get("/articles/kyiv-independent-nato-troops-warning");
        String quiz = student.post("/articles/kyiv-independent-nato-troops-warning/quiz", Map.of())
                .headers().firstValue("Location").orElseThrow();
        List<String> asked = questionsOf(Long.parseLong(quiz.substring("/quiz/".length())));
        int position = asked.indexOf(id + "/1") + 1;
        assertTrue(position > 0, "a teacher's new question comes first among new ones: " + asked);
        student.get(quiz + "/" + position);
        student.post(quiz + "/" + position, Map.of("answer", "True"));

        String edit = teacher.get(KI + "/" + id + "/edit").body();
        assertTrue(edit.contains("Rasmussen was NATO Secretary General."), edit);
        HttpResponse<String> v2 = teacher.post(KI + "/" + id + "/edit", Map.of("type", "true-false",
                "stem", "Rasmussen was never NATO Secretary General.", "answer", "false", "action", "save"));
        assertEquals(302, v2.statusCode(), v2.body());
        String summary = student.get(quiz + "/" + position).body();
        assertTrue(summary.contains("Rasmussen was NATO Secretary General."), "the version answered");
        assertFalse(summary.contains("never"));
        assertTrue(teacher.get(KI).body().contains("Edited (version 2) by Tess"));

        // Deleting takes it out of new quizzes; the student's answered page still reads.
        teacher.get(KI);
        assertEquals(302, teacher.post(KI + "/" + id + "/delete", Map.of()).statusCode());
        assertFalse(teacher.get(KI).body().contains(">" + id + "/2<"));
        assertEquals(200, student.get(quiz + "/" + position).statusCode());
        assertEquals(404, teacher.get(KI + "/" + id + "/edit").statusCode());
    }

    @Test
    void aHiddenQuestionsFlashcardLeavesTheDeckAndTheExports() {
        Library library = new ContentLoader().load(java.nio.file.Path.of("content"));
        Flashcards cards = new Flashcards(library, QuestionBank.build(library, QuestionGenerator.DEFAULT_SEED));
        String slug = "kyiv-independent-nato-troops-warning";
        Flashcard card = cards.deck(slug).get(cards.deck(slug).size() - 1);
        app.addUser("fay", PASSWORD, "student");
        WebClient student = new WebClient(app);
        student.signIn("fay", PASSWORD);
        int before = deckSize(student.get("/study").body(), slug);
        assertTrue(teacher.get("/teacher/export?format=quizlet&article=" + slug).body().contains(card.front()));
        teacher.get(KI);
        assertEquals(302, teacher.post(KI + "/status", Map.of("question", card.id(), "set", "hidden")).statusCode());
        assertEquals(before - 1, deckSize(student.get("/study").body(), slug));
        assertFalse(teacher.get("/teacher/export?format=quizlet&article=" + slug).body().contains(card.front()));
        teacher.get(KI);
        teacher.post(KI + "/status", Map.of("question", card.id(), "set", "approved"));
        assertEquals(before, deckSize(student.get("/study").body(), slug));
    }

    private static int deckSize(String page, String slug) {
        Matcher m = Pattern.compile("data-deck=\"" + slug + "\">[\\s\\S]*?<td>(\\d+)</td>").matcher(page);
        assertTrue(m.find(), page);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void unknownFiltersAndQuestionsGetClearMessages() {
        HttpResponse<String> badType = teacher.get(KI + "?type=essay");
        assertEquals(400, badType.statusCode());
        assertTrue(badType.body().contains("There is no question type &#39;essay&#39;"));
        assertEquals(400, teacher.get(KI + "?status=lost").statusCode());
        assertEquals(400, teacher.get(KI + "?fact=nope").statusCode());
        teacher.get(KI);
        assertEquals(404, teacher.post(KI + "/status", Map.of("question", "nope/1", "set", "hidden")).statusCode());
        assertEquals(404, teacher.get(KI + "/show?id=a/999/1").statusCode());
        assertEquals(400, teacher.get(KI + "/new?type=essay").statusCode());
    }

    private static String savedId(HttpResponse<String> saved) {
        Matcher m = Pattern.compile("saved=a%2F(\\d+)").matcher(saved.headers().firstValue("Location").orElseThrow());
        assertTrue(m.find(), saved.headers().toString());
        return "a/" + m.group(1);
    }

    private static List<String> generatedIds(String review) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("name=\"question\" value=\"([^\"]+)\"").matcher(review);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The authoring form's fields as the page fills them (text inputs, textareas, ticked boxes, selected option). */
    private static Map<String, String> formFields(String page) {
        String form = page.substring(page.indexOf("<form class=\"form\" method=\"post\""));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*>").matcher(form);
        int n = 0;
        while (input.find()) {
            String tag = input.group(0);
            if (tag.contains("type=\"checkbox\"") || tag.contains("type=\"radio\"")) {
                if (tag.contains("checked")) {
                    fields.put(input.group(1) + WebClient.REPEAT + n++, input.group(2));
                }
            } else {
                fields.put(input.group(1), unescape(input.group(2)));
            }
        }
        Matcher area = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(form);
        while (area.find()) {
            fields.put(area.group(1), unescape(area.group(2)));
        }
        Matcher selected = Pattern.compile("<option value=\"(s-\\d+)\" selected").matcher(form);
        if (selected.find()) {
            fields.put("sentence", selected.group(1));
        }
        return fields;
    }

    private static String unescape(String html) {
        return org.apache.commons.text.StringEscapeUtils.unescapeHtml4(html);
    }

    private static List<String> questionsOf(long attempt) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + app.dataDir().resolve("factdeck.db"));
             PreparedStatement q = c.prepareStatement(
                     "SELECT question_id FROM attempt_question WHERE attempt_id = ? ORDER BY position")) {
            q.setLong(1, attempt);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static int countAuthored() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + app.dataDir().resolve("factdeck.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM authored_question")) {
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
