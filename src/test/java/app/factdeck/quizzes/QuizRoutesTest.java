package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.QuestionKinds;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A student takes a quiz over HTTP exactly as the forms submit it. */
@org.junit.jupiter.api.Tag("database")
class QuizRoutesTest {

    private static final String PASSWORD = "orange piano window";
    private static final List<Question> BANK = new QuestionGenerator(new ContentLoader().load(Path.of("content")),
            QuestionGenerator.DEFAULT_SEED).generateAll();

    @Test
    void aStudentAnswersEveryTypeRightDoubleSubmitsOnceAndResumesAfterARestart() throws Exception {
        Path data = Files.createTempDirectory("factdeck-quiz-");
        TestApp app = TestApp.start(data, Map.of());
        String quiz;
        try {
            app.addUser("stu", PASSWORD, "student");
            WebClient stu = new WebClient(app);
            stu.signIn("stu", PASSWORD);
            stu.get("/articles/espreso-nato-troops-warning");
            HttpResponse<String> started = stu.post("/articles/espreso-nato-troops-warning/quiz", Map.of());
            quiz = started.headers().firstValue("Location").orElseThrow();
            assertEquals(quiz + "/1", stu.get(quiz).headers().firstValue("Location").orElseThrow());

            // Question 1: an incomplete answer is refused with a message, then answered right, twice.
            HttpResponse<String> page = stu.get(quiz + "/1");
            assertTrue(page.body().contains("Question <span>1</span> of <span>10</span>"));
            HttpResponse<String> empty = stu.post(quiz + "/1", Map.of());
            assertEquals(400, empty.statusCode());
            assertTrue(empty.body().contains("role=\"alert\""));
            Question first = questionOn(page.body());
            Map<String, String> right = rightAnswer(first, page.body());
            assertEquals(302, stu.post(quiz + "/1", right).statusCode());
            stu.get(quiz + "/1");
            assertEquals(302, stu.post(quiz + "/1", right).statusCode(), "a re-posted form is harmless");
            HttpResponse<String> feedback = stu.get(quiz + "/1");
            assertTrue(feedback.body().contains("class=\"feedback__verdict\">Right</h2>"), feedback.body());
            assertTrue(feedback.body().contains("?hl=" + first.source().anchor() + "&amp;quiz="), "the source link");

            // Questions 2 to 5 now; the rest after a restart.
            java.util.Set<app.factdeck.questions.core.QuestionKind<?>> seen = new java.util.HashSet<>(java.util.Set.of(first.type()));
            for (int p = 2; p <= 5; p++) {
                seen.add(answerRight(stu, quiz, p));
            }
            app.close();
            app = TestApp.start(data, Map.of());
            WebClient again = new WebClient(app);
            again.signIn("stu", PASSWORD);
            assertEquals(quiz + "/6", again.get(quiz).headers().firstValue("Location").orElseThrow(),
                    "resumes at the first unanswered question");
            for (int p = 6; p <= 10; p++) {
                seen.add(answerRight(again, quiz, p));
            }
            // This article's ordering and matching items cite a sentence in common, so a quiz asks one of them.
            java.util.Set<String> expected = new java.util.HashSet<>(QuestionKinds.generated().stream()
                    .map(t -> t.slug()).toList());
            java.util.Set<String> asked = new java.util.HashSet<>(seen.stream().map(t -> t.slug()).toList());
            expected.remove(asked.contains("ordering") ? "matching" : "ordering");
            assertEquals(expected, asked, "every type was asked");
            HttpResponse<String> summary = again.get(quiz + "/summary");
            assertTrue(summary.body().contains("id=\"score\">100 %</strong>"), summary.body());

            String progress = again.get("/progress").body();
            assertTrue(progress.contains("id=\"streak\">1</strong>"), progress);
            Matcher learning = Pattern.compile("data-article=\"espreso-nato-troops-warning\">.*?class=\"learning\">(\\d+)<",
                    Pattern.DOTALL).matcher(progress);
            assertTrue(learning.find());
            assertTrue(Integer.parseInt(learning.group(1)) >= 8, "answered facts are now learning: " + learning.group(1));
            assertTrue(progress.contains("100 % (10.0 of 10 points)"), "the attempt is listed with its score");

            app.addUser("other", PASSWORD, "student");
            WebClient other = new WebClient(app);
            other.signIn("other", PASSWORD);
            assertEquals(403, other.get(quiz + "/1").statusCode(), "another student's quiz");
        } finally {
            app.close();
        }
    }

    @Test
    void aWrongAnswerShowsTheCorrectOneAndCanBePractisedAgain() {
        try (TestApp app = TestApp.start()) {
            app.addUser("stu", PASSWORD, "student");
            WebClient stu = new WebClient(app);
            stu.signIn("stu", PASSWORD);
            stu.get("/");
            String quiz = stu.post("/quiz", Map.of()).headers().firstValue("Location").orElseThrow();
            HttpResponse<String> page = stu.get(quiz + "/1");
            Question q = questionOn(page.body());
            Map<String, String> wrong = wrongAnswer(q, page.body());
            stu.post(quiz + "/1", wrong);
            HttpResponse<String> feedback = stu.get(quiz + "/1");
            assertTrue(feedback.body().contains("Correct answer:"), feedback.body());
            stu.get(quiz + "/summary");
            HttpResponse<String> practice = stu.post(quiz + "/practice", Map.of());
            assertTrue(practice.headers().firstValue("Location").orElseThrow().matches("/quiz/\\d+"));
        }
    }

    @Test
    void twoTabsAnsweringTheLastTwoQuestionsAtOnceFinishTheQuiz() throws Exception {
        try (TestApp app = TestApp.start()) {
            app.addUser("stu", PASSWORD, "student");
            WebClient stu = new WebClient(app);
            stu.signIn("stu", PASSWORD);
            stu.get("/articles/espreso-nato-troops-warning");
            java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                for (int trial = 0; trial < 5; trial++) {
                    String quiz = stu.post("/articles/espreso-nato-troops-warning/quiz", Map.of())
                            .headers().firstValue("Location").orElseThrow();
                    // A quiz asks fewer than ten when the quiz rules leave fewer; the last two are answered at once.
                    int size = app.questionsOf(Long.parseLong(quiz.substring(quiz.lastIndexOf('/') + 1))).size();
                    assertTrue(size >= 3, quiz + " asks " + size);
                    for (int p = 1; p <= size - 2; p++) {
                        String page = stu.get(quiz + "/" + p).body();
                        assertEquals(302, stu.post(quiz + "/" + p, rightAnswer(questionOn(page), page)).statusCode());
                    }
                    int last = size;
                    String ninth = stu.get(quiz + "/" + (last - 1)).body();
                    String tenth = stu.get(quiz + "/" + last).body();
                    Map<String, String> nine = rightAnswer(questionOn(ninth), ninth);
                    Map<String, String> ten = rightAnswer(questionOn(tenth), tenth);
                    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                    var a = tabs.submit(() -> {
                        together.await();
                        return stu.post(quiz + "/" + (last - 1), nine).statusCode();
                    });
                    var b = tabs.submit(() -> {
                        together.await();
                        return stu.post(quiz + "/" + last, ten).statusCode();
                    });
                    assertEquals(302, a.get(30, java.util.concurrent.TimeUnit.SECONDS));
                    assertEquals(302, b.get(30, java.util.concurrent.TimeUnit.SECONDS));

                    long id = Long.parseLong(quiz.substring(quiz.lastIndexOf('/') + 1));
                    Object finishedAt = app.database().read(c -> {
                        try (var q = c.prepareStatement("SELECT finished_at FROM quiz_attempt WHERE id = ?")) {
                            q.setLong(1, id);
                            try (var rs = q.executeQuery()) {
                                rs.next();
                                return rs.getObject(1);
                            }
                        }
                    });
                    assertTrue(finishedAt != null, "trial " + trial + ": all 10 answered but the quiz is not finished");
                    String summary = stu.get(quiz + "/summary").body();
                    assertTrue(summary.contains("id=\"score\">100 %</strong>"), summary);
                    assertTrue(!summary.contains("This quiz is not finished yet."), summary);
                }
            } finally {
                tabs.shutdownNow();
            }
        }
    }

    private static app.factdeck.questions.core.QuestionKind<?> answerRight(WebClient client, String quiz, int position) {
        HttpResponse<String> page = client.get(quiz + "/" + position);
        Question q = questionOn(page.body());
        assertEquals(302, client.post(quiz + "/" + position, rightAnswer(q, page.body())).statusCode());
        String feedback = client.get(quiz + "/" + position).body();
        assertTrue(feedback.contains("class=\"feedback__verdict\">Right</h2>"), q.id() + ": " + feedback);
        return q.type();
    }

    private static Question questionOn(String page) {
        Matcher m = Pattern.compile("data-question-id=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), page);
        String id = m.group(1);
        return BANK.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    /** The form fields a student who knows the answer sends, read off the page for shuffled items. */
    private static Map<String, String> rightAnswer(Question q, String page) {
        Map<String, String> form = new LinkedHashMap<>();
        switch (q.type().slug()) {
            case "multi-select" -> {
                // WebClient posts a map; repeated fields are sent as answer, answer__1, … by the helper below.
                return multi(q.listing().keys());
            }
            case "ordering" -> {
                Matcher m = Pattern.compile("<label for=\"position-(\\d+)\">([^<]+)</label>").matcher(page);
                while (m.find()) {
                    form.put("position-" + m.group(1), String.valueOf(q.listing().keys().indexOf(unescape(m.group(2))) + 1));
                }
            }
            case "matching" -> {
                for (int i = 0; i < q.listing().keys().size(); i++) {
                    form.put("match-" + i, q.listing().keys().get(i));
                }
            }
            default -> form.put("answer", q.listing().keys().get(0));
        }
        return form;
    }

    private static Map<String, String> wrongAnswer(Question q, String page) {
        return switch (q.type().slug()) {
            case "multiple-choice", "multi-select" -> Map.of("answer", q.listing().distractors().get(0));
            case "true-false" -> Map.of("answer", q.listing().keys().get(0).equals("True") ? "False" : "True");
            // A date question refuses what is not a date at all; a wrong date is graded wrong.
            case "cloze", "short-answer", "numerical" -> Map.of("answer", isDate(q) ? "1 January 1990"
                    : q.type().slug().equals("numerical") ? "-1" : "something else entirely");
            case "matching" -> {
                Map<String, String> form = new LinkedHashMap<>();
                for (int i = 0; i < q.listing().keys().size(); i++) {
                    form.put("match-" + i, q.listing().keys().get((i + 1) % q.listing().keys().size()));
                }
                yield form;
            }
            case "ordering" -> {
                Map<String, String> form = new LinkedHashMap<>(rightAnswer(q, page));
                String first = form.get("position-0");
                form.put("position-0", form.get("position-1"));
                form.put("position-1", first);
                yield form;
            }
            default -> throw new IllegalArgumentException("no wrong answer for " + q.type().slug());
        };
    }

    /** Whether a typed question's answer is a date (a gap's as much as a short answer's). */
    private static boolean isDate(Question q) {
        return q instanceof app.factdeck.questions.types.shortanswer.ShortAnswer s
                ? s.answer().kind() == Question.AnswerKind.DATE
                : q instanceof app.factdeck.questions.types.cloze.Cloze c && c.answer().kind() == Question.AnswerKind.DATE;
    }

    private static Map<String, String> multi(List<String> values) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            form.put(i == 0 ? "answer" : "answer" + WebClient.REPEAT + i, values.get(i));
        }
        return form;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
