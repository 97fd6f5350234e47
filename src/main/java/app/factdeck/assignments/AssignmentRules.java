package app.factdeck.assignments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a student may start an assignment's attempt, which attempt counts, when it is late and when the student sees
 * the answers: Moodle's quiz settings (open, close, attempts allowed, grading method, review options) and its
 * assignment's cut-off date, as one pure value. Times are instants; the teacher's zone only words them.
 *
 * @param opensAt         before it, no attempt starts
 * @param dueAt           an attempt submitted after it is late
 * @param lateUntil       after it (the due time when absent) no attempt starts and one in progress is closed
 * @param attemptsAllowed how many attempts a student may make; 0 for unlimited
 * @param counts          which attempt's score is the student's score
 * @param answers         when a student sees the right answers of a submitted attempt
 * @param zone            the teacher's time zone, in which the times are written
 */
public record AssignmentRules(Optional<Instant> opensAt, Optional<Instant> dueAt, Optional<Instant> lateUntil,
                              int attemptsAllowed, Counts counts, Answers answers, ZoneId zone) {

    public static final int MAX_ATTEMPTS = 20;

    /** Which attempt counts (Moodle's grading method, without "average"). */
    public enum Counts {
        BEST("the best attempt"), FIRST("the first attempt"), LAST("the last attempt");

        private final String words;

        Counts(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** When the answers are shown (Moodle's review options, reduced to their three moments). */
    public enum Answers {
        IMMEDIATELY("as soon as an attempt is submitted"),
        AFTER_LAST_ATTEMPT("after the student's last allowed attempt"),
        AFTER_DUE("after the assignment closes");

        private final String words;

        Answers(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A student's attempt as the rules see it. */
    public record Attempt(long id, Instant startedAt, Optional<Instant> submittedAt, double score) {
    }

    /** May an attempt start? When not, the message says why in the teacher's zone. */
    public record Start(boolean allowed, String reason) {
        static Start yes() {
            return new Start(true, "");
        }

        static Start no(String reason) {
            return new Start(false, reason);
        }
    }

    public AssignmentRules {
        if (attemptsAllowed < 0 || attemptsAllowed > MAX_ATTEMPTS) {
            throw new IllegalArgumentException("attempts allowed " + attemptsAllowed);
        }
        if (opensAt.isPresent() && dueAt.isPresent() && !opensAt.get().isBefore(dueAt.get())) {
            throw new IllegalArgumentException("opens at or after it is due");
        }
        if (lateUntil.isPresent() && (dueAt.isEmpty() || lateUntil.get().isBefore(dueAt.get()))) {
            throw new IllegalArgumentException("late submissions end before the due time");
        }
        if (answers == Answers.AFTER_DUE && dueAt.isEmpty()) {
            // It would never close, so the answers would never be shown.
            throw new IllegalArgumentException("answers after the due time need a due time");
        }
    }

    /** The moment after which nothing is accepted: the end of late submissions, else the due time. */
    public Optional<Instant> closesAt() {
        return lateUntil.isPresent() ? lateUntil : dueAt;
    }

    public boolean closed(Instant now) {
        return closesAt().map(c -> !now.isBefore(c)).orElse(false);
    }

    /**
     * Whether a new attempt may start now, given the student's attempts so far. An attempt in progress is resumed,
     * not started again, so it is not counted here as a reason to refuse.
     */
    public Start start(Instant now, List<Attempt> attempts) {
        if (opensAt.isPresent() && now.isBefore(opensAt.get())) {
            return Start.no("This assignment opens on " + words(opensAt.get()) + ".");
        }
        if (closed(now)) {
            return Start.no("This assignment closed on " + words(closesAt().get()) + "; no new attempts are taken.");
        }
        long used = attempts.size();
        if (attemptsAllowed > 0 && used >= attemptsAllowed) {
            return Start.no("You have used " + (attemptsAllowed == 1 ? "your one attempt" : "all " + attemptsAllowed
                    + " attempts") + " at this assignment.");
        }
        return Start.yes();
    }

    /** Submitted after the due time (and before it closed). */
    public boolean late(Attempt a) {
        return dueAt.isPresent() && a.submittedAt().map(s -> s.isAfter(dueAt.get())).orElse(false);
    }

    /**
     * The attempt whose score is the student's: among submitted attempts, by {@link #counts}. A best score shared by
     * two attempts is the earlier one's, so that "submitted at" does not move when a later attempt only equals it.
     */
    public Optional<Attempt> counting(List<Attempt> attempts) {
        List<Attempt> submitted = attempts.stream().filter(a -> a.submittedAt().isPresent())
                .sorted(Comparator.comparing(a -> a.submittedAt().get())).toList();
        if (submitted.isEmpty()) {
            return Optional.empty();
        }
        return switch (counts) {
            case FIRST -> Optional.of(submitted.get(0));
            case LAST -> Optional.of(submitted.get(submitted.size() - 1));
            case BEST -> submitted.stream().reduce((best, a) -> a.score() > best.score() ? a : best);
        };
    }

    /** Whether a student who has made these attempts sees the right answers of a submitted one now. */
    public boolean answersShown(Instant now, List<Attempt> attempts) {
        return switch (answers) {
            case IMMEDIATELY -> true;
            case AFTER_LAST_ATTEMPT -> closed(now) || attemptsAllowed > 0
                    && attempts.stream().filter(a -> a.submittedAt().isPresent()).count() >= attemptsAllowed;
            case AFTER_DUE -> closed(now);
        };
    }

    /** What a student's home says of the assignment. */
    public enum Status {
        NOT_STARTED("Not started"), IN_PROGRESS("In progress"), SUBMITTED("Submitted");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public Status status(List<Attempt> attempts) {
        if (attempts.stream().anyMatch(a -> a.submittedAt().isEmpty())) {
            return Status.IN_PROGRESS;
        }
        return attempts.isEmpty() ? Status.NOT_STARTED : Status.SUBMITTED;
    }

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm", Locale.ENGLISH);

    /** An instant as the teacher wrote it: "5 March 2027 at 17:00 (Europe/Kyiv)". */
    public String words(Instant t) {
        return WORDS.format(t.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
