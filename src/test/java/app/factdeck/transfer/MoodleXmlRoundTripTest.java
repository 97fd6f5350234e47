package app.factdeck.transfer;

import app.factdeck.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.authoring.AuthoringModule;
import app.factdeck.authoring.DraftCheck;
import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.QuestionKinds;
import app.factdeck.questions.types.cloze.Cloze;
import app.factdeck.questions.types.cloze.ClozeKind;
import app.factdeck.questions.types.matching.Matching;
import app.factdeck.questions.types.matching.MatchingKind;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import app.factdeck.questions.types.multiselect.SelectAll;
import app.factdeck.questions.types.multiselect.SelectAllKind;
import app.factdeck.questions.types.numerical.NumericalKind;
import app.factdeck.questions.types.ordering.Ordering;
import app.factdeck.questions.types.shortanswer.ShortAnswer;
import app.factdeck.questions.types.shortanswer.ShortAnswerKind;
import app.factdeck.questions.types.truefalse.TrueFalse;
import app.factdeck.questions.types.truefalse.TrueFalseKind;
import app.factdeck.testing.CommandRun;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --moodle-xml} and {@code export --moodle-xml} on a real database: a bank written as Moodle 4.x
 * writes it imports to the same questions as its GIFT twin; every registered type exports as Moodle XML and reads
 * back to the same question, as a whole record; the generated bank exports whole, ordering included.
 */
@org.junit.jupiter.api.Tag("database")
class MoodleXmlRoundTripTest {

    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final String ESP = "espreso-nato-troops-warning";
    private static final String XML = "src/test/resources/moodle-xml/teacher-bank.xml";
    private static final String GIFT = "src/test/resources/transfer/teacher-bank.gift";
    /** What GIFT cannot hold, as Moodle 4.x writes it: ordering questions, and gaps (typed and drop-down) in a text. */
    private static final String ORDERING = "src/test/resources/moodle-xml/ordering.xml";
    private static final String GAPS = "src/test/resources/moodle-xml/cloze.xml";

    @TempDir
    Path data;

    private CommandRun run(String... args) {
        return CommandRun.on(data).run(args);
    }

    private List<Question> authored(String slug) {
        try (Database db = TestDatabases.open(data.resolve("factdeck.db"))) {
            return new AuthoringModule(db, LIBRARY, QuestionBank.build(LIBRARY, QuestionGenerator.DEFAULT_SEED),
                    Clock.systemUTC()).catalog().forStudents(slug).stream().filter(Question::isAuthored).toList();
        }
    }

    @Test
    void aMoodleBankImportsAsItsGiftTwinAndEveryTypeComesBackFromItsExport() {
        CommandRun refused = run("import", "--moodle-xml", XML, "--article", KI);
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains(XML + ":282: rejected: An essay question needs a person to mark it"),
                refused.err());
        assertTrue(refused.err().contains("nothing imported"));
        assertEquals(List.of(), authored(KI));

        CommandRun imported = run("import", "--moodle-xml", XML, "--article", KI, "--valid-only");
        assertEquals(0, imported.status(), imported.err());
        assertEquals("Imported 7 questions into " + KI + "; rejected 1.", imported.out().strip());
        assertEquals(0, run("import", "--gift", GIFT, "--article", ESP, "--valid-only").status());

        // The Moodle XML bank and its GIFT twin give the same questions (the XML's HTML answers as plain options).
        List<Question> fromXml = authored(KI);
        Map<String, Question> fromGift = authored(ESP).stream()
                .collect(Collectors.toMap(q -> q.authored().title(), Function.identity()));
        assertEquals(List.of("Summit city", "Co-chairs", "Former chief", "Surname", "Gap", "Signers", "Roles"),
                fromXml.stream().map(q -> q.authored().title()).toList());
        for (Question x : fromXml) {
            Question g = fromGift.get(x.authored().title());
            assertEquals(g.type(), x.type(), x.authored().title());
            assertEquals(g.listing(), x.listing(), x.authored().title());
            assertEquals(g.correctAnswer(), x.correctAnswer(), x.authored().title());
        }
        assertEquals(List.of(MultipleChoiceKind.INSTANCE, SelectAllKind.INSTANCE, TrueFalseKind.INSTANCE,
                ShortAnswerKind.INSTANCE, ClozeKind.INSTANCE, NumericalKind.INSTANCE, MatchingKind.INSTANCE),
                fromXml.stream().map(Question::type).toList(), "every type GIFT holds too");

        // Then what only Moodle XML holds: two ordering questions, and gaps in a text (a typed gap and a drop-down).
        CommandRun ordering = run("import", "--moodle-xml", ORDERING, "--article", KI, "--valid-only");
        assertEquals("Imported 2 questions into " + KI + "; rejected 2.", ordering.out().strip(), ordering.err());
        CommandRun gaps = run("import", "--moodle-xml", GAPS, "--article", KI, "--valid-only");
        assertEquals("Imported 1 question into " + KI + "; rejected 1.", gaps.out().strip(), gaps.err());
        List<Question> stored = authored(KI);
        assertEquals(List.of("Road to Vilnius", "Subset as large as the list", "Summit place and month"),
                stored.subList(fromXml.size(), stored.size()).stream().map(q -> q.authored().title()).toList());

        // Export, then import what was exported: the same question, as a whole record, under the same name.
        CommandRun export = run("export", "--moodle-xml", "--article", KI);
        assertEquals(0, export.status(), export.err());
        assertTrue(export.out().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"), export.out());
        QuestionFormat.Parsed back = MoodleXmlReader.read(export.out());
        assertEquals(List.of(), back.problems(), "Moodle's importer takes every exported question");
        assertFalse(export.err().contains("left out"), "Moodle XML holds every type: " + export.err());
        Article article = LIBRARY.article(KI).orElseThrow();
        Set<QuestionKind<?>> roundTripped = new HashSet<>();
        for (Question o : stored) {
            MoodleQuestion m = back.questions().stream().filter(q -> q.name().equals(o.authored().title()))
                    .findFirst().orElseThrow(() -> new AssertionError(o.authored().title() + " in\n" + export.out()));
            assertTrue(m.titled());
            GiftImport.Converted c = GiftImport.convert(PlainAnswers.of(m));
            assertEquals(null, c.problem(), o.id());
            Question r = DraftCheck.check(c.draft(), article, o.authored().number(), 1).question();
            String what = o.authored().title();
            // The whole question: its type's record (choices with grades and feedback, answers, tolerances,
            // pairs and extra items, items in order, gaps with their spellings and choices) and the common parts
            // (stem, its HTML, feedback, name).
            assertEquals(o, r, what);
            roundTripped.add(o.type());
        }
        // A type added to the registry fails here until a question of it makes the round trip.
        for (QuestionKind<?> kind : QuestionKinds.all()) {
            assertTrue(roundTripped.contains(kind), kind.slug() + " has no question going through Moodle XML and "
                    + "back: add one to the imported fixtures");
        }
    }

    @Test
    void theGeneratedBankExportsWholeWithItsProvenance() {
        CommandRun export = run("export", "--moodle-xml");
        assertEquals(0, export.status(), export.err());
        QuestionFormat.Parsed back = MoodleXmlReader.read(export.out());
        assertEquals(List.of(), back.problems());
        QuestionBank bank = QuestionBank.build(LIBRARY, QuestionGenerator.DEFAULT_SEED);
        List<Question> all = LIBRARY.articles().stream().flatMap(a -> bank.questionsOf(a.slug()).stream()).toList();
        assertTrue(all.stream().anyMatch(q -> q instanceof Ordering), "the generator makes ordering questions");
        assertEquals(all.size(), back.questions().size(), "every one, ordering included");
        assertEquals("factdeck: exported " + all.size() + " questions.", export.err().strip());
        for (int i = 0; i < all.size(); i++) {
            Question q = all.get(i);
            MoodleQuestion m = back.questions().get(i);
            assertEquals(q.id(), m.name(), "a generated question is named by its id");
            assertEquals(q.stem(), m.text().text());
            assertTrue(m.generalFeedback().text().contains(q.source().text()), "the cited sentence travels along");
            // The keys travel as GIFT's do (ExportCommandTest); re-importing generated questions is not the point here.
            List<String> keys = q.listing().keys();
            if (q instanceof MultipleChoice) {
                assertEquals(keys, m.answers().stream().filter(a -> a.fraction() == 1).map(a -> a.text().text())
                        .toList(), q.id());
            } else if (q instanceof SelectAll) {
                assertEquals(keys.size(), m.answers().stream().filter(a -> a.fraction() > 0).count(), q.id());
            } else if (q instanceof TrueFalse) {
                assertEquals(keys.get(0).equals("True"), m.correctTrue(), q.id());
            } else if (q instanceof ShortAnswer || q instanceof Cloze) {
                assertTrue(m.answers().stream().map(a -> a.text().text()).toList().containsAll(keys), q.id());
            } else if (q instanceof Matching) {
                assertEquals(keys, m.pairs().stream().map(MoodleQuestion.Pair::right).toList(), q.id());
            } else if (q instanceof Ordering) {
                assertEquals(MoodleQuestion.Type.ORDERING, m.type(), q.id());
                assertEquals(keys, m.answers().stream().map(a -> a.text().text()).toList(), "the events in order");
                assertEquals("RELATIVE_ALL_PREVIOUS_AND_NEXT", m.settings().get("gradingtype"), q.id());
                assertEquals("ALL", m.settings().get("selecttype"), q.id());
            } else {
                throw new AssertionError(q.id() + " is of a type the generator was not known to make");
            }
        }
    }

    @Test
    void theFormatOptionsComeFromTheRegistryAndAWrongOneSaysWhich() {
        assertTrue(run("import", "--help").out().contains("--moodle-xml=FILE"));
        assertTrue(run("export", "--help").out().contains("--moodle-xml"));
        CommandRun asGift = run("import", "--gift", XML, "--article", KI);
        assertEquals(2, asGift.status());
        assertTrue(asGift.err().contains(XML + " is XML, not GIFT: import it with --moodle-xml."), asGift.err());
        CommandRun asXml = run("import", "--moodle-xml", GIFT, "--article", KI);
        assertEquals(2, asXml.status());
        assertTrue(asXml.err().contains("is not XML, so it is not Moodle XML: import it with --gift or --aiken."));
        CommandRun two = run("import", "--moodle-xml", XML, "--aiken", GIFT, "--article", KI);
        assertEquals(2, two.status());
        assertTrue(two.err().contains("choose one format, not moodle-xml and aiken."), two.err());
        CommandRun none = run("import", "--article", KI);
        assertTrue(none.err().contains("--gift FILE or --moodle-xml FILE or --aiken FILE"), none.err());
        CommandRun exports = run("export");
        assertTrue(exports.err().contains("choose a format: --gift, --moodle-xml, --anki, --anki-csv or --quizlet."),
                exports.err());
        assertEquals(2, run("export", "--moodle-xml", "--article", "nope").status());
        assertEquals(List.of(), authored(KI), "nothing imported by any of these");
    }
}
