package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import's limits, on the parsers and the importer alone: whole-file refusals and numbers GIFT may hold. */
class ImporterLimitsTest {

    private static final Article ARTICLE = new ContentLoader().load(Path.of("content"))
            .article("kyiv-independent-nato-troops-warning").orElseThrow();

    @Test
    void aFileOfMoreThanFiveHundredQuestionsIsRefusedWholeBeforeAnyIsChecked() {
        long started = System.nanoTime();
        Importer.Report aiken = Importer.read(aiken(30_000), Formats.AIKEN, ARTICLE);
        assertTrue(System.nanoTime() - started < 3_000_000_000L, "refused without checking 30,000 questions");
        assertEquals("The file has 30,000 questions; at most 500 can be imported at a time. Split it into smaller "
                + "files and import them one by one.", aiken.refused());
        assertEquals(List.of(), aiken.items(), "nothing to import");

        StringBuilder gift = new StringBuilder("$CATEGORY: $course$/big\n\n");
        for (int i = 0; i < 501; i++) {
            gift.append("Question ").append(i).append(" is true. {T}\n\n");
        }
        assertTrue(Importer.read(gift.toString(), Formats.GIFT, ARTICLE).refused()
                .startsWith("The file has 501 questions; at most 500"));

        Importer.Report fiveHundred = Importer.read(aiken(500), Formats.AIKEN, ARTICLE);
        assertNull(fiveHundred.refused());
        assertEquals(500, fiveHundred.valid().size(), "the limit itself is allowed; a category is no question");
    }

    @Test
    void giftNumbersPastTheBoundsAreProblemsOnTheirLinesNotInfinity() {
        GiftParser.Result r = GiftParser.parse("""
                ::Range::How many? {#1..1e400}

                ::Tolerance::How many? {#1:1e999}

                ::Huge::How many? {#1e30000000}

                ::Fine::How many? {#1..1e30}
                """);
        assertEquals(List.of(1, 3, 5), r.problems().stream().map(GiftParser.Problem::line).toList());
        assertTrue(r.problems().get(0).message().startsWith("'1e400' is not a number: a numerical answer is written "
                + "like 1822"), r.problems().get(0).message());
        assertTrue(r.problems().get(1).message().startsWith("'1e999' is not a number"));
        assertTrue(r.problems().get(2).message().endsWith("with at most 30 digits, and no bigger than 1e30."));
        MoodleQuestion fine = r.questions().get(0);
        assertTrue(Double.isFinite(Double.parseDouble(fine.answers().get(0).tolerance())), "a finite tolerance");
    }

    private static String aiken(int questions) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < questions; i++) {
            s.append("Question ").append(i).append("?\nA. yes\nB. no\nANSWER: A\n");
        }
        return s.toString();
    }
}
