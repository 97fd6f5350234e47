package app.factdeck.assignments;

import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.shortanswer.TypedQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The item analysis page's figures from the rows of an assignment's finished attempts: which attempts count
 * (Moodle's "which attempts"), each attempt's marks for {@link ItemAnalysis} (a question's mark is its credit, 0 to
 * 1, out of 1; unanswered in a finished attempt is 0), the score histogram, and the responses per question. Pure.
 */
public final class AnalysisReport {

    /** Moodle's "which attempts": each student's first, the one that counts for the grade, or every attempt. */
    public enum Which {
        FIRST("Each student's first attempt"), COUNTING("The attempt that counts for the grade"),
        ALL("All attempts");

        private final String words;

        Which(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Which of(String slug) {
            for (Which w : values()) {
                if (w.slug().equals(slug)) {
                    return w;
                }
            }
            return FIRST;
        }
    }

    /** How often one option was chosen. */
    public record OptionCount(String option, int count) {
    }

    /** One distinct typed answer (its first typing, its comparable form), how many gave it and how it is graded now. */
    public record TypedCount(String typed, String comparable, int count, double credit) {
        public boolean right() {
            return credit >= 1;
        }
    }

    /** One question's line of the table with its responses. */
    public record Line(String questionId, int position, String stem, String type, ItemAnalysis.QuestionStats stats,
                List<OptionCount> options, List<TypedCount> typed, int unanswered, boolean typedQuestion) {
    }

    public record Report(int attempts, ItemAnalysis.TestStats test, ScoreHistogram histogram, List<Line> lines) {
    }

    private AnalysisReport() {
    }

    /**
     * @param counting the attempt ids that count for each student's grade (used for {@link Which#COUNTING})
     */
    static Report of(List<AnalysisStore.Row> rows, Which which, Set<Long> counting,
                     Function<String, Optional<Question>> questions) {
        Set<Long> chosen = chosen(rows, which, counting);
        Map<Long, List<AnalysisStore.Row>> byAttempt = new LinkedHashMap<>();
        for (AnalysisStore.Row r : rows) {
            if (chosen.contains(r.attemptId())) {
                byAttempt.computeIfAbsent(r.attemptId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<ItemAnalysis.Attempt> attempts = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        Map<String, List<AnalysisStore.Row>> byQuestion = new LinkedHashMap<>();
        for (Map.Entry<Long, List<AnalysisStore.Row>> e : byAttempt.entrySet()) {
            List<ItemAnalysis.Mark> marks = new ArrayList<>();
            for (AnalysisStore.Row r : e.getValue()) {
                marks.add(new ItemAnalysis.Mark(r.questionId(), r.position(), Math.max(0, Math.min(1, r.credit())), 1));
                byQuestion.computeIfAbsent(r.questionId(), k -> new ArrayList<>()).add(r);
            }
            attempts.add(new ItemAnalysis.Attempt(e.getKey(), marks));
            scores.add(100 * marks.stream().mapToDouble(ItemAnalysis.Mark::mark).sum() / marks.size());
        }
        if (attempts.size() < ItemAnalysis.MIN_ATTEMPTS) {
            return new Report(attempts.size(), null, null, List.of());
        }
        Map<String, Double> guesses = new HashMap<>();
        byQuestion.keySet().forEach(id -> questions.apply(id).flatMap(AnalysisReport::randomGuess)
                .ifPresent(g -> guesses.put(id, g)));
        ItemAnalysis.Result result = ItemAnalysis.of(attempts, guesses);
        List<Line> lines = new ArrayList<>();
        for (ItemAnalysis.QuestionStats s : result.questions()) {
            List<AnalysisStore.Row> held = byQuestion.get(s.questionId());
            Optional<Question> q = questions.apply(s.questionId());
            int position = held.stream().mapToInt(AnalysisStore.Row::position).min().orElse(0);
            String stem = q.map(Question::stem).map(AnalysisReport::shortened)
                    .orElse("(This question is no longer in the bank.)");
            String type = q.map(x -> x.type().label()).orElse("—");
            boolean typedQuestion = q.isPresent() && q.get() instanceof TypedQuestion;
            int unanswered = (int) held.stream().filter(r -> r.answer().isEmpty()).count();
            lines.add(new Line(s.questionId(), position, stem, type, s,
                    typedQuestion || q.isEmpty() ? List.of() : options(q.get(), held),
                    typedQuestion ? typed(held) : List.of(), unanswered, typedQuestion));
        }
        lines.sort(java.util.Comparator.comparingInt(Line::position).thenComparing(Line::questionId));
        return new Report(attempts.size(), result.test(), ScoreHistogram.of(scores), lines);
    }

    /**
     * What a random guess scores, in percent, as Moodle's question types define it: multiple choice (one right
     * answer) the mean of its options' fractions, 1 / options; true/false 50; typed answers (short answer, fill in
     * the gap, numerical) 0; matching 1 / the choices offered (qtype_match). Unknown (empty) for select-all (Moodle
     * computes none for multiple-answer multichoice), ordering and gaps, rather than a made-up figure.
     */
    static Optional<Double> randomGuess(Question q) {
        String slug = q.type().slug();
        return switch (slug) {
            case "multiple-choice", "matching" -> {
                int n = q.optionsFor(0).size();
                yield n == 0 ? Optional.empty() : Optional.of(100.0 / n);
            }
            case "true-false" -> Optional.of(50.0);
            case "short-answer", "numerical", "cloze" -> Optional.of(0.0);
            default -> Optional.empty();
        };
    }

    private static Set<Long> chosen(List<AnalysisStore.Row> rows, Which which, Set<Long> counting) {
        Set<Long> out = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        for (AnalysisStore.Row r : rows) {
            boolean take = switch (which) {
                case ALL -> true;
                case COUNTING -> counting.contains(r.attemptId());
                // Rows come oldest attempt first: a student's first attempt is the first one seen.
                case FIRST -> out.contains(r.attemptId()) || seen.add(r.accountId());
            };
            if (take) {
                out.add(r.attemptId());
            }
        }
        return out;
    }

    /** Every option with how many responses chose it (a select-all response may choose several). */
    private static List<OptionCount> options(Question q, List<AnalysisStore.Row> held) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        q.optionsFor(0).forEach(o -> counts.put(o, 0));
        for (AnalysisStore.Row r : held) {
            r.answer().ifPresent(values -> values.forEach(v -> counts.merge(v, 1, Integer::sum)));
        }
        return counts.entrySet().stream().map(e -> new OptionCount(e.getKey(), e.getValue())).toList();
    }

    /** Every distinct typed answer, compared as the grader compares, most frequent first. */
    private static List<TypedCount> typed(List<AnalysisStore.Row> held) {
        Map<String, TypedCount> byForm = new LinkedHashMap<>();
        for (AnalysisStore.Row r : held) {
            if (r.answer().isEmpty() || r.answer().get().size() != 1) {
                continue;
            }
            String typed = r.answer().get().get(0);
            String form = AnswerMatcher.comparable(typed);
            TypedCount before = byForm.get(form);
            byForm.put(form, before == null ? new TypedCount(typed, form, 1, r.credit())
                    : new TypedCount(before.typed(), form, before.count() + 1, before.credit()));
        }
        List<TypedCount> out = new ArrayList<>(byForm.values());
        out.sort(java.util.Comparator.comparingInt(TypedCount::count).reversed());
        return out;
    }

    static String shortened(String stem) {
        return stem.length() <= 90 ? stem : stem.substring(0, 89).strip() + "…";
    }
}
