package app.factdeck.study;

import app.factdeck.testing.TestDatabases;
import app.factdeck.transfer.Formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.Wiring;
import app.factdeck.authoring.TeacherQuestionRepository;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.testing.CommandRun;
import app.factdeck.transfer.TransferService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teachers' questions become flashcards in their article's deck and in the Anki and Quizlet exports, named by the
 * question (a/N, every version), each type making its own card; a deleted one leaves the deck, and the generated
 * cards keep their ids.
 */
@org.junit.jupiter.api.Tag("database")
class TeacherFlashcardsTest {

    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final String KI = "kyiv-independent-nato-troops-warning";

    @TempDir
    Path data;

    @Test
    void importedQuestionsAreCardsUntilDeleted() throws Exception {
        assertEquals(0, CommandRun.on(data).run("import", "--gift", "src/test/resources/transfer/teacher-bank.gift",
                "--article", KI, "--valid-only").status());
        List<String> generatedIds = new Flashcards(LIBRARY, QuestionBank.build(LIBRARY, QuestionGenerator.DEFAULT_SEED))
                .deck(KI).stream().map(Flashcard::id).toList();
        try (Database db = TestDatabases.open(data.resolve("factdeck.db"))) {
            Wiring w = Wiring.of(LIBRARY, db, Clock.systemUTC());
            List<Flashcard> deck = w.flashcards().deck(KI);
            assertEquals(generatedIds, deck.stream().map(Flashcard::id).limit(generatedIds.size()).toList(),
                    "the generated cards come first, with the ids their review history is stored under");
            List<Flashcard> teachers = deck.subList(generatedIds.size(), deck.size());
            // Seven imported: multiple choice, select all, true/false (no card), short answer, gap, numerical, matching.
            assertEquals(List.of("a/1", "a/2", "a/4", "a/5", "a/6", "a/7"), teachers.stream().map(Flashcard::id).toList());
            Flashcard city = teachers.get(0);
            assertEquals("Which city hosted the NATO summit in July 2023?", city.front());
            assertEquals("Vilnius", city.answer());
            assertFalse(city.hasSource(), "an imported question cites no sentence");
            Flashcard gap = teachers.get(3);
            assertEquals(Flashcard.Kind.GAP, gap.kind());
            assertEquals("The 2023 NATO summit was held in " + Flashcard.GAP + " in July.", gap.front());
            assertEquals("Anders Fogh Rasmussen: former NATO Secretary General; Andriy Yermak: head of the Office of "
                    + "the President of Ukraine", teachers.get(5).answer());
            assertEquals(Optional.of(gap), w.flashcards().find("a/5"));

            String anki = w.transfer().export(Formats.ANKI, Optional.of(KI)).body();
            assertTrue(anki.contains("Cloze\tFactdeck::"), anki);
            assertTrue(anki.contains("The 2023 NATO summit was held in {{c1::Vilnius}} in July.\t\t"
                    + "factdeck " + KI + " question::a/5"), anki);
            String quizlet = w.transfer().export(Formats.QUIZLET, Optional.of(KI)).body();
            assertTrue(quizlet.contains("Which city hosted the NATO summit in July 2023?\tVilnius\n"), quizlet);

            new TeacherQuestionRepository(db).delete(1, 0, Instant.now());
            assertFalse(w.flashcards().deck(KI).stream().anyMatch(c -> c.id().equals("a/1")), "deleted: no card");
            assertEquals(Optional.empty(), w.flashcards().find("a/1"));
            assertFalse(w.transfer().export(Formats.QUIZLET, Optional.of(KI)).body()
                    .contains("Which city hosted the NATO summit in July 2023?"));
        }
    }
}
