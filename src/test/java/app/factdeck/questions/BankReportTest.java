package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.truefalse.TrueFalse;
import app.factdeck.quizzes.Mastery;
import app.factdeck.quizzes.QuizPlanner;
import app.factdeck.quizzes.QuizPlannerLeakMeasureTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bank as students meet it (generated, ranked, then through the quality gates), measured per shipped article
 * and printed beside the same numbers for the unranked bank: size per type, items per fact, items per sentence, the
 * share of facts and of claim facts asked, the true/false truth split, and what 200 planned quizzes (no mastery, and
 * random mastery) leak or repeat. It asserts what the ranking promises; the checks are counted here from the
 * questions' own fields, not by the ranking's code. Run it alone:
 *
 * <pre>mvn -B -q -o test -Dtest=BankReportTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class BankReportTest {

    private static final Library LIBRARY = TestLibrary.SHIPPED;
    private static final List<String> ARTICLES = List.of("espreso-nato-troops-warning",
            "kyiv-independent-nato-troops-warning");
    private static final int QUIZZES = 200;

    @Test
    void theRankedBankIsSmallerKeepsEveryFactAndNoQuizGivesItselfAway() {
        QualityGates gates = new QualityGates(LIBRARY);
        QuestionBank shipped = QuestionBank.build(LIBRARY, QuestionGenerator.DEFAULT_SEED);
        for (String slug : ARTICLES) {
            List<Question> before = new QuestionGenerator(LIBRARY, QuestionGenerator.DEFAULT_SEED, false)
                    .generate(slug).stream().filter(q -> gates.violations(q).isEmpty()).toList();
            List<Question> after = new QuestionGenerator(LIBRARY, QuestionGenerator.DEFAULT_SEED)
                    .generate(slug).stream().filter(q -> gates.violations(q).isEmpty()).toList();
            assertEquals(shipped.questionsOf(slug), after, "the report measures the bank the app serves");
            Report b = Report.of(slug, before);
            Report a = Report.of(slug, after);
            System.out.println("== " + slug + " ==");
            b.print("before ranking");
            a.print("after ranking ");

            assertTrue(after.size() < before.size(), slug + ": the ranked bank is smaller");
            assertTrue(Set.copyOf(before).containsAll(after), slug + ": ranking only drops, never adds or rewrites");
            assertEquals(a.facts, a.factsAsked, slug + ": every fact keeps a question");
            assertEquals(a.claims, a.claimsAsked, slug + ": every claim keeps a question");
            assertEquals(b.factsAsked, a.factsAsked, slug + ": no fact the unranked bank asked is lost");
            assertEquals(Map.of("leaks", 0, "repeated facts", 0, "two true/false of one sentence", 0,
                    "repeated keys", 0), a.quizCounts, slug);
            for (Map.Entry<String, Integer> e : a.perFactAndType.entrySet()) {
                int limit = e.getKey().endsWith("multiple-choice") ? 2 : 1;
                assertTrue(e.getValue() <= limit, slug + ": " + e.getKey() + " has " + e.getValue() + " items");
            }
            for (Map.Entry<String, Integer> e : a.perSentence.entrySet()) {
                long factsThere = a.factsPerSentence.get(e.getKey());
                assertTrue(e.getValue() <= Math.max(BankRanking.PER_SENTENCE, factsThere),
                        slug + ": sentence " + e.getKey() + " has " + e.getValue() + " items");
            }
            // "True" must not be the safe guess: neither answer is right for more than two thirds of the items.
            int tf = a.trues + a.falses;
            assertTrue(tf == 0 || Math.max(a.trues, a.falses) <= Math.ceil(tf * 2 / 3.0),
                    slug + ": true/false split " + a.trues + " true, " + a.falses + " false");
            assertTrue(a.quizSizes.getMin() >= Math.min(5, b.quizSizes.getMin()),
                    slug + ": quizzes stay full enough, smallest " + a.quizSizes.getMin());
        }
    }

    /** The numbers of one bank of one article. */
    private record Report(String slug, int size, Map<String, Long> perType, Map<String, Integer> perFact,
                          Map<String, Integer> perFactAndType, Map<String, Integer> perSentence,
                          Map<String, Long> factsPerSentence, int facts, int factsAsked, int claims, int claimsAsked,
                          int trues, int falses, Map<String, Integer> quizCounts, IntSummaryStatistics quizSizes,
                          double typesPerQuiz) {

        static Report of(String slug, List<Question> bank) {
            Map<String, Long> perType = bank.stream()
                    .collect(Collectors.groupingBy(q -> q.type().slug(), TreeMap::new, Collectors.counting()));
            List<Fact> facts = LIBRARY.factsOf(slug);
            Map<String, Integer> perFact = new LinkedHashMap<>();
            facts.forEach(f -> perFact.put(f.id(), 0));
            Map<String, Integer> perFactAndType = new TreeMap<>();
            Map<String, Integer> perSentence = new TreeMap<>();
            Map<String, Set<String>> sentenceFacts = new HashMap<>();
            for (Question q : bank) {
                q.factIds().forEach(f -> perFact.merge(f, 1, Integer::sum));
                // Single-fact items only: ordering and matching are built from several facts and stay.
                boolean single = q.factIds().size() == 1;
                if (single && !q.type().slug().equals("multi-select")) {
                    perFactAndType.merge(q.factIds().get(0) + " " + q.type().slug(), 1, Integer::sum);
                    String sentence = q.source().anchor();
                    perSentence.merge(sentence, 1, Integer::sum);
                    sentenceFacts.computeIfAbsent(sentence, k -> new HashSet<>()).add(q.factIds().get(0));
                }
            }
            Map<String, Long> factsPerSentence = new HashMap<>();
            sentenceFacts.forEach((s, f) -> factsPerSentence.put(s, (long) f.size()));
            Set<String> claimIds = facts.stream().filter(f -> f.kind().name().equals("CLAIM")).map(Fact::id)
                    .collect(Collectors.toSet());
            int asked = (int) perFact.values().stream().filter(n -> n > 0).count();
            int claimsAsked = (int) claimIds.stream().filter(id -> perFact.get(id) > 0).count();
            int trues = (int) bank.stream().filter(q -> q instanceof TrueFalse t && t.truth()).count();
            int falses = (int) bank.stream().filter(q -> q instanceof TrueFalse t && !t.truth()).count();

            Map<String, Integer> counts = new LinkedHashMap<>(Map.of("leaks", 0, "repeated facts", 0,
                    "two true/false of one sentence", 0, "repeated keys", 0));
            IntSummaryStatistics sizes = new IntSummaryStatistics();
            IntSummaryStatistics types = new IntSummaryStatistics();
            Set<String> factIds = perFact.keySet();
            for (String mastery : List.of("empty", "random")) {
                for (long seed = 1; seed <= QUIZZES; seed++) {
                    Map<String, Mastery.Level> levels = new HashMap<>();
                    if (mastery.equals("random")) {
                        Random r = new Random(seed * 31);
                        factIds.stream().sorted().forEach(f -> levels.put(f,
                                Mastery.Level.values()[r.nextInt(Mastery.Level.values().length)]));
                    }
                    List<Question> quiz = QuizPlanner.plan(bank, levels, QuizPlanner.DEFAULT_SIZE, new Random(seed));
                    sizes.accept(quiz.size());
                    types.accept((int) quiz.stream().map(Question::type).distinct().count());
                    counts.merge("leaks", QuizPlannerLeakMeasureTest.leaks(quiz), Integer::sum);
                    counts.merge("repeated facts", QuizPlannerLeakMeasureTest.repeatedFacts(quiz), Integer::sum);
                    counts.merge("two true/false of one sentence",
                            QuizPlannerLeakMeasureTest.trueFalsePerSentence(quiz), Integer::sum);
                    counts.merge("repeated keys", QuizPlannerLeakMeasureTest.repeatedKeys(quiz), Integer::sum);
                }
            }
            return new Report(slug, bank.size(), perType, perFact, perFactAndType, perSentence, factsPerSentence,
                    facts.size(), asked, claimIds.size(), claimsAsked, trues, falses, Map.copyOf(counts), sizes,
                    types.getAverage());
        }

        void print(String label) {
            IntSummaryStatistics items = perFact.values().stream().mapToInt(Integer::intValue).summaryStatistics();
            IntSummaryStatistics sentences = perSentence.values().stream().mapToInt(Integer::intValue)
                    .summaryStatistics();
            System.out.printf("%s: %d items %s; true/false %d true, %d false%n", label, size, perType, trues, falses);
            System.out.printf("  items per fact min %d mean %.2f max %d: %s%n", items.getMin(), items.getAverage(),
                    items.getMax(), perFact.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(" ")));
            System.out.printf("  single-fact items per sentence max %d mean %.2f%n", sentences.getMax(),
                    sentences.getAverage());
            System.out.printf("  facts asked %d/%d (%.0f%%), claims asked %d/%d%n", factsAsked, facts,
                    facts == 0 ? 0 : 100.0 * factsAsked / facts, claimsAsked, claims);
            System.out.printf("  %d quizzes x 2 mastery modes: leaks %d, repeated facts %d, two true/false of one "
                            + "sentence %d, repeated keys %d; size min %d mean %.2f max %d; types per quiz %.2f%n",
                    QUIZZES, quizCounts.get("leaks"), quizCounts.get("repeated facts"),
                    quizCounts.get("two true/false of one sentence"), quizCounts.get("repeated keys"),
                    quizSizes.getMin(), quizSizes.getAverage(), quizSizes.getMax(), typesPerQuiz);
        }
    }
}
