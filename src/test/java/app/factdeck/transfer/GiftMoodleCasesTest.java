package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.MoodleQuestion.Type;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the GIFT corpus (src/test/resources/gift/cases, copied from the shared reference) against what
 * Moodle's importer produced for it (.moodle.json): the same questions with the same type, text, answers,
 * fractions and feedback; every question Moodle refuses (import error or grade check) refused with its line.
 */
class GiftMoodleCasesTest {

    private static final Path CASES = Path.of("src/test/resources/gift/cases");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where we deliberately differ from Moodle (FORMATS.md §2.13 lists these as Moodle bugs): the case and the
     * words our refusal must contain.
     */
    private static final Map<String, String> REFUSED_ON_PURPOSE = Map.of(
            "103-edge-numerical-non-numeric", "'abc' is not a number");

    @TestFactory
    Stream<DynamicTest> everyCaseAsMoodleImportsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CASES)) {
            files = s.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
        assertEquals(51, files.size(), "the corpus holds 51 cases");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path gift) throws IOException {
        String name = gift.getFileName().toString().replace(".gift", "");
        JsonNode moodle = JSON.readTree(CASES.resolve(name + ".moodle.json").toFile());
        GiftParser.Result ours = GiftParser.parse(Files.readString(gift, StandardCharsets.UTF_8));

        List<JsonNode> imported = new ArrayList<>();
        int refused = moodle.get("errors").size();
        for (JsonNode q : moodle.get("questions")) {
            if (q.path("importprocess_grade_check").asText("ok").startsWith("REJECTED")) {
                refused++;
            } else {
                imported.add(q);
            }
        }
        if (REFUSED_ON_PURPOSE.containsKey(name)) {
            assertEquals(1, ours.problems().size(), name + ": " + ours.problems());
            assertTrue(ours.problems().get(0).message().contains(REFUSED_ON_PURPOSE.get(name)), ours.problems().toString());
            return;
        }
        assertEquals(refused, ours.problems().size(), name + " problems: " + ours.problems());
        for (GiftParser.Problem p : ours.problems()) {
            assertTrue(p.line() >= 1, name + ": a refusal names its line");
        }
        assertEquals(imported.size(), ours.questions().size(), name + " questions: " + ours.questions());
        for (int i = 0; i < imported.size(); i++) {
            compare(name + " q" + (i + 1), imported.get(i), ours.questions().get(i));
        }
    }

    private static void compare(String where, JsonNode m, MoodleQuestion q) {
        assertEquals(m.get("qtype").asText(), q.type().moodleName(), where + " type");
        if (q.type() == Type.CATEGORY) {
            // Moodle leaves its escape placeholder in category paths (FORMATS.md §2.13.3); we decode it.
            assertEquals(m.get("category").asText().replace("&&058;", ":"), q.category(), where + " category");
            return;
        }
        assertEquals(m.get("questiontext").asText(), q.text().text(), where + " text");
        assertEquals(m.get("questiontextformat").asText(), q.text().format(), where + " text format");
        assertEquals(m.get("generalfeedback").asText(), q.generalFeedback().text(), where + " general feedback");
        assertEquals(m.get("generalfeedbackformat").asText(), q.generalFeedback().format(), where + " general feedback format");
        assertEquals(m.get("idnumber").asText(), q.idNumber(), where + " idnumber");
        assertEquals(texts(m.get("tags")), q.tags(), where + " tags");
        if (q.titled()) {
            assertEquals(m.get("name").asText(), q.name(), where + " name");
        }
        switch (q.type()) {
            case MULTICHOICE -> {
                assertEquals(m.get("single").asInt() == 1, q.single(), where + " single");
                answers(where, m, q, true);
            }
            case SHORTANSWER -> answers(where, m, q, false);
            case NUMERICAL -> {
                answers(where, m, q, false);
                for (int i = 0; i < q.answers().size(); i++) {
                    sameNumber(where + " tolerance " + i, m.get("tolerance").get(i).asText(), q.answers().get(i).tolerance());
                }
            }
            case TRUEFALSE -> {
                assertEquals(m.get("correctanswer").asInt() == 1, q.correctTrue(), where + " correct answer");
                assertEquals(m.get("feedbacktrue").get("text").asText(), q.feedbackTrue().text(), where + " feedback true");
                assertEquals(m.get("feedbackfalse").get("text").asText(), q.feedbackFalse().text(), where + " feedback false");
            }
            case MATCH -> {
                assertEquals(m.get("subquestions").size(), q.pairs().size(), where + " pairs");
                for (int i = 0; i < q.pairs().size(); i++) {
                    assertEquals(m.get("subquestions").get(i).get("text").asText(), q.pairs().get(i).left().text(), where);
                    assertEquals(m.get("subquestions").get(i).get("format").asText(), q.pairs().get(i).left().format(), where);
                    assertEquals(m.get("subanswers").get(i).asText(), q.pairs().get(i).right(), where);
                }
            }
            default -> assertTrue(q.answers().isEmpty(), where + " has no answers");
        }
    }

    /**
     * Every gradable question Moodle imports from the corpus (multiple choice, true/false, short answer, numerical,
     * matching; not refused by Moodle's grade check) becomes a Factdeck question that passes the form's checks, with
     * Moodle's answers, fractions (partial credit and penalties), tolerances and per-answer feedback: compared with
     * Moodle's own result (.moodle.json), read back through our export.
     */
    @TestFactory
    Stream<DynamicTest> everyGradableQuestionMoodleImportsIsImportedWithMoodlesFractions() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CASES)) {
            files = s.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> imported(f)));
    }

    private static final app.factdeck.content.Article ARTICLE = new app.factdeck.content.ContentLoader()
            .load(Path.of("content")).article("kyiv-independent-nato-troops-warning").orElseThrow();
    private static final java.util.Set<String> GRADABLE = java.util.Set.of("multichoice", "truefalse", "shortanswer",
            "numerical", "match");

    private static void imported(Path gift) throws IOException {
        String name = gift.getFileName().toString().replace(".gift", "");
        if (REFUSED_ON_PURPOSE.containsKey(name)) {
            return;
        }
        JsonNode moodle = JSON.readTree(CASES.resolve(name + ".moodle.json").toFile());
        List<JsonNode> imported = new ArrayList<>();
        moodle.get("questions").forEach(q -> {
            if (!q.path("importprocess_grade_check").asText("ok").startsWith("REJECTED")) {
                imported.add(q);
            }
        });
        List<MoodleQuestion> ours = GiftParser.parse(Files.readString(gift, StandardCharsets.UTF_8)).questions();
        for (int i = 0; i < imported.size(); i++) {
            JsonNode m = imported.get(i);
            String where = name + " q" + (i + 1);
            if (!GRADABLE.contains(m.get("qtype").asText())) {
                continue;
            }
            GiftImport.Converted c = GiftImport.convert(ours.get(i));
            assertEquals(null, c.problem(), where + ": Moodle imports it, so must we");
            app.factdeck.authoring.DraftCheck.Checked checked = app.factdeck.authoring.DraftCheck.check(c.draft(),
                    ARTICLE, 1, 1);
            assertEquals(Map.of(), checked.errors(), where + " " + c.draft());
            MoodleQuestion back = GiftExport.of(checked.question()).orElseThrow();
            assertEquals(m.get("qtype").asText(), back.type().moodleName(), where + " type");
            switch (back.type()) {
                case MULTICHOICE, SHORTANSWER, NUMERICAL -> {
                    assertEquals(m.path("single").asInt(0) == 1, back.single(), where + " single");
                    List<String> expected = new ArrayList<>();
                    for (int a = 0; a < m.get("answer").size(); a++) {
                        JsonNode text = m.get("answer").get(a);
                        expected.add(answer(back.type(), text.isObject() ? text.get("text").asText() : text.asText(),
                                m.get("fraction").get(a).asDouble(), m.path("tolerance").path(a).asText(""),
                                !m.get("feedback").get(a).get("text").asText().isBlank()));
                    }
                    List<String> got = back.answers().stream().map(a -> answer(back.type(), a.text().text(),
                            a.fraction(), a.tolerance() == null ? "" : a.tolerance(), !a.feedback().text().isBlank()))
                            .toList();
                    assertEquals(expected.stream().sorted().toList(), got.stream().sorted().toList(), where);
                }
                case TRUEFALSE -> {
                    assertEquals(m.get("correctanswer").asInt() == 1, back.correctTrue(), where);
                    assertEquals(m.get("feedbacktrue").get("text").asText().isBlank(), back.feedbackTrue().text().isBlank(),
                            where + " feedback for true");
                    assertEquals(m.get("feedbackfalse").get("text").asText().isBlank(),
                            back.feedbackFalse().text().isBlank(), where + " feedback for false");
                }
                case MATCH -> {
                    List<String> expected = new ArrayList<>();
                    for (int a = 0; a < m.get("subquestions").size(); a++) {
                        expected.add(m.get("subquestions").get(a).get("text").asText().strip() + " -> "
                                + m.get("subanswers").get(a).asText().strip());
                    }
                    assertEquals(expected, back.pairs().stream().map(p -> p.left().text() + " -> " + p.right()).toList(),
                            where);
                }
                default -> throw new AssertionError(where + ": " + back.type());
            }
        }
    }

    /** One answer as compared: its text (a number by value), fraction, tolerance, and whether it has feedback. */
    private static String answer(Type type, String text, double fraction, String tolerance, boolean feedback) {
        String shown = type == Type.NUMERICAL ? number(text) + " ± " + number(tolerance) : text.strip();
        return shown + " @" + Math.round(fraction * 1e5) / 1e5 + (feedback ? " +feedback" : "");
    }

    private static String number(String n) {
        // Moodle stores numbers as PHP prints them (0.00050000000000017 for 0.0005): compare to 9 places.
        return n.isBlank() ? "0" : n.strip().equals("*") ? "*" : new java.math.BigDecimal(n.strip()).setScale(9, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static void answers(String where, JsonNode m, MoodleQuestion q, boolean formatted) {
        assertEquals(m.get("answer").size(), q.answers().size(), where + " answers " + q.answers());
        for (int i = 0; i < q.answers().size(); i++) {
            Answer a = q.answers().get(i);
            JsonNode expected = m.get("answer").get(i);
            if (q.type() == Type.NUMERICAL) {
                sameNumber(where + " answer " + i, expected.asText(), a.text().text());
            } else {
                assertEquals(formatted ? expected.get("text").asText() : expected.asText(), a.text().text(), where + " answer " + i);
            }
            if (formatted) {
                assertEquals(expected.get("format").asText(), a.text().format(), where + " answer format " + i);
            }
            assertEquals(m.get("fraction").get(i).asDouble(), a.fraction(), 1e-9, where + " fraction " + i);
            assertEquals(m.get("feedback").get(i).get("text").asText(), a.feedback().text(), where + " feedback " + i);
            assertEquals(m.get("feedback").get(i).get("format").asText(), a.feedback().format(), where + " feedback format " + i);
        }
    }

    /** Moodle stores numbers as PHP prints them; compare values ("0.00050000000000017" = 0.0005 + rounding). */
    private static void sameNumber(String where, String expected, String actual) {
        if (expected.equals("*") || expected.isEmpty() || actual.equals("*") || actual.isEmpty()) {
            assertEquals(expected, actual, where);
        } else {
            assertEquals(Double.parseDouble(expected), Double.parseDouble(actual), 1e-12, where);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
