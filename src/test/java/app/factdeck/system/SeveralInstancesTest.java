package app.factdeck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.accounts.LoginThrottle;
import app.factdeck.testing.QuizForms;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.TestDatabases;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two app instances, A and B, on one PostgreSQL database, as behind a load balancer without sticky sessions: each
 * of a user's requests may reach either. Nothing that must be shared may live in one JVM.
 */
@Tag("postgresql-only")
class SeveralInstancesTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ARTICLE = "/articles/espreso-nato-troops-warning";
    private static final Pattern QUIZ = Pattern.compile("^/quiz/(\\d+)$");
    private static final Pattern TYPED = Pattern.compile("<input\\b[^>]*type=\"(text|number)\"|<textarea\\b");

    private static TestApp a;
    private static TestApp b;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        Path dataA = Files.createTempDirectory("factdeck-a-");
        a = TestApp.start(dataA, Map.of());
        // B has its own data directory (uploads, spool) but A's database.
        b = TestApp.start(Files.createTempDirectory("factdeck-b-"), TestDatabases.settingsFor(dataA));
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aStudentSignsInOnAAndContinuesTheQuizOnB() {
        a.addUser("sam", PASSWORD, "student");
        WebClient sam = new WebClient(a);
        assertEquals(302, sam.signIn("sam", PASSWORD).statusCode());
        String quiz = startQuiz(sam);
        answer(sam, quiz, 1);

        sam.on(b);
        HttpResponse<String> second = sam.get(quiz + "/2");
        assertEquals(200, second.statusCode(), "B knows the session A made: " + second.body());
        assertTrue(second.body().contains("Question <span>2</span> of"), second.body());
        answer(sam, quiz, 2);
        HttpResponse<String> first = sam.get(quiz + "/1");
        assertTrue(first.body().contains("feedback__verdict"), "B shows the answer given on A");

        sam.on(a);
        assertTrue(sam.get(quiz + "/2").body().contains("feedback__verdict"), "A shows the answer given on B");
    }

    @Test
    void anAnswerSentToAAndToBAtTheSameMomentCountsOnce() throws Exception {
        a.addUser("dora", PASSWORD, "student");
        WebClient onA = new WebClient(a);
        onA.signIn("dora", PASSWORD);
        String quiz = startQuiz(onA);
        long attempt = attemptId(quiz);
        int questions = questionCount(onA.get(quiz + "/1").body());
        int raced = 0;
        for (int n = 1; n <= questions; n++) {
            String page = onA.get(quiz + "/" + n).body();
            if (TYPED.matcher(page).find()) {
                // A typed answer must read as its kind (a date, a number): found by trying, so not raced.
                answer(onA, quiz, n);
                continue;
            }
            raced++;
            Map<String, String> form = new LinkedHashMap<>(QuizForms.anyCompleteAnswer(page, "Kyiv"));
            form.put("csrf", onA.csrf());
            // The same browser (its cookies) double-clicks, and the balancer sends one click to each instance.
            WebClient onB = new WebClient(a);
            onA.cookies().getCookieStore().getCookies().forEach(c -> onB.cookies().getCookieStore().add(null, c));
            onB.on(b);
            String path = quiz + "/" + n;
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Integer> toA = CompletableFuture.supplyAsync(() -> send(go, onA, path, form));
            CompletableFuture<Integer> toB = CompletableFuture.supplyAsync(() -> send(go, onB, path, form));
            go.countDown();
            assertEquals(302, toA.get(), "question " + n + " on A");
            assertEquals(302, toB.get(), "question " + n + " on B: a repeated answer is harmless");
        }
        assertTrue(raced >= 3, "raced " + raced + " of " + questions);
        assertEquals(questions, count("SELECT COUNT(*) FROM attempt_response WHERE attempt_id = ?", attempt),
                "one response per question, whichever instance stored it");
        String summary = onA.get(quiz + "/summary").body();
        assertTrue(summary.contains("of " + questions), summary);
    }

    @Test
    void aFlashcardRatedOnAAndOnBAtTheSameMomentCountsOnce() throws Exception {
        a.addUser("flo", PASSWORD, "student");
        WebClient onA = new WebClient(a);
        onA.signIn("flo", PASSWORD);
        String deck = "/study/kyiv-independent-nato-troops-warning";
        for (int round = 0; round < 5; round++) {
            Matcher card = Pattern.compile("data-card-id=\"([^\"]+)\"").matcher(onA.get(deck).body());
            assertTrue(card.find(), "a card to study");
            onA.get(deck + "?card=" + card.group(1) + "&answer=shown");
            // Both clicks carry the review count the page showed (0: a new card); one of them may be stored.
            Map<String, String> form = Map.of("card", card.group(1), "rating", "3", "reps", "0", "csrf", onA.csrf());
            WebClient onB = new WebClient(a);
            onA.cookies().getCookieStore().getCookies().forEach(c -> onB.cookies().getCookieStore().add(null, c));
            onB.on(b);
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Integer> toA = CompletableFuture.supplyAsync(() -> send(go, onA, deck + "/review", form));
            CompletableFuture<Integer> toB = CompletableFuture.supplyAsync(() -> send(go, onB, deck + "/review", form));
            go.countDown();
            assertEquals(302, toA.get());
            assertEquals(302, toB.get());
            try (Connection c = a.connection(); PreparedStatement q = c.prepareStatement(
                    "SELECT COUNT(*) FROM review_log WHERE card_id = ? AND account_id = "
                            + "(SELECT id FROM account WHERE username = 'flo')")) {
                q.setString(1, card.group(1));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "card " + card.group(1) + " rated once");
                }
            }
        }
    }

    @Test
    void aQuestionATeacherHidesOnAIsNeverInAQuizStartedOnB() throws Exception {
        a.addUser("tess", PASSWORD, "teacher");
        WebClient tess = new WebClient(a);
        tess.signIn("tess", PASSWORD);
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<String> more = generatedIds(tess.get(ARTICLE + "/questions?page=" + page).body());
            more.removeAll(ids);
            if (more.isEmpty()) {
                break;
            }
            ids.addAll(more);
        }
        assertTrue(ids.size() > 10, "the article has more questions than a quiz asks: " + ids.size());
        // Hide all but seven.
        List<String> kept = ids.subList(0, 7);
        for (String id : ids.subList(7, ids.size())) {
            assertEquals(302, tess.post(ARTICLE + "/questions/status", Map.of("question", id, "set", "hidden"))
                    .statusCode(), id);
        }
        b.addUser("kim", PASSWORD, "student");
        WebClient kim = new WebClient(b);
        kim.signIn("kim", PASSWORD);
        String quiz = startQuiz(kim);
        Set<String> asked = new HashSet<>(b.questionsOf(attemptId(quiz)));
        // A quiz asks each fact once, so not all seven; but none of the hidden ones (of ten drawn from the whole bank,
        // some would be hidden ones if B did not see A's hide).
        assertFalse(asked.isEmpty());
        assertTrue(kept.containsAll(asked), "the quiz B started holds only what A left visible: " + asked);
        for (String id : ids.subList(7, ids.size())) {
            tess.post(ARTICLE + "/questions/status", Map.of("question", id, "set", "approved"));
        }
    }

    @Test
    void wrongSignInsSpreadOverAAndBAreThrottledAsOneCount() {
        a.addUser("vic", PASSWORD, "student");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            statuses.add(new WebClient(i % 2 == 0 ? a : b).signIn("vic", "wrong guess " + i).statusCode());
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            expected.add(401);
        }
        expected.add(429);
        assertEquals(expected, statuses, "the free failures are counted once for both instances, then both wait");
        assertEquals(429, new WebClient(b).signIn("vic", PASSWORD).statusCode(), "B makes even the owner wait");
    }

    @Test
    void anArticleATeacherPublishesOnAIsReadOnBWithinSeconds() throws Exception {
        a.addUser("pat", PASSWORD, "teacher");
        WebClient pat = new WebClient(a);
        pat.signIn("pat", PASSWORD);
        pat.get("/teacher/articles/new");
        String text = "Harbour bridge reopens after repairs\n\nThe harbour bridge reopened on Monday after two years "
                + "of repairs, the city council said.\n\nMayor Jane Holt cut the ribbon in front of a large crowd.\n";
        HttpResponse<String> made = pat.postMultipart("/teacher/articles/new", Map.of("text", text, "url", ""),
                "file", "", new byte[0]);
        Matcher id = Pattern.compile("^/teacher/articles/(\\d+)/clean$")
                .matcher(made.headers().firstValue("Location").orElse(""));
        assertTrue(id.matches(), made.statusCode() + " " + made.body());
        String base = "/teacher/articles/" + id.group(1);
        String clean = pat.get(base + "/clean").body();
        Map<String, String> form = new LinkedHashMap<>(Map.of("title", "Harbour bridge reopens after repairs",
                "publisher", "City Post", "author", "", "published", "2024-05-06", "url", "", "language", "en"));
        Matcher box = Pattern.compile("name=\"keep\" id=\"keep-(\\d+)\"").matcher(clean);
        int n = 0;
        while (box.find()) {
            form.put("keep" + WebClient.REPEAT + n++, box.group(1));
        }
        assertEquals(302, pat.post(base + "/clean", form).statusCode());
        String facts = pat.get(base + "/facts").body();
        Matcher sentence = Pattern.compile("id=\"(s-\\d+)\" class=\"sentence-row\">\\s*<p class=\"sentence-row__text\">"
                + "<span class=\"sentence-number\">\\d+\\.</span>\\s*<span>Mayor Jane Holt").matcher(facts);
        assertTrue(sentence.find(), facts);
        pat.get(base + "/facts/new?sentence=" + sentence.group(1));
        assertEquals(302, pat.post(base + "/facts/new", Map.of("sentence", sentence.group(1), "kind", "role",
                "answerWords", "Jane Holt", "roleWords", "Mayor", "answerType", "person")).statusCode());
        assertEquals(302, pat.post(base + "/publish", Map.of()).statusCode());
        String slug = first(Pattern.compile("href=\"/articles/([a-z0-9-]+)/questions\""), pat.get(base + "/facts")
                .body());
        assertEquals(200, a.get("/articles/" + slug).statusCode(), "A, where it was published, has it at once");
        int onA = generatedIds(pat.get("/articles/" + slug + "/questions").body()).size();
        assertTrue(onA > 0, "A generated its questions");

        // B serves the article's page at once (its sentences are rows A wrote), and learns of its questions from the
        // database: it looks every second for articles changed elsewhere, and then generates them itself.
        assertEquals(200, b.get("/articles/" + slug).statusCode(), "B serves the article A published");
        pat.on(b);
        long deadline = System.currentTimeMillis() + 10_000;
        int onB = 0;
        while (System.currentTimeMillis() < deadline
                && (onB = generatedIds(pat.get("/articles/" + slug + "/questions").body()).size()) != onA) {
            Thread.sleep(100);
        }
        pat.on(a);
        assertEquals(onA, onB, "B has the questions A has, within seconds");
        b.addUser("rui", PASSWORD, "student");
        WebClient rui = new WebClient(b);
        rui.signIn("rui", PASSWORD);
        rui.get("/articles/" + slug);
        HttpResponse<String> started = rui.post("/articles/" + slug + "/quiz", Map.of());
        assertEquals(302, started.statusCode(), started.body());
        String quiz = started.headers().firstValue("Location").orElseThrow();
        assertFalse(b.questionsOf(attemptId(quiz)).isEmpty(), "B generated the new article's questions");

        assertEquals(302, pat.post(base + "/unpublish", Map.of()).statusCode());
        assertEquals(404, b.get("/articles/" + slug).statusCode(), "B stops serving it once A unpublished it");
        rui.get("/articles/espreso-nato-troops-warning");
        deadline = System.currentTimeMillis() + 10_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline
                && (status = rui.post("/articles/" + slug + "/quiz", Map.of()).statusCode()) != 404) {
            Thread.sleep(100);
        }
        assertEquals(404, status, "and starts no quiz on it, within seconds");
    }

    private static String startQuiz(WebClient c) {
        c.get(ARTICLE);
        HttpResponse<String> started = c.post(ARTICLE + "/quiz", Map.of());
        assertEquals(302, started.statusCode(), started.body());
        return started.headers().firstValue("Location").orElseThrow();
    }

    /** A complete answer of whatever type the quiz drew; a typed one refused as not a date or number is tried again. */
    private static void answer(WebClient c, String quiz, int n) {
        String page = c.get(quiz + "/" + n).body();
        int status = 0;
        for (String typed : List.of("something else entirely", "1 January 2000", "0")) {
            status = c.post(quiz + "/" + n, QuizForms.anyCompleteAnswer(page, typed)).statusCode();
            if (status != 400) {
                break;
            }
        }
        assertEquals(302, status, "question " + n);
    }

    private static Integer send(CountDownLatch go, WebClient c, String path, Map<String, String> form) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return c.post(path, form).statusCode();
    }

    private static long attemptId(String quiz) {
        Matcher m = QUIZ.matcher(quiz);
        assertTrue(m.matches(), quiz);
        return Long.parseLong(m.group(1));
    }

    private static int questionCount(String page) {
        Matcher m = Pattern.compile("Question <span>\\d+</span> of <span>(\\d+)</span>").matcher(page);
        assertTrue(m.find(), page);
        return Integer.parseInt(m.group(1));
    }

    private static List<String> generatedIds(String review) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("name=\"question\" value=\"([^\"]+)\"").matcher(review);
        while (m.find()) {
            if (!ids.contains(m.group(1)) && !m.group(1).startsWith("a/")) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }

    private static long count(String sql, long id) throws Exception {
        try (Connection c = a.connection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
