package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.testing.QuizForms;
import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/**
 * A cited sentence is shown once, exactly as the article has it: the bank, a question's preview, a quiz's
 * feedback and a flashcard's back put it in a blockquote and add no quotation marks of their own, so a sentence
 * that opens with "“If Nato…" no longer reads "““If Nato…".
 */
class SourceSentenceQuotesRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final Pattern QUOTED = Pattern.compile("(?s)<blockquote class=\"source\"[^>]*>\\s*<p>(.*?)</p>");
    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final Set<String> SENTENCES = LIBRARY.articles().stream()
            .flatMap(a -> a.sentences().stream()).map(Article.Sentence::text).collect(Collectors.toSet());

    @Test
    void theBankAndThePreviewShowEachCitedSentenceVerbatimOnce() {
        WebClient teacher = signedIn("tess", PASSWORD, "teacher");
        List<String> shown = new ArrayList<>();
        for (Article a : LIBRARY.articles()) {
            for (int page = 1; page <= 4; page++) {
                shown.addAll(quoted(teacher.get("/articles/" + a.slug() + "/questions?page=" + page)));
            }
        }
        assertFalse(shown.isEmpty());
        shown.forEach(s -> assertTrue(SENTENCES.contains(s), "not an article's sentence as written: " + s));
        String opensWithAQuote = shown.stream().filter(s -> s.startsWith("“")).findFirst()
                .orElseThrow(() -> new AssertionError("the content has cited sentences that open with a quote"));

        // The preview of a question citing that sentence.
        String bank = teacher.get("/articles/" + KI + "/questions").body();
        Matcher ids = Pattern.compile("<code class=\"bank-item__id\">([^<]+)</code>").matcher(bank);
        boolean previewed = false;
        while (ids.find() && !previewed) {
            List<String> preview = quoted(teacher.get("/articles/" + KI + "/questions/show?id=" + ids.group(1)));
            preview.forEach(s -> assertTrue(SENTENCES.contains(s), "the preview adds marks: " + s));
            previewed = preview.stream().anyMatch(s -> s.startsWith("“"));
        }
        assertTrue(previewed, "a preview of a question citing a sentence like " + opensWithAQuote);
    }

    @Test
    void aQuizsFeedbackAndAFlashcardsBackShowTheSentenceVerbatim() {
        WebClient student = signedIn("stu", PASSWORD, "student");
        student.get("/articles/" + KI);
        HttpResponse<String> started = student.post("/articles/" + KI + "/quiz", Map.of());
        Matcher at = Pattern.compile("^(/quiz/\\d+)").matcher(started.headers().firstValue("Location").orElseThrow());
        assertTrue(at.find(), "a quiz started");
        String quiz = at.group(1);
        List<String> shown = new ArrayList<>();
        // The planner leaves out questions that would give another away, so this article's quiz may be short.
        Matcher total = Pattern.compile(">1/(\\d+)</progress>").matcher(student.get(quiz + "/1").body());
        assertTrue(total.find(), "the progress bar says how many questions");
        for (int position = 1; position <= Integer.parseInt(total.group(1)); position++) {
            // A complete answer of whatever type the quiz drew (a refused one would show no feedback to read).
            // A typed answer must read as the answer's kind (a date question refuses "something else"), so a
            // refused one is tried again as a date, then as a number.
            String page = student.get(quiz + "/" + position).body();
            HttpResponse<String> answered = null;
            for (String typed : List.of("something else entirely", "1 January 2000", "0")) {
                answered = student.post(quiz + "/" + position, QuizForms.anyCompleteAnswer(page, typed));
                if (answered.statusCode() != 400) {
                    break;
                }
            }
            assertEquals(302, answered.statusCode(), "question " + position + " answered: " + answered.body());
            shown.addAll(quoted(student.get(quiz + "/" + position)));
        }
        Matcher card = Pattern.compile("data-card-id=\"([^\"]+)\"").matcher(student.get("/study/" + KI).body());
        assertTrue(card.find());
        shown.addAll(quoted(student.get("/study/" + KI + "?card=" + card.group(1) + "&answer=shown")));
        assertTrue(shown.size() >= 2, "some feedback and the card cite a sentence: " + shown);
        shown.forEach(s -> assertTrue(SENTENCES.contains(s), "not an article's sentence as written: " + s));
    }

    private static List<String> quoted(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.uri().toString());
        assertFalse(page.body().contains("““") || page.body().contains("””"), "doubled quotation marks");
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(page.body());
        while (m.find()) {
            out.add(StringEscapeUtils.unescapeHtml4(m.group(1)));
        }
        return out;
    }
}
