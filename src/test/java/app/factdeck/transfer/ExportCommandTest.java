package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.types.ordering.OrderingKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code export --gift}: the shipped bank as GIFT that Moodle's importer (reproduced by GiftParser) reads back. */
@org.junit.jupiter.api.Tag("database")
class ExportCommandTest {

    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final QuestionBank BANK = QuestionBank.build(LIBRARY, QuestionGenerator.DEFAULT_SEED);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @org.junit.jupiter.api.io.TempDir
    static Path data;

    private int run(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "export";
        System.arraycopy(args, 0, line, 1, args.length);
        var run = app.factdeck.testing.CommandRun.on(data).run(line);
        out.writeBytes(run.out().getBytes(StandardCharsets.UTF_8));
        err.writeBytes(run.err().getBytes(StandardCharsets.UTF_8));
        return run.status();
    }

    @Test
    void everyQuestionButOrderingImportsBackWithItsKeys() {
        assertEquals(0, run("--gift"));
        GiftParser.Result back = GiftParser.parse(out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), back.problems(), "Moodle would refuse none");
        List<Question> all = LIBRARY.articles().stream().flatMap(a -> BANK.questionsOf(a.slug()).stream()).toList();
        List<Question> exportable = all.stream().filter(q -> q.type() != OrderingKind.INSTANCE).toList();
        assertEquals(exportable.size(), back.questions().size());
        long ordering = all.size() - exportable.size();
        assertTrue(err.toString().contains("left out " + ordering + " ordering or gaps-in-a-text question"), err.toString());
        for (int i = 0; i < exportable.size(); i++) {
            Question q = exportable.get(i);
            MoodleQuestion g = back.questions().get(i);
            assertEquals(q.id(), g.name());
            assertEquals(q.stem(), g.text().text());
            assertTrue(g.generalFeedback().text().contains(q.source().text()), "the cited sentence travels along");
            switch (q.type().slug()) {
                case "multiple-choice" -> {
                    assertEquals("multichoice", g.type().moodleName());
                    assertTrue(g.single());
                    List<String> right = g.answers().stream().filter(a -> a.fraction() == 1).map(a -> a.text().text()).toList();
                    assertEquals(q.listing().keys(), right, q.id());
                }
                case "multi-select" -> {
                    double positive = g.answers().stream().mapToDouble(a -> Math.max(0, a.fraction())).sum();
                    assertEquals(1.0, positive, 0.001, q.id() + " right answers share 100 %");
                    assertEquals(q.listing().keys().size(), g.answers().stream().filter(a -> a.fraction() > 0).count());
                }
                case "true-false" -> assertEquals(q.listing().keys().get(0).equals("True"), g.correctTrue(), q.id());
                case "short-answer", "cloze" -> assertTrue(g.answers().stream().map(a -> a.text().text()).toList()
                        .containsAll(q.listing().keys()), q.id());
                case "matching" -> assertEquals(q.listing().keys(), g.pairs().stream().map(MoodleQuestion.Pair::right).toList());
                default -> throw new AssertionError(q.id());
            }
        }
    }

    @Test
    void optionsAreCheckedWithAMessage() {
        assertEquals(2, run("--article", "nope", "--gift"));
        assertTrue(err.toString().contains("no article 'nope'"), err.toString());
        err.reset();
        assertEquals(2, run());
        assertTrue(err.toString().contains("choose a format: --gift"), err.toString());
        err.reset();
        assertEquals(0, run("--gift", "--article", "kyiv-independent-nato-troops-warning"));
        assertEquals(BANK.questionsOf("kyiv-independent-nato-troops-warning").stream()
                .filter(q -> q.type() != OrderingKind.INSTANCE).count(),
                GiftParser.parse(out.toString(StandardCharsets.UTF_8)).questions().size());
    }

    @Test
    void theHelpSaysWhatGiftLeavesOutAndMoodleXmlHoldsEveryType() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(help.contains("--gift the questions as GIFT, for Moodle (ordering or gaps-in-a-text questions are "
                + "left out: GIFT has no such type)"), help);
        assertTrue(help.contains("--moodle-xml the questions as Moodle XML, for Moodle "), help);
        assertFalse(help.contains("Moodle XML has no such type"), help);
    }
}
