package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Export, then import as Moodle does (our parser reproduces Moodle's importer on the whole corpus): every
 * question of the corpus comes back the same.
 */
class GiftRoundTripTest {

    @Test
    void everyCorpusQuestionSurvivesExportAndReimport() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/gift/cases"))) {
            files = s.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
        int questions = 0;
        for (Path f : files) {
            List<MoodleQuestion> original = GiftParser.parse(Files.readString(f, StandardCharsets.UTF_8)).questions()
                    .stream().filter(q -> q.type() != MoodleQuestion.Type.CATEGORY).toList();
            String exported = GiftWriter.write(original);
            GiftParser.Result back = GiftParser.parse(exported);
            assertEquals(List.of(), back.problems(), f + "\n" + exported);
            assertEquals(original.size(), back.questions().size(), f + "\n" + exported);
            for (int i = 0; i < original.size(); i++) {
                MoodleQuestion a = original.get(i);
                MoodleQuestion b = back.questions().get(i);
                String where = f.getFileName() + " q" + (i + 1) + "\n" + exported;
                assertEquals(a.type(), b.type(), where);
                assertEquals(a.name(), b.name(), where);
                assertEquals(a.text(), b.text(), where);
                assertEquals(a.generalFeedback(), b.generalFeedback(), where);
                assertEquals(a.idNumber(), b.idNumber(), where);
                assertEquals(a.tags(), b.tags(), where);
                assertEquals(a.single(), b.single(), where);
                assertEquals(a.answers(), b.answers(), where);
                assertEquals(a.correctTrue(), b.correctTrue(), where);
                assertEquals(a.feedbackTrue(), b.feedbackTrue(), where);
                assertEquals(a.feedbackFalse(), b.feedbackFalse(), where);
                assertEquals(a.pairs(), b.pairs(), where);
                questions++;
            }
        }
        assertTrue(questions >= 60, "round-tripped " + questions + " questions");
    }

    /**
     * Through Factdeck and back: every gradable corpus question imported as a teacher's question, exported as GIFT
     * and read again by Moodle's importer keeps its answers' fractions (partial credit, penalties), tolerances,
     * feedback and matching pairs (extra right-hand items included).
     */
    @Test
    void everyGradableCorpusQuestionKeepsItsFractionsThroughFactdeck() throws IOException {
        app.factdeck.content.Article article = new app.factdeck.content.ContentLoader().load(Path.of("content"))
                .article("kyiv-independent-nato-troops-warning").orElseThrow();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/gift/cases"))) {
            files = s.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
        int questions = 0;
        for (Path f : files) {
            for (MoodleQuestion a : GiftParser.parse(Files.readString(f, StandardCharsets.UTF_8)).questions()) {
                GiftImport.Converted c = GiftImport.convert(a);
                if (c.draft() == null) {
                    continue; // a category, an essay or a description: no question to hold
                }
                var q = app.factdeck.authoring.DraftCheck.check(c.draft(), article, 1, 1).question();
                String gift = GiftWriter.write(List.of(GiftExport.of(q).orElseThrow()));
                MoodleQuestion b = GiftParser.parse(gift).questions().get(0);
                String where = f.getFileName() + ": " + a.name() + "\n" + gift;
                assertEquals(a.type(), b.type(), where);
                assertEquals(a.single(), b.single(), where);
                assertEquals(answers(a), answers(b), where);
                assertEquals(a.correctTrue(), b.correctTrue(), where);
                assertEquals(a.pairs().stream().map(p -> p.left().text().strip() + " -> " + p.right()).toList(),
                        b.pairs().stream().map(p -> p.left().text().strip() + " -> " + p.right()).toList(), where);
                questions++;
            }
        }
        assertTrue(questions >= 58, "through Factdeck: " + questions + " questions");
        // The corpus has no extra matching item: one, as Moodle documents "= -> Chat".
        MoodleQuestion extra = GiftParser.parse("Match. {=cat -> Katze =dog -> Hund = -> Maus}").questions().get(0);
        var q = app.factdeck.authoring.DraftCheck.check(GiftImport.convert(extra).draft(), article, 1, 1).question();
        MoodleQuestion back = GiftParser.parse(GiftWriter.write(List.of(GiftExport.of(q).orElseThrow()))).questions()
                .get(0);
        assertEquals(List.of("cat -> Katze", "dog -> Hund", " -> Maus"),
                back.pairs().stream().map(p -> p.left().text() + " -> " + p.right()).toList());
    }

    /** Answers as compared after a trip: sorted (Factdeck lists full marks first), numbers by value, feedback kept. */
    private static List<String> answers(MoodleQuestion q) {
        return q.answers().stream().map(x -> (q.type() == MoodleQuestion.Type.NUMERICAL && !x.text().text().equals("*")
                ? new java.math.BigDecimal(x.text().text()).stripTrailingZeros().toPlainString() + " ± "
                + new java.math.BigDecimal(x.tolerance()).setScale(9, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                        .toPlainString() : x.text().text().strip())
                + " @" + Math.round(x.fraction() * 1e5) / 1e5 + (x.feedback().text().isBlank() ? "" : " +feedback"))
                .sorted().toList();
    }

    @Test
    void exportLooksLikeMoodlesOwn() {
        MoodleQuestion q = GiftParser.parse("::Capital::Which is the capital of Lithuania?{=Vilnius#Yes ~Riga ~%-50%Tallinn####Vilnius since 1990.}")
                .questions().get(0);
        assertEquals("""
                // question: 1  name: Capital
                ::Capital::Which is the capital of Lithuania?{
                \t=Vilnius#Yes
                \t~Riga
                \t~%-50%Tallinn
                \t####Vilnius since 1990.
                }

                """, GiftWriter.write(List.of(q)));
        assertEquals("a\\:b\\=c\\~d\\#e\\{f\\}g\\\\h\\ni", GiftWriter.escape("a:b=c~d#e{f}g\\h\ni"));
    }
}
