package app.factdeck.quizzes;

import app.factdeck.testing.TestDatabases;
import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.accounts.AccountRepository;
import app.factdeck.accounts.Role;
import app.factdeck.db.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("database")
class AttemptRepositoryTest {

    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theFirstAnswerWinsHoweverOftenItIsSubmitted() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            AttemptRepository attempts = new AttemptRepository(db);
            long id = attempts.create(student(db), Optional.of("a"), 42, List.of("q1", "q2"), T);
            attempts.markShown(id, 1, T);
            attempts.markShown(id, 1, T.plusSeconds(30)); // a reload does not restart the clock
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<AttemptRepository.Answer>> clicks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String value = i == 0 ? "Riga" : "Click " + i;
                clicks.add(pool.submit(() -> attempts.answer(id, 1, Response.of(value),
                        new Grade(1, true), T.plusSeconds(12))));
            }
            List<String> seen = new ArrayList<>();
            for (Future<AttemptRepository.Answer> f : clicks) {
                seen.add(f.get().response().single());
            }
            pool.shutdown();
            assertEquals(1, seen.stream().distinct().count(), "every submission sees the one stored answer");
            AttemptRepository.Attempt attempt = attempts.find(id).orElseThrow();
            assertEquals(1, attempt.answers().size());
            assertEquals(Duration.ofSeconds(12), attempt.answers().get(1).timeTaken());
            assertEquals(Optional.of(2), attempt.nextPosition());
            assertEquals(1.0, attempt.score(), 1e-9);
        }
    }

    @Test
    void anAttemptReadsBackWithItsQuestionsInOrder() {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            AttemptRepository attempts = new AttemptRepository(db);
            long id = attempts.create(student(db), Optional.empty(), 7, List.of("b", "a", "c"), T);
            attempts.answer(id, 2, new Response(List.of("x", "y")), new Grade(0.5, false), T);
            AttemptRepository.Attempt a = attempts.find(id).orElseThrow();
            assertEquals(List.of("b", "a", "c"), a.questionIds());
            assertEquals(List.of("x", "y"), a.answers().get(2).response().values());
            assertEquals(Optional.of(1), a.nextPosition());
            assertEquals(Optional.empty(), a.finishedAt(), "two questions are still open");
            assertTrue(a.articleSlug().isEmpty());
        }
    }

    @Test
    void twoTabsAnsweringTheLastTwoQuestionsAtOnceAlwaysFinishTheAttemptOnce() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            AttemptRepository attempts = new AttemptRepository(db);
            long student = student(db);
            List<String> questions = List.of("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10");
            ExecutorService tabs = Executors.newFixedThreadPool(2);
            try {
                for (int trial = 0; trial < 50; trial++) {
                    long id = attempts.create(student, Optional.of("a"), trial, questions, T);
                    for (int p = 1; p <= 8; p++) {
                        attempts.answer(id, p, Response.of("a" + p), new Grade(1, true), T.plusSeconds(p));
                    }
                    assertEquals(Optional.empty(), attempts.find(id).orElseThrow().finishedAt());
                    CyclicBarrier together = new CyclicBarrier(2);
                    Instant ninth = T.plusSeconds(90);
                    Instant tenth = T.plusSeconds(100);
                    Future<?> nine = tabs.submit(() -> {
                        together.await();
                        return attempts.answer(id, 9, Response.of("a9"), new Grade(0.5, false), ninth);
                    });
                    Future<?> ten = tabs.submit(() -> {
                        together.await();
                        return attempts.answer(id, 10, Response.of("a10"), new Grade(0, false), tenth);
                    });
                    nine.get(10, TimeUnit.SECONDS);
                    ten.get(10, TimeUnit.SECONDS);

                    AttemptRepository.Attempt done = attempts.find(id).orElseThrow();
                    assertEquals(10, done.answers().size(), "trial " + trial);
                    assertTrue(done.finishedAt().isPresent(), "trial " + trial + ": 10/10 answered but not finished");
                    Instant finished = done.finishedAt().get();
                    assertTrue(finished.equals(ninth) || finished.equals(tenth),
                            "finished by the answer that completed it, at " + finished);
                    assertEquals(8.5, done.score(), 1e-9, "trial " + trial);
                    // A re-posted last answer neither re-finishes nor changes the score.
                    attempts.answer(id, 10, Response.of("later"), new Grade(1, true), T.plusSeconds(500));
                    AttemptRepository.Attempt again = attempts.find(id).orElseThrow();
                    assertEquals(Optional.of(finished), again.finishedAt());
                    assertEquals(8.5, again.score(), 1e-9);
                }
            } finally {
                tabs.shutdownNow();
            }
        }
    }

    @Test
    void onePositionReadsTheHeadThatPositionsQuestionAndWhetherItIsAnswered() {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            AttemptRepository attempts = new AttemptRepository(db);
            long stu = student(db);
            long id = attempts.create(stu, Optional.of("a"), 7, List.of("b", "a", "c"), T);
            attempts.markShown(id, 2, T.plusSeconds(5));
            attempts.answer(id, 3, Response.of("x"), new Grade(1, true), T.plusSeconds(9));

            AttemptRepository.AtPosition second = attempts.findAt(id, 2).orElseThrow();
            assertEquals(new AttemptRepository.Head(id, stu, 7, T, Optional.empty(), 3, 1), second.head());
            assertEquals("a", second.questionId());
            assertEquals(Optional.of(T.plusSeconds(5)), second.shownAt());
            assertTrue(!second.answered());
            assertEquals(attempts.find(id).orElseThrow().head(), second.head(), "the page's read agrees");

            AttemptRepository.AtPosition third = attempts.findAt(id, 3).orElseThrow();
            assertTrue(third.answered());
            assertEquals(attempts.find(id).orElseThrow().answers().get(3), third.answer().orElseThrow(),
                    "the same answer as the whole attempt's read");
            assertEquals(Optional.empty(), third.shownAt(), "answered without being shown");
            AttemptRepository.AtPosition none = attempts.findAt(id, 4).orElseThrow();
            assertEquals(null, none.questionId(), "a position the attempt does not have");
            assertEquals(Optional.empty(), attempts.findAt(id + 1, 1));
        }
    }

    @Test
    void twoTabsAnsweringTheLastTwoFromTheirOwnOnePositionReadsFinishTheAttemptOnce() throws Exception {
        // As the answer handler does: each tab reads its position before the write, so neither read sees the other's
        // answer; the write's own count still finishes the attempt exactly once.
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            AttemptRepository attempts = new AttemptRepository(db);
            long student = student(db);
            ExecutorService tabs = Executors.newFixedThreadPool(2);
            try {
                for (int trial = 0; trial < 30; trial++) {
                    long id = attempts.create(student, Optional.of("a"), trial, List.of("q1", "q2", "q3", "q4"), T);
                    attempts.answer(attempts.findAt(id, 1).orElseThrow(), Response.of("a1"), new Grade(1, true),
                            T.plusSeconds(1));
                    attempts.answer(attempts.findAt(id, 2).orElseThrow(), Response.of("a2"), new Grade(1, true),
                            T.plusSeconds(2));
                    assertEquals(Optional.empty(), attempts.find(id).orElseThrow().finishedAt());
                    AttemptRepository.AtPosition third = attempts.findAt(id, 3).orElseThrow();
                    AttemptRepository.AtPosition fourth = attempts.findAt(id, 4).orElseThrow();
                    CyclicBarrier together = new CyclicBarrier(2);
                    Future<?> a = tabs.submit(() -> {
                        together.await();
                        return attempts.answer(third, Response.of("a3"), new Grade(0.5, false), T.plusSeconds(30));
                    });
                    Future<?> b = tabs.submit(() -> {
                        together.await();
                        return attempts.answer(fourth, Response.of("a4"), new Grade(0, false), T.plusSeconds(40));
                    });
                    a.get(10, TimeUnit.SECONDS);
                    b.get(10, TimeUnit.SECONDS);
                    AttemptRepository.Attempt done = attempts.find(id).orElseThrow();
                    assertEquals(4, done.answers().size(), "trial " + trial);
                    assertTrue(done.finishedAt().isPresent(), "trial " + trial + ": 4/4 answered but not finished");
                    assertEquals(2.5, done.score(), 1e-9);
                    assertTrue(attempts.findAt(id, 4).orElseThrow().answered());
                }
            } finally {
                tabs.shutdownNow();
            }
        }
    }

    @Test
    void onlyTheLatestAttemptPerArticleIsOfferedToContinueAtItsFirstUnansweredQuestion() {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            AttemptRepository attempts = new AttemptRepository(db);
            long stu = student(db);
            long other = new AccountRepository(db).create("oda", "Oda", "x", Role.STUDENT, false, T).orElseThrow().id();
            long oldOnA = attempts.create(stu, Optional.of("a"), 1, List.of("q1", "q2", "q3"), T);
            long onB = attempts.create(stu, Optional.of("b"), 2, List.of("q1", "q2", "q3"), T.plusSeconds(1));
            long mixed = attempts.create(stu, Optional.empty(), 3, List.of("q1", "q2"), T.plusSeconds(2));
            long newOnA = attempts.create(stu, Optional.of("a"), 4, List.of("q1", "q2", "q3"), T.plusSeconds(3));
            long finished = attempts.create(stu, Optional.of("c"), 5, List.of("q1"), T.plusSeconds(4));
            attempts.create(other, Optional.of("a"), 6, List.of("q1"), T.plusSeconds(5));
            Grade right = new Grade(1, true);
            attempts.answer(onB, 1, Response.of("x"), right, T.plusSeconds(10));
            attempts.answer(onB, 3, Response.of("x"), right, T.plusSeconds(11)); // another tab skipped ahead
            attempts.answer(finished, 1, Response.of("x"), right, T.plusSeconds(12));
            attempts.answer(oldOnA, 1, Response.of("x"), right, T.plusSeconds(13));

            assertEquals(List.of(new AttemptRepository.Unfinished(newOnA, Optional.of("a"), 1, 3),
                    new AttemptRepository.Unfinished(mixed, Optional.empty(), 1, 2),
                    new AttemptRepository.Unfinished(onB, Optional.of("b"), 2, 3)), attempts.unfinished(stu, 10));
            assertEquals(2, attempts.unfinished(stu, 2).size(), "bounded");
            assertTrue(attempts.unfinished(stu, 10).stream().noneMatch(u -> u.id() == oldOnA), "started anew over");
        }
    }

    @Test
    void answersWithinOneSecondCountInTheOrderTheyWereGiven() {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            AttemptRepository attempts = new AttemptRepository(db);
            long stu = student(db);
            // Instant.toString writes …:05Z for .000 and …:05.500Z for .500; as text the later one sorted first.
            Instant wrongAt = Instant.parse("2026-11-23T10:00:05Z");
            Instant rightAt = Instant.parse("2026-11-23T10:00:05.500Z");
            Instant againAt = Instant.parse("2026-11-23T10:00:06Z");
            long first = attempts.create(stu, Optional.of("a"), 1, List.of("fact-1/cloze/1"), wrongAt.minusSeconds(1));
            long second = attempts.create(stu, Optional.of("a"), 2, List.of("fact-1/cloze/1"), wrongAt.minusMillis(500));
            long third = attempts.create(stu, Optional.of("a"), 3, List.of("fact-1/cloze/1"), wrongAt);
            attempts.answer(first, 1, Response.of("no"), new Grade(0, false), wrongAt);
            attempts.answer(second, 1, Response.of("yes"), new Grade(1, true), rightAt);
            attempts.answer(third, 1, Response.of("yes"), new Grade(1, true), againAt);

            List<Map.Entry<String, Boolean>> results = attempts.results(stu);
            assertEquals(List.of(false, true, true), results.stream().map(Map.Entry::getValue).toList(), "oldest first");
            // Wrong, then right twice: the last two are right, so the fact is mastered (text order said learning).
            assertEquals(Mastery.Level.MASTERED, Mastery.levels(results.stream()
                    .map(e -> new Mastery.Result(e.getKey(), e.getValue())).toList()).get("fact-1/cloze/1"));
            // Started at …04Z, …04.500Z and …05Z: newest first is third, second, first.
            assertEquals(List.of(third, second, first),
                    attempts.recent(stu, 10).stream().map(AttemptRepository.Summary::id).toList());
        }
    }

    private static long student(Database db) {
        return new AccountRepository(db).create("stu", "Stu", "x", Role.STUDENT, false, T).orElseThrow().id();
    }
}
