package app.factdeck.questions;

import app.factdeck.questions.core.Question;

import app.factdeck.content.Library;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every article's questions, generated once at start-up and checked by the quality gates: an item that
 * fails a gate is left out (and logged), so no student ever sees it.
 *
 * <pre>{@code
 * QuestionBank bank = QuestionBank.build(library, QuestionGenerator.DEFAULT_SEED);
 * bank.questionsOf("espreso-nato-troops-warning");
 * }</pre>
 */
public final class QuestionBank {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionBank.class);

    private final Map<String, List<Question>> byArticle;
    private final Map<String, List<String>> rejected;
    private final Map<String, Question> byId = new java.util.HashMap<>();
    /** Questions the ranking left out, by id: only for answers stored before, never offered again. */
    private final Map<String, Question> retired;

    private QuestionBank(Map<String, List<Question>> byArticle, Map<String, List<String>> rejected,
                         Map<String, Question> retired) {
        this.byArticle = byArticle;
        this.rejected = rejected;
        this.retired = retired;
        byArticle.values().forEach(list -> list.forEach(q -> byId.put(q.id(), q)));
    }

    public static QuestionBank build(Library library, long seed) {
        QuestionGenerator generator = new QuestionGenerator(library, seed);
        QualityGates gates = new QualityGates(library);
        Map<String, List<Question>> byArticle = new LinkedHashMap<>();
        Map<String, List<String>> rejected = new LinkedHashMap<>();
        for (var article : library.articles()) {
            List<Question> kept = new java.util.ArrayList<>();
            for (Question q : generator.generate(article.slug())) {
                List<String> violations = gates.violations(q);
                if (violations.isEmpty()) {
                    kept.add(q);
                } else {
                    rejected.put(q.id(), violations);
                    LOG.warn("Question {} left out: {}", q.id(), violations);
                }
            }
            byArticle.put(article.slug(), List.copyOf(kept));
        }
        return new QuestionBank(Map.copyOf(byArticle), Map.copyOf(rejected), retired(library, seed, gates, byArticle));
    }

    /**
     * What the generator makes before {@link BankRanking} keeps the best, less what it kept: a quiz taken before
     * the ranking (or before a content change that re-ranked) names such ids, and its results, the answers' credit
     * towards mastery and an unfinished quiz's remaining questions must still find them.
     */
    private static Map<String, Question> retired(Library library, long seed, QualityGates gates,
                                                 Map<String, List<Question>> kept) {
        QuestionGenerator unranked = new QuestionGenerator(library, seed, false);
        Map<String, Question> retired = new java.util.HashMap<>();
        for (var article : library.articles()) {
            java.util.Set<String> keptIds = kept.get(article.slug()).stream().map(Question::id)
                    .collect(java.util.stream.Collectors.toSet());
            unranked.generate(article.slug()).stream().filter(q -> !keptIds.contains(q.id()))
                    .filter(q -> gates.violations(q).isEmpty()).forEach(q -> retired.put(q.id(), q));
        }
        return Map.copyOf(retired);
    }

    public List<Question> questionsOf(String articleSlug) {
        return byArticle.getOrDefault(articleSlug, List.of());
    }

    public List<Question> all() {
        return byArticle.values().stream().flatMap(List::stream).toList();
    }

    /**
     * A question of the bank, or one the ranking left out (stored answers name it); {@link #questionsOf} and
     * {@link #all} never list the latter, so no new quiz, card or review page offers it.
     */
    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.getOrDefault(id, retired.get(id)));
    }

    /** Questions the gates refused, with why: empty when the content and generator are sound. */
    public Map<String, List<String>> rejected() {
        return rejected;
    }
}
