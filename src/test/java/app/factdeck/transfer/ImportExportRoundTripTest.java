package app.factdeck.transfer;

import app.factdeck.testing.TestDatabases;
import app.factdeck.questions.core.MoodleQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.authoring.DraftCheck;
import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.questions.core.Question;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --gift} then {@code export --gift} on a real database: refused whole while a question is bad,
 * imported with --valid-only, and every imported question exported as GIFT that Moodle's importer (GiftParser)
 * reads back to the same question, under the same {@code ::title::}.
 */
@org.junit.jupiter.api.Tag("database")
class ImportExportRoundTripTest {

    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final String FILE = "src/test/resources/transfer/teacher-bank.gift";
    private static final String PARTIAL = "src/test/resources/transfer/partial-credit.gift";

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
        assertEquals(0, run(true, "--gift", PARTIAL, "--article", KI));
        assertEquals("Imported 4 questions into " + KI + ".", out.toString().strip());

        assertEquals(0, run(false, "--gift", "--article", KI));
        String gift = out.toString(StandardCharsets.UTF_8);
        Article article = LIBRARY.article(KI).orElseThrow();
        List<Question> original;
        try (Database db = TestDatabases.open(data.resolve("factdeck.db"))) {
            original = new app.factdeck.authoring.AuthoringModule(db, LIBRARY,
                    app.factdeck.questions.QuestionBank.build(LIBRARY, app.factdeck.questions.QuestionGenerator.DEFAULT_SEED),
                    Clock.systemUTC()).catalog().forStudents(KI).stream().filter(Question::isAuthored).toList();
        }
        assertEquals(11, original.size());
        GiftParser.Result parsed = GiftParser.parse(gift);
        assertEquals(List.of(), parsed.problems(), "Moodle's importer takes every exported question");
        // The file's titles were kept in the database, and each exported question goes under its title again.
        assertEquals(List.of("Summit city", "Co-chairs", "Former chief", "Surname", "Gap", "Signers", "Roles", "Nearly",
                        "Joined", "Capitals", "Old name"),
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
            assertEquals(GiftExport.of(o).orElseThrow().answers(), GiftExport.of(r).orElseThrow().answers(), o.stem());
            assertEquals(GiftExport.of(o).orElseThrow().pairs(), GiftExport.of(r).orElseThrow().pairs(), o.stem());
        }
        // The fractions, tolerances and extra item are the file's (as Moodle reads it), not Factdeck's defaults.
        Map<String, MoodleQuestion> exported = new java.util.HashMap<>();
        parsed.questions().forEach(g -> exported.put(g.name(), g));
        assertEquals(List.of(0.5, 0.5, -1.0, -1.0), fractions(exported.get("Co-chairs")));
        assertEquals(List.of(1.0, 0.5, -0.5, 0.0), fractions(exported.get("Nearly")));
        assertEquals(List.of("<p>Right.</p>", "<p>Its old name: half the marks.</p>", "<p>No, that is in Latvia.</p>", ""),
                exported.get("Nearly").answers().stream().map(a -> a.feedback().text()).toList());
        assertEquals(List.of(1.0, 0.5), fractions(exported.get("Joined")));
        assertEquals(List.of("0", "1"), exported.get("Joined").answers().stream().map(MoodleQuestion.Answer::tolerance)
                .toList());
        assertEquals(List.of(1.0, 0.5), fractions(exported.get("Old name")));
        MoodleQuestion capitals = exported.get("Capitals");
        assertEquals(4, capitals.pairs().size());
        assertEquals("", capitals.pairs().get(3).left().text(), "the extra item goes back as \"= -> Warsaw\"");
        assertEquals("Warsaw", capitals.pairs().get(3).right());
        // Answered in a quiz: part of the marks, a penalty kept at 0, and the extra item matching nothing.
        Map<String, Question> byTitle = new java.util.HashMap<>();
        original.forEach(q -> byTitle.put(q.authored().title(), q));
        assertEquals(0.5, byTitle.get("Nearly").grade(app.factdeck.questions.core.Response.of("Vilna")).credit(), 1e-9);
        assertEquals(0, byTitle.get("Nearly").grade(app.factdeck.questions.core.Response.of("Riga")).credit(), 1e-9);
        assertEquals(0.5, byTitle.get("Joined").grade(app.factdeck.questions.core.Response.of("2005")).credit(), 1e-9);
        assertEquals(1, byTitle.get("Joined").grade(app.factdeck.questions.core.Response.of("2004")).credit(), 1e-9);
        assertEquals(0.5, byTitle.get("Old name").grade(app.factdeck.questions.core.Response.of("vilna")).credit(), 1e-9);
        assertEquals(2.0 / 3, byTitle.get("Capitals").grade(new app.factdeck.questions.core.Response(
                List.of("Vilnius", "Riga", "Warsaw"))).credit(), 1e-9);
        assertTrue(byTitle.get("Capitals").optionsFor(7).contains("Warsaw"), "the extra item is offered");
    }

    private static List<Double> fractions(MoodleQuestion q) {
        return q.answers().stream().map(MoodleQuestion.Answer::fraction).toList();
    }

    /**
     * {@code import --valid-only} on the whole GIFT corpus (one file): every gradable question Moodle's importer
     * takes (.moodle.json: multiple choice, true/false, short answer, numerical, matching, not refused by its grade
     * check) is imported; only essays, descriptions and the case we refuse on purpose (a non-numeric numerical
     * answer, a Moodle bug) are not.
     */
    @Test
    void validOnlyImportsEveryGradableQuestionMoodleImportsFromTheCorpus() throws Exception {
        Path cases = Path.of("src/test/resources/gift/cases");
        StringBuilder all = new StringBuilder();
        int gradable = 0;
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var files = java.nio.file.Files.list(cases)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".gift")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".gift", "");
                all.append(java.nio.file.Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "")
                        .replace("\r\n", "\n")).append("\n\n");
                if (name.equals("103-edge-numerical-non-numeric")) {
                    continue;
                }
                for (var q : json.readTree(cases.resolve(name + ".moodle.json").toFile()).get("questions")) {
                    if (List.of("multichoice", "truefalse", "shortanswer", "numerical", "match")
                            .contains(q.get("qtype").asText())
                            && !q.path("importprocess_grade_check").asText("ok").startsWith("REJECTED")) {
                        gradable++;
                    }
                }
            }
        }
        Path corpus = data.resolve("corpus.gift");
        java.nio.file.Files.writeString(corpus, all);
        assertEquals(0, run(true, "--gift", corpus.toString(), "--article", KI, "--valid-only"), err.toString());
        assertTrue(gradable >= 58, "the corpus has " + gradable + " gradable questions");
        assertTrue(out.toString().startsWith("Imported " + gradable + " questions into " + KI), out + "\n" + err);
        assertEquals(gradable, authoredCount());
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
        try (var c = TestDatabases.connection(data);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM authored_question")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
