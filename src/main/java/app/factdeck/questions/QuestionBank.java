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

    private QuestionBank(Map<String, List<Question>> byArticle, Map<String, List<String>> rejected) {
        this.byArticle = byArticle;
        this.rejected = rejected;
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
        return new QuestionBank(Map.copyOf(byArticle), Map.copyOf(rejected));
    }

    public List<Question> questionsOf(String articleSlug) {
        return byArticle.getOrDefault(articleSlug, List.of());
    }

    public List<Question> all() {
        return byArticle.values().stream().flatMap(List::stream).toList();
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Questions the gates refused, with why: empty when the content and generator are sound. */
    public Map<String, List<String>> rejected() {
        return rejected;
    }
}
