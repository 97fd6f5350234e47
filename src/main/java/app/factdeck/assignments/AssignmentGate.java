package app.factdeck.assignments;

import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.types.shortanswer.TypedQuestion;
import app.factdeck.quizzes.AttemptPolicy;
import app.factdeck.quizzes.AttemptRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assignment's rules on its attempts' quiz pages: an attempt still in progress at the cut-off is closed on its
 * next request (finished at the cut-off, with what was answered), and the right answers stay hidden until the
 * review option allows them.
 */
final class AssignmentGate implements AttemptPolicy {

    private final AssignmentStore store;
    private final AnalysisStore analysis;
    private final Clock clock;

    /**
     * Attempts known to belong to no assignment: a practice quiz's every page and answer asked the database so
     * (issue 22). An attempt is linked to its assignment right after it is created, in the request that starts it,
     * so only an attempt older than {@link #LINKED_WITHIN} is remembered as unlinked; a link is never removed.
     */
    private final Set<Long> unassigned = ConcurrentHashMap.newKeySet();
    static final Duration LINKED_WITHIN = Duration.ofSeconds(10);
    /** Past it the set starts again: an id costs little, but the set must not grow without bound. */
    static final int MAX_REMEMBERED = 200_000;

    AssignmentGate(AssignmentStore store, AnalysisStore analysis, Clock clock) {
        this.store = store;
        this.analysis = analysis;
        this.clock = clock;
    }

    /** The attempt's assignment, if it has one. */
    private Optional<Assignment> assignmentOf(AttemptRepository.Head a) {
        if (unassigned.contains(a.id())) {
            return Optional.empty();
        }
        Optional<Assignment> found = store.ofAttempt(a.id());
        if (found.isEmpty() && a.startedAt().isBefore(clock.instant().minus(LINKED_WITHIN))) {
            if (unassigned.size() >= MAX_REMEMBERED) {
                unassigned.clear();
            }
            unassigned.add(a.id());
        }
        return found;
    }

    @Override
    public Grade graded(Question q, Response r, Grade byGrader) {
        if (!(q instanceof TypedQuestion) || r.values().size() != 1) {
            return byGrader;
        }
        return analysis.decision(q.id(), r.values().get(0)).map(c -> new Grade(c, c >= 1)).orElse(byGrader);
    }

    @Override
    public boolean closeIfDue(AttemptRepository.Head a) {
        if (a.finishedAt().isPresent()) {
            return false;
        }
        Optional<Assignment> assignment = assignmentOf(a);
        return assignment.isPresent() && assignment.get().rules().closed(clock.instant())
                && store.closeOverdue(clock.instant()) > 0;
    }

    @Override
    public Optional<String> answersWithheld(AttemptRepository.Head a) {
        Optional<Assignment> assignment = assignmentOf(a);
        if (assignment.isEmpty()) {
            return Optional.empty();
        }
        AssignmentRules rules = assignment.get().rules();
        List<AssignmentRules.Attempt> attempts = store.attemptsOf(assignment.get().id(), a.accountId()).stream()
                .map(AssignmentStore.StoredAttempt::asRulesSee).toList();
        Instant now = clock.instant();
        if (rules.answersShown(now, attempts)) {
            return Optional.empty();
        }
        return Optional.of(whenShown(rules));
    }

    /** "You will see the right answers after the assignment closes on 5 March 2027 at 17:00 (Europe/Kyiv)." */
    static String whenShown(AssignmentRules rules) {
        String closes = rules.closesAt().map(t -> " on " + rules.words(t)).orElse("");
        return switch (rules.answers()) {
            case IMMEDIATELY -> "";
            case AFTER_LAST_ATTEMPT -> "You will see the right answers after your last allowed attempt, or when the "
                    + "assignment closes" + closes + ".";
            case AFTER_DUE -> "You will see the right answers after the assignment closes" + closes + ".";
        };
    }

    /** How the attempt ended when the cut-off closed it, and whether a teacher regraded its answers since. */
    @Override
    public Optional<String> endNote(AttemptRepository.Head a) {
        Optional<String> closed = closedNote(a);
        Optional<String> regraded = analysis.regradedAt(a.id()).map(t -> "Your teacher regraded an answer in this "
                + "attempt on " + store.ofAttempt(a.id()).map(x -> x.rules().words(t)).orElse(t.toString())
                + "; the score shown is the new one.");
        if (closed.isPresent() && regraded.isPresent()) {
            return Optional.of(closed.get() + " " + regraded.get());
        }
        return closed.or(() -> regraded);
    }

    private Optional<String> closedNote(AttemptRepository.Head a) {
        return store.attempt(a.id()).filter(AssignmentStore.StoredAttempt::closed).flatMap(s -> store.ofAttempt(a.id())
                .map(assignment -> "This attempt was closed at the assignment's cut-off, "
                        + assignment.rules().words(s.finishedAt().orElseThrow()) + ", with " + s.answered() + " of "
                        + s.questions() + " questions answered; the unanswered ones count as missed."));
    }
}
