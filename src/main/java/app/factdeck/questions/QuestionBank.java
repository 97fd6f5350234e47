package app.factdeck.questions;

import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every article's questions, generated and checked by the quality gates: an item that fails a gate is left out (and
 * logged), so no student ever sees it. Built for every article at start-up; one article is generated again
 * ({@link #refresh}) when a teacher changes its facts.
 *
 * <pre>{@code
 * QuestionBank bank = QuestionBank.build(library, QuestionGenerator.DEFAULT_SEED);
 * bank.questionsOf("espreso-nato-troops-warning");
 * }</pre>
 */
public final class QuestionBank {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionBank.class);

    /**
     * One article's questions.
     *
     * @param retired questions no longer offered whose ids stored answers may still name: what the ranking left
     *                out, what an earlier version of the article's facts made, and the questions of a withdrawn fact
     */
    private record Part(List<Question> kept, Map<String, Question> byId, Map<String, List<String>> rejected,
                        Map<String, Question> retired) {
    }

    private final Library library;
    private final long seed;
    private volatile Map<String, Part> parts;

    private QuestionBank(Library library, long seed, Map<String, Part> parts) {
        this.library = library;
        this.seed = seed;
        this.parts = parts;
    }

    public static QuestionBank build(Library library, long seed) {
        Library now = library.frozen();
        Map<String, Part> parts = new LinkedHashMap<>();
        QuestionGenerator generator = new QuestionGenerator(now, seed);
        QualityGates gates = new QualityGates(now);
        for (var article : now.everyArticle()) {
            parts.put(article.slug(), part(article.slug(), generator, gates, Set.of(), Map.of()));
        }
        return new QuestionBank(library, seed, parts);
    }

    /**
     * One article's questions, as a bank built or refreshed now would keep them (same generator, same gates), without
     * generating every other article's: what {@code propose} prints.
     */
    public static List<Question> questionsOf(Library library, long seed, String articleSlug) {
        Library now = library.frozen();
        if (now.article(articleSlug).isEmpty()) {
            return List.of();
        }
        return part(articleSlug, new QuestionGenerator(now, seed), new QualityGates(now), Set.of(), Map.of()).kept();
    }

    /**
     * Generates one article's questions again from the library as it is now (a teacher added, changed or withdrew
     * facts); the other articles keep theirs. Questions it no longer makes stay findable for stored answers.
     *
     * @param withdrawn ids of facts whose questions are no longer offered (deleted facts, a deleted article)
     */
    public synchronized void refresh(String articleSlug, Set<String> withdrawn) {
        Library now = library.frozen();
        Map<String, Part> next = new LinkedHashMap<>(parts);
        Part before = parts.get(articleSlug);
        Map<String, Question> earlier = new HashMap<>();
        if (before != null) {
            earlier.putAll(before.retired());
            earlier.putAll(before.byId());
        }
        if (now.article(articleSlug).isEmpty()) {
            next.remove(articleSlug);
        } else {
            QuestionGenerator generator = new QuestionGenerator(now, seed);
            next.put(articleSlug, part(articleSlug, generator, new QualityGates(now), withdrawn, earlier));
        }
        parts = next;
    }

    private static Part part(String slug, QuestionGenerator generator, QualityGates gates, Set<String> withdrawn,
                             Map<String, Question> earlier) {
        QuestionGenerator.Both both = generator.generateBoth(slug);
        List<Question> kept = new ArrayList<>();
        Map<String, List<String>> rejected = new LinkedHashMap<>();
        Map<String, Question> retired = new HashMap<>(earlier);
        for (Question q : both.ranked()) {
            List<String> violations = gates.violations(q);
            if (!violations.isEmpty()) {
                rejected.put(q.id(), violations);
                LOG.warn("Question {} left out: {}", q.id(), violations);
            } else if (q.factIds().stream().anyMatch(withdrawn::contains)) {
                retired.put(q.id(), q);
            } else {
                kept.add(q);
            }
        }
        Map<String, Question> byId = new HashMap<>();
        kept.forEach(q -> byId.put(q.id(), q));
        // What the generator makes before BankRanking keeps the best: a quiz taken before the ranking (or before a
        // content change that re-ranked) names such ids, and its results, the answers' credit towards mastery and an
        // unfinished quiz's remaining questions must still find them.
        Set<String> keptIds = byId.keySet();
        both.all().stream().filter(q -> !keptIds.contains(q.id()))
                .filter(q -> gates.violations(q).isEmpty()).forEach(q -> retired.put(q.id(), q));
        retired.keySet().removeAll(keptIds);
        return new Part(List.copyOf(kept), Map.copyOf(byId), Map.copyOf(rejected), Map.copyOf(retired));
    }

    public List<Question> questionsOf(String articleSlug) {
        Part p = parts.get(articleSlug);
        return p == null ? List.of() : p.kept();
    }

    public List<Question> all() {
        return parts.values().stream().flatMap(p -> p.kept().stream()).toList();
    }

    /**
     * A question of the bank, or one no longer offered (stored answers name it); {@link #questionsOf} and
     * {@link #all} never list the latter, so no new quiz, card or review page offers it.
     */
    public Optional<Question> find(String id) {
        for (Part p : parts.values()) {
            Question q = p.byId().get(id);
            if (q != null) {
                return Optional.of(q);
            }
        }
        return parts.values().stream().map(p -> p.retired().get(id)).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Questions the gates refused, with why: empty when the content and generator are sound. */
    public Map<String, List<String>> rejected() {
        return parts.values().stream().flatMap(p -> p.rejected().entrySet().stream())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** One article's refused questions, with why. */
    public Map<String, List<String>> rejectedOf(String articleSlug) {
        Part p = parts.get(articleSlug);
        return p == null ? Map.of() : p.rejected();
    }
}
