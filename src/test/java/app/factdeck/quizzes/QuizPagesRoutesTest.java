package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.types.ordering.OrderingKind;
import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, items 7 and 8 over HTTP: what the quiz pages say about a typo, an unreadable date, a partly right
 * answer and the score; and the ways back into an unfinished quiz from home, the article and /progress.
 */
class QuizPagesRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ESP = "espreso-nato-troops-warning";
    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final List<Question> BANK = new QuestionGenerator(LIBRARY, QuestionGenerator.DEFAULT_SEED)
            .generateAll();
    private static final String RASMUSSEN = "esp-002/short-answer/1";
    private static final String SIGNED_ON = "esp-016/short-answer/1";

    @Test
    void aTypoAcceptedAsRightShowsTheRightSpellingOnTheFeedbackAndTheResults() {
        WebClient stu = signedIn("tia", PASSWORD, "student");
        String quiz = startOn(stu, ESP);
        ask(quiz, 1, RASMUSSEN);
        stu.get(quiz + "/1");
        assertEquals(302, stu.post(quiz + "/1", Map.of("answer", "Anders Fogh Rasmssen")).statusCode());
        String feedback = stu.get(quiz + "/1").body();
        assertTrue(feedback.contains("class=\"feedback__verdict\">Right</h2>"), feedback);
        assertTrue(feedback.contains("Accepted — spelled: <strong class=\"feedback__spelling\">Anders Fogh Rasmussen"
                + "</strong>"), feedback);
        String results = stu.get(quiz + "/summary").body();
        assertTrue(results.contains("Accepted — spelled: <strong>Anders Fogh Rasmussen</strong>"), results);
    }

    @Test
    void aDateTypedWronglyIsRefusedWithTheExpectedFormAndTheTypedInputKept() {
        WebClient stu = signedIn("dan", PASSWORD, "student");
        String quiz = startOn(stu, ESP);
        ask(quiz, 1, SIGNED_ON);
        stu.get(quiz + "/1");
        HttpResponse<String> refused = stu.post(quiz + "/1", Map.of("answer", "Juy 2023"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("&#39;Juy 2023&#39; is not a date this quiz can read. Write a date such as "
                + "7 June 2023 or 2023-06-07."), refused.body());
        assertTrue(refused.body().contains("value=\"Juy 2023\""), "the typed answer is kept");
        assertTrue(refused.body().contains("aria-describedby=\"answer-error\""), "the box points at the message");
        assertTrue(stu.get(quiz + "/1").body().contains("class=\"form quiz-form\""), "nothing was stored");
        assertEquals(302, stu.post(quiz + "/1", Map.of("answer", "30/09/2022")).statusCode());
        assertTrue(stu.get(quiz + "/1").body().contains("class=\"feedback__verdict\">Right</h2>"));
    }

    @Test
    void theAnswerFieldsRenderedOnceAreTheSameForEveryStudentAndNeverHoldAnotherStudentsInput() {
        WebClient ann = signedIn("ann", PASSWORD, "student");
        WebClient ben = signedIn("ben", PASSWORD, "student");
        String annQuiz = startOn(ann, ESP);
        String benQuiz = startOn(ben, ESP);
        ask(annQuiz, 1, SIGNED_ON);
        ask(benQuiz, 1, SIGNED_ON);
        String first = form(ann.get(annQuiz + "/1").body());
        // Ann's refused answer comes back to Ann only; Ben's first view is the fields as rendered for Ann's.
        HttpResponse<String> refused = ann.post(annQuiz + "/1", Map.of("answer", "Juy 2023"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("value=\"Juy 2023\""), "the typed answer is kept");
        String second = form(ben.get(benQuiz + "/1").body());
        assertFalse(second.contains("Juy 2023"), second);
        assertEquals(first.replace(annQuiz, "QUIZ").replaceAll("name=\"csrf\" value=\"[^\"]*\"", ""),
                second.replace(benQuiz, "QUIZ").replaceAll("name=\"csrf\" value=\"[^\"]*\"", ""));
        assertEquals(1, second.split("name=\"answer\"", -1).length - 1, "one answer box: " + second);
        assertTrue(second.contains("name=\"csrf\" value=\"") && !second.contains("name=\"csrf\" value=\"\""),
                "the page's own CSRF token stays outside the shared fields");
    }

    /** The question page's form. */
    private static String form(String page) {
        Matcher m = Pattern.compile("(?s)<form class=\"form quiz-form\".*?</form>").matcher(page);
        assertTrue(m.find(), page);
        return m.group();
    }

    @Test
    void aPartlyRightAnswerIsLabelledApartFromWrongAndRight() {
        WebClient stu = signedIn("pia", PASSWORD, "student");
        String quiz = startOn(stu, ESP);
        Question ordering = BANK.stream().filter(q -> q.type() == OrderingKind.INSTANCE && q.articleSlug().equals(ESP)
                && q.listing().keys().size() >= 3).findFirst().orElseThrow();
        ask(quiz, 1, ordering.id());
        ask(quiz, 2, RASMUSSEN);
        String page = stu.get(quiz + "/1").body();
        Map<String, String> swapped = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<label for=\"position-(\\d+)\">([^<]+)</label>").matcher(page);
        while (m.find()) {
            int right = ordering.listing().keys().indexOf(m.group(2).replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&amp;", "&")) + 1;
            // The first two events swapped: most pairs still in order, one not.
            swapped.put("position-" + m.group(1), String.valueOf(right == 1 ? 2 : right == 2 ? 1 : right));
        }
        assertEquals(ordering.listing().keys().size(), swapped.size(), page);
        assertEquals(302, stu.post(quiz + "/1", swapped).statusCode());
        String feedback = stu.get(quiz + "/1").body();
        assertTrue(feedback.contains("feedback--partial"), feedback);
        assertTrue(Pattern.compile("class=\"feedback__verdict\">Partly right: \\d+ %</h2>").matcher(feedback).find(),
                feedback);
        stu.get(quiz + "/2");
        stu.post(quiz + "/2", Map.of("answer", "Stoltenberg"));
        String results = stu.get(quiz + "/summary").body();
        assertTrue(Pattern.compile("review--partial\">\\s*<p class=\"verdict verdict--partial\">Partly right: \\d+ %</p>")
                .matcher(results).find(), results);
        assertTrue(Pattern.compile("review--missed\">\\s*<p class=\"verdict verdict--missed\">Missed</p>")
                .matcher(results).find(), "the wrong answer is marked missed, apart from the partly right one");
        assertTrue(results.contains("<p class=\"verdict verdict--missed\">Not answered</p>"));
        assertTrue(results.contains("0 right, 1 partly right, 9 missed"), results);
    }

    @Test
    void theScoreIsAPercentageInWordsWithTheNextSteps() {
        WebClient stu = signedIn("sam", PASSWORD, "student");
        String quiz = startOn(stu, ESP);
        ask(quiz, 1, RASMUSSEN);
        ask(quiz, 2, SIGNED_ON);
        ask(quiz, 3, "esp-016/short-answer/1");
        stu.get(quiz + "/1");
        stu.post(quiz + "/1", Map.of("answer", "Anders Fogh Rasmussen"));
        stu.get(quiz + "/2");
        stu.post(quiz + "/2", Map.of("answer", "September 30, 2022"));
        stu.get(quiz + "/3");
        stu.post(quiz + "/3", Map.of("answer", "1 October 2022"));
        String results = stu.get(quiz + "/summary").body();
        assertTrue(results.contains("So far you have scored <strong id=\"score\">20 %</strong>"), results);
        assertTrue(results.contains("2 right, 8 missed: 2 of 10 points"), results);
        assertFalse(results.contains("2.0 / 10"), "no bare score");
        long id = Long.parseLong(quiz.substring("/quiz/".length()));
        assertTrue(results.contains("action=\"/quiz/" + id + "/practice\""));
        assertTrue(results.contains("Practise the 8 I missed"));
        for (String link : List.of("/study/" + ESP, "/articles/" + ESP)) {
            assertTrue(results.contains("href=\"" + link + "\""), link + " offered: " + results);
            assertEquals(200, stu.get(link).statusCode(), link + " is a page");
        }
        assertTrue(results.contains("action=\"/articles/" + ESP + "/quiz\""), "another quiz on the article");
        assertTrue(stu.get("/progress").body().contains("20 % (2.0 of 10 points)"), "the recent list says it too");

        String mixed = stu.post("/quiz", Map.of()).headers().firstValue("Location").orElseThrow();
        String mixedResults = stu.get(mixed + "/summary").body();
        assertTrue(mixedResults.contains("So far you have scored <strong id=\"score\">0 %</strong>"), mixedResults);
        assertTrue(mixedResults.contains("href=\"/study\"") && mixedResults.contains("action=\"/quiz\""), mixedResults);
    }

    @Test
    void homeArticleAndProgressOfferToContinueAnUnfinishedQuizAtItsCurrentQuestion() {
        WebClient stu = signedIn("una", PASSWORD, "student");
        String quiz = startOn(stu, ESP);
        ask(quiz, 1, RASMUSSEN);
        stu.get(quiz + "/1");
        stu.post(quiz + "/1", Map.of("answer", "Rutte"));
        String title = html(LIBRARY.article(ESP).orElseThrow().title());
        String link = "<a href=\"" + quiz + "/2\">Continue your quiz on " + title + " — question 2 of 10</a>";
        assertTrue(stu.get("/").body().contains(link), "home");
        assertTrue(stu.get("/progress").body().contains(link), "progress");
        String article = stu.get("/articles/" + ESP).body();
        assertTrue(article.contains("id=\"continue-quiz\" href=\"" + quiz + "/2\">Continue your quiz on " + title
                + " — question 2 of 10</a>"), article);
        assertTrue(article.contains("href=\"" + quiz + "/2\">Continue at question 2 of 10</a>"), "at the top as well");
        assertTrue(article.contains("Start a new quiz instead"), article);
        assertTrue(article.contains("no longer offered here"), "starting anew says what happens to the old one");
        assertFalse(article.contains("Take a quiz on this article"), article);

        WebClient other = signedIn("olga", PASSWORD, "student");
        assertFalse(other.get("/").body().contains("Continue your quiz"), "another student is offered nothing");
        assertTrue(other.get("/articles/" + ESP).body().contains("Take a quiz on this article"));

        // Starting anew: the new quiz is offered, the old one no longer, but it keeps its answers.
        String anew = startOn(stu, ESP);
        String home = stu.get("/").body();
        assertTrue(home.contains("<a href=\"" + anew + "/1\">Continue your quiz on " + title
                + " — question 1 of 10</a>"), home);
        assertFalse(home.contains(quiz + "/2"), home);
        String progress = stu.get("/progress").body();
        assertTrue(progress.contains("href=\"" + quiz + "/summary\""), "the old attempt is still listed");
        assertTrue(stu.get(quiz + "/summary").body().contains("0 right, 10 missed"));
        assertTrue(stu.get(quiz + "/1").body().contains("Rutte"), "its answer is kept");

        // A finished quiz is offered no more.
        for (int p = 1; p <= 10; p++) {
            ask(anew, p, RASMUSSEN);
            stu.get(anew + "/" + p);
            stu.post(anew + "/" + p, Map.of("answer", "Rasmussen"));
        }
        assertFalse(stu.get("/").body().contains("Continue your quiz on " + title), "finished");
        assertTrue(stu.get(anew + "/summary").body().contains("You scored <strong id=\"score\">100 %</strong>"));
        assertTrue(stu.get("/articles/" + ESP).body().contains("Take a quiz on this article"));
    }

    @Test
    void anArticleOpenedFromAQuizLeadsBackToTheQuestionFromTheAttemptItself() {
        WebClient stu = signedIn("bea", PASSWORD, "student");
        String quiz = startOn(stu, ESP);
        ask(quiz, 1, RASMUSSEN);
        stu.get(quiz + "/1");
        stu.post(quiz + "/1", Map.of("answer", "Rasmussen"));
        String feedback = stu.get(quiz + "/1").body();
        long id = Long.parseLong(quiz.substring("/quiz/".length()));
        Matcher source = Pattern.compile("class=\"source-link\" href=\"([^\"]+)\"").matcher(feedback);
        assertTrue(source.find(), feedback);
        String href = source.group(1).replace("&amp;", "&");
        String anchor = BANK.stream().filter(q -> q.id().equals(RASMUSSEN)).findFirst().orElseThrow().source().anchor();
        assertEquals("/articles/" + ESP + "?hl=" + anchor + "&quiz=" + id + "&question=1#" + anchor, href);

        String article = stu.get(href.substring(0, href.indexOf('#'))).body();
        assertTrue(article.contains("<a class=\"button button--small\" href=\"" + quiz + "/1\">Back to question 1</a>"),
                article);
        assertTrue(Pattern.compile("<span class=\"sentence is-highlighted\" id=\"" + anchor + "\"[^>]*>[^<]*</span> <a\\s+"
                + "class=\"quiz-return__here\" href=\"" + quiz + "/1\">Back to question 1</a>").matcher(article).find(),
                "the way back sits beside the highlighted sentence: " + article);
        String results = stu.get(quiz + "/summary").body();
        assertTrue(results.contains("&amp;quiz=" + id + "#"), "the results' source links carry the attempt");
        assertTrue(stu.get("/articles/" + ESP + "?hl=" + anchor + "&quiz=" + id).body()
                .contains("href=\"" + quiz + "/summary\">Back to your results</a>"));

        // Only the reader's own attempt, and only a position it has: anything else shows no way back.
        WebClient other = signedIn("eve", PASSWORD, "student");
        for (String query : List.of("quiz=" + id + "&question=1", "quiz=" + id + "&question=11",
                "quiz=%2F%2Fevil.example&question=1", "quiz=" + id + "&question=-1", "quiz=99999999999999999999")) {
            String path = "/articles/" + ESP + "?hl=" + anchor + "&" + query;
            WebClient reader = query.equals("quiz=" + id + "&question=1") ? other : stu;
            HttpResponse<String> page = reader.get(path);
            assertEquals(200, page.statusCode(), path);
            assertFalse(page.body().contains("id=\"quiz-return\"") || page.body().contains("quiz-return__here")
                    || page.body().contains("Back to"), path + ": " + page.body());
        }
        assertFalse(new WebClient(app).get("/articles/" + ESP + "?quiz=" + id + "&question=1").body()
                .contains("Back to"), "a visitor");
    }

    private static String startOn(WebClient stu, String slug) {
        stu.get("/articles/" + slug);
        HttpResponse<String> started = stu.post("/articles/" + slug + "/quiz", Map.of());
        assertEquals(302, started.statusCode(), started.body());
        return started.headers().firstValue("Location").orElseThrow();
    }

    /** Arranges the quiz: the question asked at {@code position} (the planner's choice is random). */
    private static void ask(String quiz, int position, String questionId) {
        long id = Long.parseLong(quiz.substring("/quiz/".length()));
        int changed = app.database().write(c -> {
            try (var s = c.prepareStatement(
                    "UPDATE attempt_question SET question_id = ? WHERE attempt_id = ? AND position = ?")) {
                s.setString(1, questionId);
                s.setLong(2, id);
                s.setInt(3, position);
                return s.executeUpdate();
            }
        });
        assertEquals(1, changed);
    }

    /** As Thymeleaf escapes text. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
