package app.factdeck.transfer;

import app.factdeck.questions.MoodleQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.authoring.DraftCheck;
import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.questions.Question;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --gift} then {@code export --gift} on a real database: refused whole while a question is bad,
 * imported with --valid-only, and every imported question exported as GIFT that Moodle's importer (GiftParser)
 * reads back to the same question, under the same {@code ::title::}.
 */
class ImportExportRoundTripTest {

    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final String FILE = "src/test/resources/transfer/teacher-bank.gift";

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(boolean importing, String... args) {
        out.reset();
        err.reset();
        String[] line = new String[args.length + 1];
        line[0] = importing ? "import" : "export";
        System.arraycopy(args, 0, line, 1, args.length);
        var run = app.factdeck.testing.CommandRun.on(data).run(line);
        out.writeBytes(run.out().getBytes(StandardCharsets.UTF_8));
        err.writeBytes(run.err().getBytes(StandardCharsets.UTF_8));
        return run.status();
    }

    @Test
    void importedQuestionsExportAndReadBackTheSame() throws Exception {
        assertEquals(1, run(true, "--gift", FILE, "--article", KI));
        assertTrue(err.toString().contains(FILE + ":"), err.toString());
        assertTrue(err.toString().contains("nothing imported"), err.toString());
        assertEquals(0, authoredCount());

        assertEquals(0, run(true, "--gift", FILE, "--article", KI, "--valid-only"));
        assertEquals("Imported 7 questions into " + KI + "; rejected 1.", out.toString().strip());
        assertEquals(7, authoredCount());

        assertEquals(0, run(false, "--gift", "--article", KI));
        String gift = out.toString(StandardCharsets.UTF_8);
        Article article = LIBRARY.article(KI).orElseThrow();
        List<Question> original;
        try (Database db = Database.open(data.resolve("factdeck.db"))) {
            original = new app.factdeck.authoring.AuthoringModule(db, LIBRARY,
                    app.factdeck.questions.QuestionBank.build(LIBRARY, app.factdeck.questions.QuestionGenerator.DEFAULT_SEED),
                    Clock.systemUTC()).catalog().forStudents(KI).stream().filter(Question::isAuthored).toList();
        }
        assertEquals(7, original.size());
        GiftParser.Result parsed = GiftParser.parse(gift);
        assertEquals(List.of(), parsed.problems(), "Moodle's importer takes every exported question");
        // The file's titles were kept in the database, and each exported question goes under its title again.
        assertEquals(List.of("Summit city", "Co-chairs", "Former chief", "Surname", "Gap", "Signers", "Roles"),
                original.stream().map(q -> q.authored().title()).toList());
        for (Question o : original) {
            MoodleQuestion g = parsed.questions().stream().filter(x -> x.name().equals(o.authored().title()))
                    .findFirst().orElseThrow(() -> new AssertionError(o.authored().title() + " in\n" + gift));
            assertTrue(g.titled(), gift);
            GiftImport.Converted c = GiftImport.convert(g);
            assertEquals(null, c.problem(), o.id());
            assertEquals(o.authored().title(), c.draft().title(), "imported again, the title is kept");
            Question r = DraftCheck.check(c.draft(), article, o.authored().number(), 1).question();
            assertEquals(o.stem(), r.stem());
            assertEquals(o.type(), r.type(), o.stem());
            assertEquals(o.listing(), r.listing(), o.stem());
            assertEquals(o.correctAnswer(), r.correctAnswer(), o.stem());
            assertEquals(o.authored().stemHtml(), r.authored().stemHtml(), o.stem());
        }
    }

    @Test
    void badArgumentsAndFilesSayWhatToDo() {
        assertEquals(2, run(true, "--gift", FILE));
        assertTrue(err.toString().contains("--article SLUG"));
        assertEquals(2, run(true, "--gift", FILE, "--article", "nope"));
        assertTrue(err.toString().contains("there is no article 'nope'"));
        assertEquals(1, run(true, "--aiken", "missing.txt", "--article", KI));
        assertTrue(err.toString().contains("there is no file missing.txt"));
        assertEquals(2, run(false, "--article", KI));
        assertTrue(err.toString().contains("choose a format"));
    }

    private int authoredCount() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("factdeck.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM authored_question")) {
            return rs.getInt(1);
        }
    }
}
