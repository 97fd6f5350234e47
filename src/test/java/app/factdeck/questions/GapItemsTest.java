package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Entity;
import app.factdeck.content.Fact;
import app.factdeck.content.Fact.Kind;
import app.factdeck.content.Text;
import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.cloze.Cloze;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed banks' fill-in-the-gap items: each blanks the fact's standalone wording (its {@code gap}, else its
 * statement) where the answer stands, its key is exactly the words in the gap, and nothing else in the text
 * fills the gap. Every fact with such a wording has its gap item, unless the gap would have several answers.
 */
class GapItemsTest {

    private static final QuestionBank BANK = QuestionBank.build(TestLibrary.SHIPPED, QuestionGenerator.DEFAULT_SEED);
    private static final String PROMPT = "Fill in the gap: ";
    /**
     * What the generator makes, before the ranking keeps one gap per sentence: every gap item must be good, since
     * a quiz taken before still finds one the ranking dropped.
     */
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(TestLibrary.SHIPPED,
            QuestionGenerator.DEFAULT_SEED, false);

    @ParameterizedTest
    @ValueSource(strings = {"espreso-nato-troops-warning", "kyiv-independent-nato-troops-warning"})
    void eachGapItemIsTheFactsStandaloneWordingWithTheKeyAsTheGapsWords(String slug) {
        List<Cloze> gaps = gapItems(slug);
        assertFalse(gaps.isEmpty());
        for (Cloze q : gaps) {
            Fact f = fact(q);
            String text = f.gap() != null ? f.gap() : f.statement();
            String key = q.answer().key();
            assertTrue(q.stem().startsWith(PROMPT) && q.stem().indexOf(QuestionGenerator.GAP)
                    == q.stem().lastIndexOf(QuestionGenerator.GAP), q.id() + ": one gap");
            // Filling the gap with the key gives back the wording the true/false items state as true.
            String filled = q.stem().substring(PROMPT.length()).replace(QuestionGenerator.GAP, key);
            // The key is the article's name for the answer; an article word before it ("the", the entity's
            // prefix) stays outside the gap.
            List<String> leads = f.kind() == Kind.DATE || f.kind() == Kind.NUMBER ? List.of("")
                    : List.of("", "the ", "The ", answerEntity(f, q).prefix() + " ");
            assertTrue(leads.stream().anyMatch(lead -> capitalised(text.replace("{answer}", lead + key))
                    .equals(filled)), q.id() + ": " + filled + " is not " + text + " with " + key);
            assertTrue(q.answer().accepted().contains(key), q.id() + ": the key is accepted");
            if (f.kind() == Kind.DATE) {
                assertEquals(f.date().orElseThrow().display(), key, q.id());
            } else if (f.kind() == Kind.NUMBER) {
                assertEquals(f.number(), AnswerMatcher.parseNumber(key), q.id());
            } else {
                Entity e = answerEntity(f, q);
                assertTrue(e.names().stream().anyMatch(n -> n.equals(key) || n.equalsIgnoreCase("the " + key)),
                        q.id() + ": the key '" + key + "' is a name of " + e.id());
                assertTrue(q.answer().accepted().containsAll(e.names()), q.id() + ": every name of " + e.id());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"espreso-nato-troops-warning", "kyiv-independent-nato-troops-warning"})
    void noGapTextSaysItsKeyOutsideTheGap(String slug) {
        for (Cloze q : gapItems(slug)) {
            String rest = q.stem().substring(PROMPT.length()).replace(QuestionGenerator.GAP, " ");
            for (String form : q.answer().accepted()) {
                assertFalse(Text.containsPhrase(rest, form), q.id() + " says '" + form + "' outside its gap: " + rest);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"espreso-nato-troops-warning", "kyiv-independent-nato-troops-warning"})
    void everyFactWithAStandaloneWordingHasItsGapItemUnlessTheGapWouldHaveSeveralAnswers(String slug) {
        Set<String> asked = gapItems(slug).stream().map(q -> q.factIds().get(0)).collect(Collectors.toSet());
        for (Fact f : TestLibrary.SHIPPED.factsOf(slug)) {
            if (f.kind() == Kind.ROLE || f.kind() == Kind.CLAIM || f.gapText() == null) {
                continue;
            }
            boolean oneAnswer = f.kind() != Kind.LIST || unnamedMembers(f) == 1;
            assertEquals(oneAnswer, asked.contains(f.id()), f.id() + (oneAnswer ? " has no gap item"
                    : " has a gap item that several members would fill"));
        }
        assertTrue(BANK.rejected().keySet().stream().noneMatch(id -> id.contains("/cloze/")),
                () -> "gap items the gates refused: " + BANK.rejected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"espreso-nato-troops-warning", "kyiv-independent-nato-troops-warning"})
    void gapItemsKeepTheirIds(String slug) {
        // Ids of gap items before the standalone wordings; progress points at them. esp-028 was dropped: a gap
        // naming one of its two countries gives the other away.
        Set<String> before = Set.of("esp-002/cloze/1", "esp-003/cloze/1", "esp-005/cloze/1", "esp-007/cloze/1",
                "esp-016/cloze/1", "esp-017/cloze/denys-shmyhal", "esp-021/cloze/1", "esp-022/cloze/1",
                "esp-023/cloze/romania", "esp-024/cloze/1", "esp-025/cloze/1", "esp-026/cloze/1", "esp-027/cloze/1",
                "esp-029/cloze/1", "esp-030/cloze/1", "esp-033/cloze/1", "esp-035/cloze/1", "esp-036/cloze/1",
                "esp-038/cloze/1", "esp-040/cloze/practical-package", "ki-001/cloze/1", "ki-002/cloze/1",
                "ki-004/cloze/1", "ki-005/cloze/andriy-yermak", "ki-008/cloze/1", "ki-009/cloze/1", "ki-010/cloze/1",
                "ki-011/cloze/1");
        Set<String> now = gapItems(slug).stream().map(Question::id).collect(Collectors.toSet());
        String prefix = slug.startsWith("espreso") ? "esp-" : "ki-";
        before.stream().filter(id -> id.startsWith(prefix)).forEach(id -> assertTrue(now.contains(id), id));
    }

    /** Gap items of entity, date and number facts; a claim's gap blanks a phrase (ClaimQuestionsTest). */
    private static List<Cloze> gapItems(String slug) {
        return GENERATOR.generate(slug).stream().filter(q -> q instanceof Cloze).map(q -> (Cloze) q)
                .filter(q -> fact(q).kind() != Kind.CLAIM).toList();
    }

    private static Fact fact(Question q) {
        return TestLibrary.SHIPPED.facts().stream().filter(f -> f.id().equals(q.factIds().get(0))).findFirst()
                .orElseThrow();
    }

    /** The entity a gap item asks for: a list fact's item names the member in its id. */
    private static Entity answerEntity(Fact f, Question q) {
        String variant = q.id().substring(q.id().lastIndexOf('/') + 1);
        return TestLibrary.SHIPPED.entity(f.kind() == Kind.LIST ? variant : f.answers().get(0));
    }

    private static long unnamedMembers(Fact f) {
        String rest = f.gapText().replace("{answer}", " ");
        return f.answers().stream().map(TestLibrary.SHIPPED::entity)
                .filter(e -> e.names().stream().noneMatch(n -> Text.containsPhrase(rest, n))).count();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
