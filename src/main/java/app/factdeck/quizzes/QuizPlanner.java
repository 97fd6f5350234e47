package app.factdeck.quizzes;

import app.factdeck.content.Text;
import app.factdeck.questions.QuestionKinds;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Picks a quiz's questions; pure and seeded. First one question of every type the bank offers (a quiz shows each
 * way of asking), then the rest; within that, facts the student has not mastered come first (new, then learning,
 * then mastered), in seeded random order. A teacher's question counts as a fact of its own and, at the same
 * mastery level, comes before generated ones: the teacher wrote it to be asked.
 *
 * <p>A quiz never gives itself away. Two questions may share a quiz only when
 * <ul>
 *   <li>they ask no fact in common: an ordering, matching or select-all item uses up every fact it is built from
 *       (otherwise Q1 asks a role that the matching item then pairs up);</li>
 *   <li>neither shows the other's key: nothing shown with one (stem, options, the answer and explanation shown
 *       after answering, the cited sentence) contains the words that answer the other. The check is made both
 *       ways because the quiz is shuffled afterwards, and it spans facts: a key stated in another fact's sentence
 *       was read a minute ago. Since feedback cites the sentence, which states the answer, two questions of one
 *       sentence never share a quiz (which also leaves at most one true/false per sentence);</li>
 *   <li>their keys differ (three answers "Anders Fogh Rasmussen" teach the student to guess the name).</li>
 * </ul>
 * True/false keys ("True"/"False") and whole orderings or matchings are not keys here; their facts count under the
 * first rule. When the rules leave fewer compatible questions than {@code size}, the quiz is shorter rather than
 * leaky.
 */
public final class QuizPlanner {

    public static final int DEFAULT_SIZE = 10;

    private QuizPlanner() {
    }

    public static List<Question> plan(List<Question> bank, Map<String, Mastery.Level> levels, int size, Random rnd) {
        // Group by the fact a question is about; items built from several facts stand alone as a group.
        Map<String, List<Question>> byFact = new LinkedHashMap<>();
        for (Question q : bank) {
            String key = q.isAuthored() ? q.authored().baseId() : q.factIds().size() == 1 ? q.factIds().get(0) : q.id();
            byFact.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<String> facts = new ArrayList<>(byFact.keySet());
        Collections.shuffle(facts, rnd);
        facts.sort(Comparator.comparing((String f) -> level(levels, byFact.get(f)))
                .thenComparing(f -> !byFact.get(f).get(0).isAuthored()));
        Map<Question, Exposure> exposures = new HashMap<>();
        bank.forEach(q -> exposures.put(q, Exposure.of(q)));
        List<QuestionKind<?>> types = new ArrayList<>(QuestionKinds.all());
        Collections.shuffle(types, rnd);
        List<QuestionKind<?>> rarestFirst = new ArrayList<>(types);
        Map<QuestionKind<?>, Long> offered = new HashMap<>();
        bank.forEach(q -> offered.merge(q.type(), 1L, Long::sum));
        rarestFirst.sort(Comparator.comparing(t -> offered.getOrDefault(t, 0L)));
        // Two greedy attempts: the rarest types first (an ordering or matching item clashes with the most
        // questions, so once the others are in none would fit), or in random order (leaving such an item out can
        // leave room for more questions). The longer quiz wins, then the one with more types.
        List<Question> rare = attempt(byFact, facts, exposures, levels, rarestFirst, size, new Random(rnd.nextLong()));
        List<Question> any = attempt(byFact, facts, exposures, levels, types, size, new Random(rnd.nextLong()));
        Comparator<List<Question>> better = Comparator.<List<Question>>comparingInt(List::size)
                .thenComparingLong(quiz -> quiz.stream().map(Question::type).distinct().count());
        List<Question> quiz = new ArrayList<>(better.compare(any, rare) > 0 ? any : rare);
        // Present in a seeded order, not grouped by type; the rules hold in every order.
        Collections.shuffle(quiz, rnd);
        return List.copyOf(quiz);
    }

    private static List<Question> attempt(Map<String, List<Question>> byFact, List<String> facts,
                                          Map<Question, Exposure> exposures, Map<String, Mastery.Level> levels,
                                          List<QuestionKind<?>> types, int size, Random rnd) {
        List<Exposure> chosen = new ArrayList<>();
        Set<String> usedGroups = new HashSet<>();
        Map<QuestionKind<?>, Integer> typeCount = new HashMap<>();
        // First pass: one question of each type, from the least-mastered fact that has one that fits. Mastery
        // tier by tier, so a type's question from a mastered fact cannot crowd out a new fact that clashes with it.
        Set<QuestionKind<?>> covered = new HashSet<>();
        for (Mastery.Level tier : Mastery.Level.values()) {
            // A teacher's question of this tier before any type's pick: the teacher wrote it to be asked.
            for (String f : facts) {
                List<Question> group = byFact.get(f);
                if (chosen.size() < size && group.get(0).isAuthored() && level(levels, group) == tier) {
                    List<Question> fitting = group.stream().filter(q -> fits(exposures.get(q), chosen)).toList();
                    if (!fitting.isEmpty()) {
                        Question q = fitting.get(rnd.nextInt(fitting.size()));
                        chosen.add(exposures.get(q));
                        usedGroups.add(f);
                        covered.add(q.type());
                        typeCount.merge(q.type(), 1, Integer::sum);
                    }
                }
            }
            for (QuestionKind<?> type : types) {
                if (covered.contains(type)) {
                    continue;
                }
                for (String f : facts) {
                    if (chosen.size() >= size || usedGroups.contains(f) || level(levels, byFact.get(f)) != tier) {
                        continue;
                    }
                    List<Question> fitting = byFact.get(f).stream().filter(q -> q.type() == type)
                            .filter(q -> fits(exposures.get(q), chosen)).toList();
                    if (!fitting.isEmpty()) {
                        Question q = fitting.get(rnd.nextInt(fitting.size()));
                        chosen.add(exposures.get(q));
                        usedGroups.add(f);
                        covered.add(type);
                        typeCount.merge(type, 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        // Then the least-mastered remaining facts, each with its least-used type so far that fits.
        for (String f : facts) {
            if (chosen.size() >= size) {
                break;
            }
            if (usedGroups.contains(f)) {
                continue;
            }
            List<Question> options = new ArrayList<>(byFact.get(f));
            Collections.shuffle(options, rnd);
            options.sort(Comparator.comparing(q -> typeCount.getOrDefault(q.type(), 0)));
            options.stream().filter(q -> fits(exposures.get(q), chosen)).findFirst().ifPresent(q -> {
                chosen.add(exposures.get(q));
                usedGroups.add(f);
                typeCount.merge(q.type(), 1, Integer::sum);
            });
        }
        return chosen.stream().map(Exposure::question).toList();
    }

    private static boolean fits(Exposure candidate, List<Exposure> chosen) {
        return chosen.stream().noneMatch(c -> c.clashesWith(candidate));
    }

    /**
     * What one question asks and shows, normalised once.
     *
     * @param asked     the facts it asks (a teacher's question: its base id)
     * @param sentences the cited sentences, by article and anchor
     * @param shown     everything a student sees with it, before and after answering, normalised and padded
     * @param keys      the words that answer it (typed: key and accepted spellings; choice: the right options)
     * @param answer    its answer as shown, normalised, to keep keys varied; empty when it has no key
     */
    record Exposure(Question question, Set<String> asked, Set<String> sentences, List<String> shown,
                    List<String> keys, String answer) {

        static Exposure of(Question q) {
            Set<String> asked = new HashSet<>(q.masteryKeys());
            Set<String> sentences = new HashSet<>();
            q.sources().forEach(s -> sentences.add(s.articleSlug() + "#" + s.anchor()));
            List<String> texts = new ArrayList<>(List.of(q.stem(), q.explanation(), q.correctAnswer()));
            Question.Listing listing = q.listing();
            texts.addAll(listing.options());
            texts.addAll(listing.distractors());
            if (!listing.options().isEmpty()) {
                texts.addAll(listing.keys()); // choices, events and roles are on screen
            }
            q.sources().forEach(s -> texts.add(s.text()));
            List<String> shown = texts.stream().map(t -> " " + Text.normalise(t) + " ").toList();
            List<String> keys = new ArrayList<>();
            String slug = q.type().slug();
            boolean keyed = !slug.equals("true-false") && !slug.equals("ordering") && !slug.equals("matching");
            if (keyed) {
                listing.keys().forEach(k -> keys.add(Text.normalise(k)));
                listing.accepted().forEach(k -> keys.add(Text.normalise(k)));
                keys.removeIf(String::isEmpty);
            }
            return new Exposure(q, asked, sentences, shown, List.copyOf(keys),
                    keyed ? Text.normalise(q.correctAnswer()) : "");
        }

        boolean clashesWith(Exposure other) {
            return !Collections.disjoint(asked, other.asked) || !Collections.disjoint(sentences, other.sentences)
                    || (!answer.isEmpty() && answer.equals(other.answer)) || !Collections.disjoint(keys, other.keys)
                    || reveals(other) || other.reveals(this);
        }

        /** Whether something shown with this question states the other's key. */
        private boolean reveals(Exposure other) {
            return other.keys.stream().anyMatch(k -> shown.stream().anyMatch(t -> t.contains(" " + k + " ")));
        }
    }

    private static Mastery.Level level(Map<String, Mastery.Level> levels, List<Question> questions) {
        return questions.get(0).masteryKeys().stream().map(f -> Mastery.of(levels, f))
                .min(Comparator.naturalOrder()).orElse(Mastery.Level.NEW);
    }
}
