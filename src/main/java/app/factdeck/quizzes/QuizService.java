package app.factdeck.quizzes;

import app.factdeck.questions.core.Response;
import app.factdeck.accounts.Account;
import app.factdeck.questions.core.Question;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.web.Forbidden;
import app.factdeck.web.NotFound;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Starting quizzes, answering, and reading attempts back; every answer goes through the grader once. */
public final class QuizService {

    private static final SecureRandom SEEDS = new SecureRandom();
    /** For a quiz id that was never issued, and for an address whose id is no number. */
    static final String NO_SUCH_QUIZ = "There is no such quiz. Start a new one from an article.";

    private final QuestionCatalog catalog;
    private final AttemptRepository attempts;
    private final Clock clock;
    private final AttemptPolicy policy;

    public QuizService(QuestionCatalog catalog, AttemptRepository attempts, Clock clock) {
        this(catalog, attempts, clock, AttemptPolicy.NONE);
    }

    /** With {@code policy}'s say on grades (a teacher's regrade of a typed answer holds for future answers too). */
    public QuizService(QuestionCatalog catalog, AttemptRepository attempts, Clock clock, AttemptPolicy policy) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.clock = clock;
        this.policy = policy;
    }

    /** A new attempt on one article, or on all articles when {@code articleSlug} is empty. */
    public long start(Account student, Optional<String> articleSlug, int size) {
        List<Question> pool = articleSlug.map(catalog::forStudents).orElseGet(catalog::forStudents);
        if (pool.isEmpty()) {
            throw new NotFound("There are no questions for '" + articleSlug.orElse("all articles") + "' yet.");
        }
        long seed = SEEDS.nextLong();
        List<Question> chosen = QuizPlanner.plan(pool, levels(student), size, new Random(seed));
        return attempts.create(student.id(), articleSlug, seed, chosen.stream().map(Question::id).toList(),
                clock.instant());
    }

    /**
     * A new attempt on one article for an assignment: the {@code fixed} questions in that order when there are any
     * (those no longer given to students are left out), else {@code size} drawn as for any article quiz. Each
     * attempt has its own seed, so each student sees the options in their own order.
     */
    public long startOn(Account student, String articleSlug, List<String> fixed, int size) {
        if (fixed.isEmpty()) {
            return start(student, Optional.of(articleSlug), size);
        }
        java.util.Set<String> given = new java.util.HashSet<>();
        catalog.forStudents(articleSlug).forEach(q -> given.add(q.id()));
        List<String> chosen = fixed.stream().filter(given::contains).toList();
        if (chosen.isEmpty()) {
            throw new NotFound("None of this assignment's questions is in the bank now (its article changed, or its "
                    + "teacher is fixing them). Ask your teacher.");
        }
        return attempts.create(student.id(), Optional.of(articleSlug), SEEDS.nextLong(), chosen, clock.instant());
    }

    /** A new attempt with the questions of {@code attemptId} that did not earn full credit. */
    public Optional<Long> practiseMissed(Account student, long attemptId) {
        AttemptRepository.Attempt a = owned(student, attemptId);
        List<String> missed = new ArrayList<>();
        for (int p = 1; p <= a.size(); p++) {
            AttemptRepository.Answer answer = a.answers().get(p);
            // A question no longer in the bank cannot be practised: it would be a page that is not there.
            if ((answer == null || !answer.correct()) && find(a, p).isPresent()) {
                missed.add(a.questionIds().get(p - 1));
            }
        }
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(attempts.create(student.id(), a.articleSlug(), SEEDS.nextLong(), missed, clock.instant()));
    }

    public AttemptRepository.Attempt owned(Account student, long attemptId) {
        AttemptRepository.Attempt a = attempts.find(attemptId)
                .orElseThrow(() -> new NotFound(NO_SUCH_QUIZ));
        if (a.accountId() != student.id()) {
            throw new Forbidden("This quiz belongs to someone else.");
        }
        return a;
    }

    /** The attempt's head and one position, as an answer reads them (see {@link AttemptRepository#findAt}). */
    public AttemptRepository.AtPosition ownedAt(Account student, long attemptId, int position) {
        AttemptRepository.AtPosition at = attempts.findAt(attemptId, position)
                .orElseThrow(() -> new NotFound(NO_SUCH_QUIZ));
        if (at.head().accountId() != student.id()) {
            throw new Forbidden("This quiz belongs to someone else.");
        }
        return at;
    }

    /** The question at the position read, or NotFound for a position the attempt lacks or a question gone. */
    public Question question(AttemptRepository.AtPosition at) {
        long attemptId = at.head().id();
        int size = at.head().size();
        int position = at.position();
        String id = at.questionId();
        if (position < 1 || position > size || id == null) {
            throw new NotFound("This quiz has questions 1 to " + size + ", not " + position + ".");
        }
        return catalog.find(id).orElseThrow(() -> new NotFound("Question " + id + " is no longer in the bank "
                + "(its article changed, or its teacher is fixing it). Your results so far are on the quiz's "
                + "summary, /quiz/" + attemptId + "/summary; start a new quiz from the article."));
    }

    /**
     * The question at {@code position}, or empty when it left the bank (its article changed, or a teacher's
     * question stored before a limit existed needs a fix): a summary lists the others.
     */
    public Optional<Question> find(AttemptRepository.Attempt a, int position) {
        return position < 1 || position > a.size() ? Optional.empty() : catalog.find(a.questionIds().get(position - 1));
    }

    public void shown(AttemptRepository.AtPosition at) {
        attempts.markShown(at.head().id(), at.position(), clock.instant());
    }

    /**
     * Grades and stores the answer unless one is already stored; returns the stored one. The answer that completes
     * the attempt finishes it (decided inside the write, not from {@code at}, which another tab may have outdated).
     */
    public AttemptRepository.Answer answer(AttemptRepository.AtPosition at, Question q, Response r) {
        // The first answer wins: a repeat costs no grading (a two-cores server must not regrade on demand).
        if (at.answered()) {
            return at.answer().get();
        }
        return attempts.answer(at, r, policy.graded(q, r, Grader.grade(q, r)), clock.instant());
    }

    private Map<String, Mastery.Level> levels(Account student) {
        return Mastery.levels(attempts.results(student.id()), catalog::find);
    }
}
