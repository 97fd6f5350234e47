package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Entity;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.truefalse.TrueFalse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ranking's promises, each checked from the questions' own fields on the shipped and the fixture content. */
class BankRankingTest {

    private static final Library SHIPPED = TestLibrary.SHIPPED;
    private static final Library MINI = new ContentLoader().load(Path.of("src/test/resources/content-fixtures/mini"));
    private static final List<Question> RANKED = new QuestionGenerator(SHIPPED, QuestionGenerator.DEFAULT_SEED)
            .generateAll();
    private static final List<Question> UNRANKED = new QuestionGenerator(SHIPPED, QuestionGenerator.DEFAULT_SEED,
            false).generateAll();

    @Test
    void aFactKeepsOneTrueFalseAndItsTwinIsDropped() {
        for (String fact : UNRANKED.stream().filter(q -> q instanceof TrueFalse).map(q -> q.factIds().get(0))
                .collect(Collectors.toSet())) {
            long kept = RANKED.stream().filter(q -> q instanceof TrueFalse && q.factIds().equals(List.of(fact)))
                    .count();
            assertTrue(kept <= 1, fact + " keeps " + kept + " true/false items");
        }
    }

    @Test
    void aFalseStatementIsKeptOnlyWhenTheValueSwappedInIsNamedInTheArticle() {
        for (Question q : RANKED) {
            if (q instanceof TrueFalse t && !t.truth()) {
                String article = articleText(q.articleSlug());
                for (String swapped : t.substituted()) {
                    SHIPPED.entities().values().stream()
                            .filter(e -> e.names().stream().anyMatch(n -> Text.normalise(n).equals(Text.normalise(swapped))))
                            .findFirst().ifPresent(e -> assertTrue(named(e, article),
                                    q.id() + " swaps in " + swapped + ", which the article never names"));
                }
            }
        }
    }

    @Test
    void twoStatementsThatDifferInOneShortSpanAreNotBothKept() {
        List<Question> statements = RANKED.stream().filter(q -> q instanceof TrueFalse).toList();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Question a = statements.get(i);
                Question b = statements.get(j);
                if (!a.factIds().equals(b.factIds()) && a.articleSlug().equals(b.articleSlug())) {
                    assertFalse(oneSpanApart(a.stem(), b.stem()), a.id() + " and " + b.id() + " read as one statement");
                }
            }
        }
        assertTrue(UNRANKED.stream().filter(q -> q instanceof TrueFalse).anyMatch(a -> UNRANKED.stream()
                        .filter(b -> b instanceof TrueFalse && !b.factIds().equals(a.factIds()))
                        .anyMatch(b -> oneSpanApart(a.stem(), b.stem()))),
                "the unranked bank has such pairs, so this test can fail");
    }

    @Test
    void aTrueFalseFailingAGateNeverDisplacesItsTwinThatPasses() {
        List<Question> unranked = new QuestionGenerator(MINI, 7, false).generate("summit-news");
        QualityGates gates = new QualityGates(MINI);
        for (boolean failingTruth : List.of(true, false)) {
            BankRanking ranking = new BankRanking(MINI, q -> q instanceof TrueFalse t && t.truth() == failingTruth
                    ? List.of("G0 made to fail by the test") : gates.violations(q));
            List<Question> kept = ranking.rank(unranked);
            for (Question q : kept) {
                if (q instanceof TrueFalse t) {
                    boolean twinExists = unranked.stream().anyMatch(o -> o instanceof TrueFalse ot
                            && ot.factIds().equals(t.factIds()) && ot.truth() != failingTruth);
                    assertTrue(!twinExists || t.truth() != failingTruth, q.id() + " fails a gate, its twin passes");
                }
            }
        }
    }

    @Test
    void everyFactKeepsAQuestionAndItemsOfSeveralFactsAndSelectAllStay() {
        Set<String> asked = RANKED.stream().flatMap(q -> q.factIds().stream()).collect(Collectors.toSet());
        SHIPPED.facts().forEach(f -> assertTrue(asked.contains(f.id()), f.id() + " lost every question"));
        for (Question q : UNRANKED) {
            if (q.factIds().size() > 1 || q.type().slug().equals("multi-select")) {
                assertTrue(RANKED.contains(q), q.id() + " is dropped");
            }
        }
        assertTrue(Set.copyOf(UNRANKED).containsAll(RANKED), "ranking only drops");
        assertEquals(RANKED.stream().map(Question::id).toList(), UNRANKED.stream().map(Question::id)
                .filter(RANKED.stream().map(Question::id).collect(Collectors.toSet())::contains).toList(),
                "the kept questions keep the generator's order");
    }

    @Test
    void aFactThatCanBeAskedKeepsAnItemThatAsksItsAnswer() {
        // A gap, a short answer or a choice that passes every gate: without it a fact is left with true/false
        // statements only, which no typed answer reaches and a guess gets right half of the time. Three claims of
        // one sentence make three gaps that each show the others' answers; the ranking once kept one of them.
        Library twoGaps = new ContentLoader().load(Path.of("src/test/resources/content-fixtures/two-gaps"));
        assertAskedAfterRanking(twoGaps, new QuestionGenerator(twoGaps, QuestionGenerator.DEFAULT_SEED, false)
                .generate("cup-final"), new QuestionGenerator(twoGaps, QuestionGenerator.DEFAULT_SEED)
                .generate("cup-final"), 3);
        assertAskedAfterRanking(SHIPPED, UNRANKED, RANKED, SHIPPED.facts().size() / 2);
    }

    private static void assertAskedAfterRanking(Library library, List<Question> unranked, List<Question> ranked,
                                                int atLeast) {
        QualityGates gates = new QualityGates(library);
        Set<String> askable = unranked.stream().filter(q -> q.factIds().size() == 1 && !(q instanceof TrueFalse))
                .filter(q -> gates.violations(q).isEmpty()).map(q -> q.factIds().get(0)).collect(Collectors.toSet());
        assertTrue(askable.size() >= atLeast, askable.toString());
        Set<String> asked = ranked.stream().filter(q -> q.factIds().size() == 1 && !(q instanceof TrueFalse))
                .filter(q -> gates.violations(q).isEmpty()).map(q -> q.factIds().get(0)).collect(Collectors.toSet());
        assertEquals(Set.of(), askable.stream().filter(f -> !asked.contains(f)).collect(Collectors.toSet()),
                "facts left with true/false statements only");
    }

    @Test
    void aKeyIsTheOddOneOutWhenEveryWrongOptionSharesAWordItLacks() {
        assertTrue(BankRanking.keyStandsOut(List.of("former NATO Secretary General"),
                List.of("President of Ukraine", "Foreign Minister of Ukraine", "Prime Minister of Ukraine")));
        assertFalse(BankRanking.keyStandsOut(List.of("Head of the Office of the President of Ukraine"),
                List.of("Foreign Minister of Ukraine", "Ukraine's ambassador to NATO", "Prime Minister of Ukraine")));
        assertFalse(BankRanking.keyStandsOut(List.of("Vilnius"), List.of("Washington", "Brussels", "Bucharest")));
    }

    /** Whether the stems, as words, share everything but one span of at most three words on each side. */
    private static boolean oneSpanApart(String x, String y) {
        String[] a = Text.normalise(x).split(" ");
        String[] b = Text.normalise(y).split(" ");
        if (Arrays.equals(a, b)) {
            return true;
        }
        int p = 0;
        while (p < Math.min(a.length, b.length) && a[p].equals(b[p])) {
            p++;
        }
        int s = 0;
        while (s < Math.min(a.length, b.length) - p && a[a.length - 1 - s].equals(b[b.length - 1 - s])) {
            s++;
        }
        return a.length - p - s <= 3 && b.length - p - s <= 3 && p + s >= 8;
    }

    private static String articleText(String slug) {
        return " " + Text.normalise(SHIPPED.article(slug).map(a -> a.sentences().stream().map(Article.Sentence::text)
                .collect(Collectors.joining(" "))).orElseThrow()) + " ";
    }

    private static boolean named(Entity e, String article) {
        return e.names().stream().anyMatch(n -> article.contains(" " + Text.normalise(n) + " "));
    }
}
