package app.factdeck.assignments;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.ClassRepository;
import app.factdeck.content.Library;
import app.factdeck.quizzes.QuizService;
import app.factdeck.web.Forbidden;
import app.factdeck.web.NotFound;
import app.factdeck.web.RequestRefused;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Starting a student's attempt by the assignment's rules; what their home lists; a class's gradebook. */
final class AssignmentService {

    /** An assignment closed longer ago than this leaves the student's home (the gradebook keeps it). */
    static final Duration RECENTLY_CLOSED = Duration.ofDays(14);
    static final String NO_SUCH_ASSIGNMENT = "There is no such assignment. Your assignments are listed on your home page.";

    private final AssignmentStore store;
    private final ClassRepository classes;
    private final QuizService quizzes;
    private final Library library;
    private final Clock clock;

    AssignmentService(AssignmentStore store, ClassRepository classes, QuizService quizzes, Library library,
                      Clock clock) {
        this.store = store;
        this.classes = classes;
        this.quizzes = quizzes;
        this.library = library;
        this.clock = clock;
    }

    /**
     * The attempt to go to: the one in progress, else a new one when the rules allow it.
     *
     * @throws RequestRefused 409 with the rule's message when no attempt may start
     */
    long startOrResume(Account student, long assignmentId) {
        Assignment a = store.find(assignmentId).orElseThrow(() -> new NotFound(NO_SUCH_ASSIGNMENT));
        if (!classes.isMember(a.classId(), student.id())) {
            throw new Forbidden("This assignment is for a class you are not in.");
        }
        Instant now = clock.instant();
        store.closeOverdue(now);
        List<AssignmentStore.StoredAttempt> mine = store.attemptsOf(a.id(), student.id());
        Optional<AssignmentStore.StoredAttempt> open = mine.stream().filter(s -> s.finishedAt().isEmpty()).findFirst();
        if (open.isPresent()) {
            return open.get().attemptId();
        }
        AssignmentRules.Start start = a.rules().start(now, mine.stream().map(AssignmentStore.StoredAttempt::asRulesSee)
                .toList());
        if (!start.allowed()) {
            throw new RequestRefused(409, start.reason());
        }
        long attempt = quizzes.startOn(student, a.articleSlug(), a.fixed(), a.drawn());
        store.link(attempt, a.id(), student.id());
        return attempt;
    }

    /** One line of "Assigned to you". */
    record Assigned(long id, String title, String className, String articleTitle, String questions, String due,
                    String status, String score, boolean late, String action, String refusal, String answers) {
    }

    /** The student's assignments open now or upcoming, then those closed in the last two weeks; due soonest first. */
    List<Assigned> assignedTo(Account student) {
        Instant now = clock.instant();
        store.closeOverdue(now);
        Map<Long, List<AssignmentStore.StoredAttempt>> byAssignment = new HashMap<>();
        for (AssignmentStore.StoredAttempt s : store.attemptsOf(student.id())) {
            byAssignment.computeIfAbsent(s.assignmentId(), k -> new ArrayList<>()).add(s);
        }
        List<Map.Entry<Assignment, String>> listed = new ArrayList<>(store.forMember(student.id()).stream()
                .filter(e -> e.getKey().rules().closesAt().map(c -> c.plus(RECENTLY_CLOSED).isAfter(now)).orElse(true))
                .toList());
        listed.sort(Comparator.comparing((Map.Entry<Assignment, String> e) -> e.getKey().rules().closed(now))
                .thenComparing(e -> e.getKey().rules().dueAt().orElse(Instant.MAX)));
        List<Assigned> out = new ArrayList<>();
        for (Map.Entry<Assignment, String> e : listed) {
            Assignment a = e.getKey();
            AssignmentRules r = a.rules();
            List<AssignmentStore.StoredAttempt> stored = byAssignment.getOrDefault(a.id(), List.of());
            List<AssignmentRules.Attempt> attempts = stored.stream().map(AssignmentStore.StoredAttempt::asRulesSee).toList();
            AssignmentRules.Status status = r.status(attempts);
            Optional<AssignmentRules.Attempt> counting = r.counting(attempts);
            String action = null;
            String refusal = null;
            if (status == AssignmentRules.Status.IN_PROGRESS) {
                action = "Resume";
            } else {
                AssignmentRules.Start start = r.start(now, attempts);
                if (start.allowed()) {
                    action = attempts.isEmpty() ? "Start" : "Try again";
                } else {
                    refusal = start.reason();
                }
            }
            String score = counting.map(c -> Math.round(100 * c.score()) + " %").orElse("");
            boolean late = counting.map(r::late).orElse(false);
            String answers = status == AssignmentRules.Status.SUBMITTED && !r.answersShown(now, attempts)
                    ? AssignmentGate.whenShown(r) : "";
            String articleTitle = library.article(a.articleSlug()).map(x -> x.title()).orElse(a.articleSlug());
            out.add(new Assigned(a.id(), a.title(), e.getValue(), articleTitle, a.questionsInWords(), dueWords(r, now),
                    status.words(), score, late, action, refusal, answers));
        }
        return out;
    }

    /** "Due 5 March 2027 at 17:00 (Europe/Kyiv), in 3 days", "Closed …", "Opens …" or "No due time". */
    static String dueWords(AssignmentRules r, Instant now) {
        if (r.opensAt().isPresent() && now.isBefore(r.opensAt().get())) {
            return "Opens " + r.words(r.opensAt().get()) + r.dueAt().map(d -> "; due " + r.words(d)).orElse("");
        }
        if (r.closed(now)) {
            return "Closed " + r.words(r.closesAt().get());
        }
        if (r.dueAt().isEmpty()) {
            return "No due time";
        }
        Instant due = r.dueAt().get();
        if (now.isAfter(due)) {
            return "Was due " + r.words(due) + "; late attempts until " + r.words(r.lateUntil().orElseThrow());
        }
        return "Due " + r.words(due) + ", " + inWords(Duration.between(now, due));
    }

    /** "in 3 days", "in 5 hours", "in 12 minutes". */
    static String inWords(Duration d) {
        long days = d.toDays();
        if (days >= 2) {
            return "in " + days + " days";
        }
        long hours = d.toHours();
        if (hours >= 2) {
            return "in " + hours + " hours";
        }
        long minutes = Math.max(1, d.toMinutes());
        return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** The class's gradebook from three reads: its members, its assignments, and every attempt made for them. */
    Gradebook gradebook(ClassRepository.SchoolClass k) {
        store.closeOverdue(clock.instant());
        List<Assignment> assignments = new ArrayList<>(store.ofClass(k.id()));
        assignments.sort(Comparator.comparing(Assignment::id));
        Map<Long, Map<Long, List<AssignmentRules.Attempt>>> attempts = new HashMap<>();
        for (AssignmentStore.StoredAttempt s : store.attemptsOfClass(k.id())) {
            attempts.computeIfAbsent(s.accountId(), x -> new HashMap<>())
                    .computeIfAbsent(s.assignmentId(), x -> new ArrayList<>()).add(s.asRulesSee());
        }
        List<Gradebook.Row> rows = new ArrayList<>();
        for (Account m : classes.members(k.id())) {
            Map<Long, Gradebook.Cell> cells = new HashMap<>();
            Map<Long, List<AssignmentRules.Attempt>> own = attempts.getOrDefault(m.id(), Map.of());
            for (Assignment a : assignments) {
                a.rules().counting(own.getOrDefault(a.id(), List.of())).ifPresent(c -> cells.put(a.id(),
                        new Gradebook.Cell(c.id(), c.score(), c.submittedAt().orElseThrow(), a.rules().late(c))));
            }
            rows.add(new Gradebook.Row(m.id(), m.displayName(), m.username(), cells));
        }
        return new Gradebook(k.name(), assignments.stream().map(a -> new Gradebook.Column(a.id(), a.title(),
                a.rules().dueAt())).toList(), rows);
    }

    /** The class's name as an ASCII file name: "History 9B – Année" → "history-9b-annee-gradebook.csv". */
    static String fileName(String className) {
        String ascii = java.text.Normalizer.normalize(className, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-+$", "");
        }
        return (ascii.isEmpty() ? "class" : ascii).toLowerCase(Locale.ROOT) + "-gradebook.csv";
    }
}
