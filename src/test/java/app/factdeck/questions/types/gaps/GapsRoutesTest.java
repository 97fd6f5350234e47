package app.factdeck.questions.types.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A teacher writes a gaps question through the form; a student answers it in a quiz. Real app, real SQLite. */
class GapsRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String SLUG = "kyiv-independent-nato-troops-warning";
    private static final String BANK = "/articles/" + SLUG + "/questions";
    private static final String TEXT = "The 2023 summit was held in [[Vilnius|Vilnyus]], the capital of "
            + "[[Lithuania]], in [[July; June; May]].";

    private static Map<String, String> form(String stem, String action) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "gaps");
        form.put("stem", stem);
        form.put("action", action);
        return form;
    }

    @Test
    void theFormRefusesEachMistakeBesideTheTextWithTheTextKeptThenSaves() {
        WebClient teacher = signedIn("tess", PASSWORD, "teacher");
        String blank = teacher.get(BANK + "/new?type=gaps").body();
        assertTrue(blank.contains("Text with gaps"), blank);
        assertTrue(blank.contains("How to write the gaps"));

        for (Map.Entry<String, String> c : Map.of(
                "In [[Vilnius;]] it was.", "Gap 1 is a drop-down with one choice (&#39;Vilnius&#39;): add the wrong",
                "No gap here.", "The text has no gap: put each missing word in double brackets",
                "In [[Vilnius]] and [[ ]].", "Gap 2 ([[ ]]) is empty: write the missing words inside it.",
                "In [[Riga; Vilnius; riga]].", "Gap 1 offers &#39;riga&#39; twice",
                "[[a]] ".repeat(21), "This question has 21 gaps; at most 20 are allowed.").entrySet()) {
            HttpResponse<String> refused = teacher.post(BANK + "/new", form(c.getKey(), "save"));
            assertEquals(400, refused.statusCode(), c.getKey());
            assertTrue(refused.body().contains(c.getValue()), c.getKey() + ": " + refused.body());
            assertTrue(refused.body().contains("id=\"f-stem-error\""), "beside the field");
            assertTrue(refused.body().contains(">" + c.getKey().replace("'", "&#39;") + "</textarea>"),
                    "the text is kept: " + c.getKey());
        }

        HttpResponse<String> preview = teacher.post(BANK + "/new", form(TEXT, "preview"));
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("aria-label=\"Gap 1 of 3\""), preview.body());
        assertTrue(preview.body().matches("(?s).*<select[^>]* name=\"gap-2\"[^>]*aria-label=\"Gap 3 of 3\".*"),
                preview.body());
        assertFalse(preview.body().contains("_____ (1)"), "the preview shows the text once, with its fields");

        HttpResponse<String> saved = teacher.post(BANK + "/new", form(TEXT, "save"));
        assertEquals(302, saved.statusCode(), saved.body());
        String id = savedId(saved);
        String bank = teacher.get(BANK + "?type=gaps").body();
        assertTrue(bank.contains("The 2023 summit was held in _____ (1), the capital of _____ (2), in _____ (3)."),
                bank);
        assertTrue(bank.contains("Drop-down: <strong>July</strong>"), bank);
        assertFalse(teacher.get("/teacher/export?format=gift&article=" + SLUG).body().contains("2023 summit was"),
                "GIFT has no form for several gaps: " + id);
    }

    @Test
    void aStudentFillsEveryGapAndIsMarkedGapByGap() throws Exception {
        WebClient teacher = signedIn("theo", PASSWORD, "teacher");
        teacher.get(BANK + "/new?type=gaps");
        String id = savedId(teacher.post(BANK + "/new", form(TEXT, "save")));
        WebClient student = signedIn("sam", PASSWORD, "student");
        student.get("/articles/" + SLUG);
        String quiz = student.post("/articles/" + SLUG + "/quiz", Map.of()).headers().firstValue("Location")
                .orElseThrow();
        List<String> asked = app.questionsOf(Long.parseLong(quiz.substring("/quiz/".length())));
        // The class's other test saves the same text into the same app: a quiz asks one of the two identical
        // questions (never both, they share their keys), whichever the seeded shuffle puts first.
        String saved = asked.contains(id + "/1") ? id + "/1"
                : asked.stream().filter(a -> a.matches("a/\\d+/1")).findFirst().orElse(id + "/1");
        int position = asked.indexOf(saved) + 1;
        assertTrue(position > 0, asked.toString());

        String page = student.get(quiz + "/" + position).body();
        assertFalse(page.contains("_____ (1)"), "the text is shown once, with a field in each gap");
        assertTrue(page.contains("The 2023 summit was held in <input"), page);
        for (String choice : List.of("July", "June", "May")) {
            assertTrue(page.contains("<option value=\"" + choice + "\">" + choice + "</option>"), choice);
        }

        HttpResponse<String> incomplete = student.post(quiz + "/" + position,
                Map.of("gap-0", "Vilnyus", "gap-2", "July"));
        assertEquals(400, incomplete.statusCode());
        assertTrue(incomplete.body().contains("Fill in every gap: gap 2 of 3 is empty."), incomplete.body());
        assertTrue(incomplete.body().contains("value=\"Vilnyus\""), "what was typed is kept");
        assertTrue(incomplete.body().matches("(?s).*<option value=\"July\" selected[^>]*>July</option>.*"),
                "the choice is kept");

        assertEquals(302, student.post(quiz + "/" + position,
                Map.of("gap-0", "vilnius", "gap-1", "Latvia", "gap-2", "July")).statusCode());
        String feedback = student.get(quiz + "/" + position).body();
        assertTrue(feedback.contains("Partly right: 67 %"), feedback);
        assertTrue(feedback.contains("The 2023 summit was held in _____ (1)"), "the text, with numbered blanks");
        assertTrue(Pattern.compile("Gap 2:</span>\\s*<strong class=\"mark__given\">Latvia</strong>\\s*<span "
                + "class=\"mark__verdict\">— wrong; the answer is</span>\\s*<strong class=\"mark__key\">Lithuania"
                + "</strong>").matcher(feedback).find(), feedback);
        assertTrue(Pattern.compile("Gap 1:</span>\\s*<strong class=\"mark__given\">vilnius</strong>\\s*<span "
                + "class=\"mark__verdict\">— right</span>").matcher(feedback).find());

        String summary = student.get(quiz + "/summary").body();
        assertTrue(summary.contains("Partly right: 67 %"), summary);
        assertTrue(summary.contains("<strong class=\"mark__key\">Lithuania</strong>"), summary);
    }

    private static String savedId(HttpResponse<String> saved) {
        Matcher m = Pattern.compile("saved=a%2F(\\d+)").matcher(saved.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError(saved.statusCode() + " " + saved.body())));
        assertTrue(m.find(), saved.headers().toString());
        return "a/" + m.group(1);
    }
}
