package app.factdeck.articles;

import app.factdeck.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.Wiring;
import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.questions.core.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path of a teacher's article over a real database: take in, clean, mark facts, publish, restart. */
@org.junit.jupiter.api.Tag("database")
class TeacherArticlesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-09-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static String page() throws Exception {
        return Files.readString(Path.of("src/test/resources/articles/04-chandrayaan-3-moon-landing.txt"),
                StandardCharsets.UTF_8);
    }

    /** A teacher to be the articles' author (the store keeps who added what). */
    private static void teacher(Database db) {
        db.write(c -> {
            try (var s = c.prepareStatement("INSERT INTO account (id, username, display_name, password_hash, role, "
                    + "created_at) VALUES (1, 'teacher', 'Teacher', 'x', 'teacher', 0)")) {
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Flips the two lines the facts come from to kept, if the cleaner dropped them. */
    private static Set<Integer> keepBoth(app.factdeck.content.PageReading reading) {
        return reading.lines().stream().filter(l -> !l.kept())
                .filter(l -> l.text().startsWith("The Vikram lander") || l.text().startsWith("As the Chandrayaan-3"))
                .map(app.factdeck.content.PageLine::number).collect(java.util.stream.Collectors.toSet());
    }

    private static Library shipped() {
        return new ContentLoader().load(Path.of("content"));
    }

    private static MarkedFact fact(MarkedFact.Kind kind, String sentence, List<String> answers, String type,
                                   String role, String question, String event, String date, String contradiction,
                                   String statement) {
        return new MarkedFact(null, kind, sentence, answers, type, "", "", role, question, statement, event, date,
                null, contradiction);
    }

    @Test
    void aPastedPageBecomesPublishedQuestionsThatSurviveARestart() throws Exception {
        String slug;
        int questions;
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            teacher(db);
            Wiring w = Wiring.of(shipped(), db, CLOCK);
            TeacherArticles articles = w.articles();
            TeacherArticles.Intake in = articles.addPage(page(), "", 1);
            assertTrue(in.problems().isEmpty(), in.problems().toString());
            TeacherArticle a = in.article().orElseThrow();
            slug = a.slug();
            assertTrue(w.library().article(slug).isEmpty() || !w.library().visibleToStudents(slug));
            var d = a.details();
            Map<String, String> cleaning = articles.saveCleaning(a.id(), new TeacherArticle.Details(
                    "Chandrayaan-3 lands on the Moon's south pole", "Mint", null, LocalDate.of(2023, 8, 23),
                    "https://www.livemint.com/science/x", "en"), keepBoth(articles.reading(a)));
            assertTrue(cleaning.isEmpty(), cleaning.toString());
            Article article = articles.article(a).orElseThrow();
            String vikram = article.sentences().stream().map(Article.Sentence::text)
                    .filter(s -> s.startsWith("The Vikram lander")).findFirst().orElseThrow();
            String somanath = article.sentences().stream().map(Article.Sentence::text)
                    .filter(s -> s.startsWith("As the Chandrayaan-3 landed")).findFirst().orElseThrow();

            String sweets = article.sentences().stream().map(Article.Sentence::text)
                    .filter(s -> s.startsWith("Sweets were distributed")).findFirst().orElseThrow();
            var wrong = articles.saveFact(a.id(), fact(MarkedFact.Kind.WHERE, vikram, List.of("Kenya"), "country",
                    null, "From which country did Narendra Modi join the landing?", null, null, null, null), 1);
            assertTrue(wrong.problems().containsKey("answerWords"), wrong.problems().toString());

            List<MarkedFact> facts = List.of(
                    fact(MarkedFact.Kind.ROLE, vikram, List.of("Narendra Modi"), "person", "Prime Minister", null,
                            null, null, null, null),
                    fact(MarkedFact.Kind.WHERE, vikram, List.of("South Africa"), "country", null,
                            "From which country did Narendra Modi join the landing by video?", null, null, null, null),
                    fact(MarkedFact.Kind.SAID, somanath, List.of("S Somanath"), "person", null,
                            "Who said \u201cWe have achieved a soft landing on the Moon\u201d?", null, null, null,
                            "As the Chandrayaan-3 landed on the lunar surface, the ISRO chief, {answer}, said: "
                                    + "\u201cWe have achieved a soft landing on the Moon.\u201d"),
                    fact(MarkedFact.Kind.PHRASE, sweets, List.of("firecrackers were burst"), "", null, null, null,
                            null, "In India, celebrations of the landing were banned.",
                            "As India conquered the Moon, sweets were distributed and {answer}."));
            var time = articles.saveFact(a.id(), fact(MarkedFact.Kind.WHEN, vikram, List.of("06:04 pm"), "", null,
                    "At what time did the Vikram lander land?", "the Vikram lander landed", "2023-08-23", null, null), 1);
            assertTrue(time.problems().containsKey("kind") || time.problems().containsKey("answerWords"),
                    "a time is not a date: " + time.problems());
            int saved = 0;
            for (MarkedFact f : facts) {
                var r = articles.saveFact(a.id(), f, 1);
                if (r.problems().isEmpty()) {
                    saved++;
                } else {
                    System.out.println(f.kind() + " refused: " + r.problems());
                }
            }
            assertTrue(saved >= 3, "saved " + saved);
            List<Question> generated = w.bank().questionsOf(slug);
            assertFalse(generated.isEmpty(), "the bank was refreshed with the article's questions");
            generated.forEach(q -> System.out.println(q.id() + " | " + q.stem() + " | " + q));
            assertFalse(w.library().visibleToStudents(slug));
            assertTrue(w.authoring().catalog().forStudents(slug).isEmpty(), "a draft's questions are nobody's yet");
            assertTrue(articles.publish(a.id(), generated.size()).isEmpty());
            assertTrue(w.library().visibleToStudents(slug));
            assertFalse(w.authoring().catalog().forStudents(slug).isEmpty());
            assertFalse(w.flashcards().deck(slug).isEmpty(), "cards for the new article");
            var gift = w.transfer().export(app.factdeck.transfer.Formats.question("gift").orElseThrow(),
                    java.util.Optional.of(slug));
            assertTrue(gift.count() > 0 && gift.body().contains("South Africa"), "export --gift --article " + slug);
            questions = generated.size();
        }
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            Wiring w = Wiring.of(shipped(), db, CLOCK);
            assertTrue(w.library().visibleToStudents(slug));
            assertEquals(questions, w.bank().questionsOf(slug).size(), "the same questions after a restart");
            assertEquals(1, w.articles().all().size());
            // Deleting keeps the questions findable for the answers given, and takes the article off every list.
            String someQuestion = w.bank().questionsOf(slug).get(0).id();
            w.articles().delete(w.articles().all().get(0).id());
            assertTrue(w.bank().questionsOf(slug).isEmpty());
            assertTrue(w.bank().find(someQuestion).isPresent(), "a deleted article's question is still findable");
            assertTrue(w.library().articles().stream().noneMatch(x -> x.slug().equals(slug)));
            assertFalse(w.library().visibleToStudents(slug));
            assertTrue(w.articles().all().isEmpty());
        }
    }

    @Test
    void refusesWhatIsNotAnArticle() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            teacher(db);
            TeacherArticles articles = new TeacherArticles(db, shipped(), CLOCK);
            assertTrue(articles.addPage("  ", "", 1).problems().containsKey("text"));
            assertTrue(articles.addPage("x".repeat(5_000_000), "", 1).problems().get("text").contains("5.0 MB"));
            assertTrue(articles.addPage("Home\nNews\nSport", "", 1).problems().get("text").contains("no sentence"));
            assertTrue(articles.addUpload("a.pdf", "%PDF-1.4".getBytes(), "", 1).problems().containsKey("file"));
            assertTrue(articles.addUpload("a.txt", new byte[] {0, 1, 2, 3}, "", 1).problems().get("file")
                    .contains("binary"));
            assertTrue(articles.addUpload("a.txt", new byte[] {'O', 'k', (byte) 0xe9, '.', ' '}, "", 1).problems()
                    .get("file").contains("UTF-8"));
            assertTrue(articles.addPage(page(), "", 1).problems().isEmpty());
            assertTrue(articles.addPage(page(), "", 1).problems().get("text").contains("already"));
        }
    }

    @Test
    void anHtmlPageIsReadWithoutItsScriptsAndWithItsOwnDetails() {
        String html = """
                <!doctype html><html lang="en"><head><title>Site</title>
                <meta property="og:title" content="Council approves the new bridge">
                <meta property="og:site_name" content="The Daily Example">
                <meta property="article:published_time" content="2023-03-06T09:00:00Z">
                <script>var tracking = "Do not keep this sentence.";</script><style>p { color: red; }</style></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Council approves the new bridge</h1>
                <p>The city council approved the new bridge on Monday by nine votes to four.</p>
                <p>Work is due to start in the spring and to take two years.</p></article></body></html>""";
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            teacher(db);
            TeacherArticles articles = new TeacherArticles(db, shipped(), CLOCK);
            var in = articles.addUpload("bridge.html", html.getBytes(StandardCharsets.UTF_8), "", 1);
            assertTrue(in.problems().isEmpty(), in.problems().toString());
            TeacherArticle a = in.article().orElseThrow();
            assertEquals("Council approves the new bridge", a.details().title());
            assertEquals("The Daily Example", a.details().publisher());
            assertEquals(LocalDate.of(2023, 3, 6), a.details().published());
            var lines = articles.reading(a).lines();
            assertTrue(lines.stream().noneMatch(l -> l.raw().contains("tracking") || l.raw().contains("color")));
            var saved = articles.saveCleaning(a.id(), a.details(), a.flipped());
            assertTrue(saved.isEmpty(), saved.toString());
            var sentences = articles.article(articles.find(a.id()).orElseThrow()).orElseThrow().sentences();
            assertEquals("The city council approved the new bridge on Monday by nine votes to four.",
                    sentences.get(0).text());
        }
    }

    @Test
    void weekdaysReadAgainstTheArticlesDate() {
        assertEquals("2023-12-13", TeacherArticles.dateOf("on Wednesday", LocalDate.of(2023, 12, 13)).orElseThrow());
        assertEquals("2023-12-13", TeacherArticles.dateOf("Wednesday", LocalDate.of(2023, 12, 14)).orElseThrow());
        assertEquals("2022-10-02", TeacherArticles.dateOf("October 2", LocalDate.of(2022, 10, 31)).orElseThrow());
        assertEquals("2024-01-12", TeacherArticles.dateOf("12 January 2024", null).orElseThrow());
        assertEquals("The {answer} said.", TeacherArticles.gapped("The ISRO chief said.", List.of("ISRO chief")));
    }
}
