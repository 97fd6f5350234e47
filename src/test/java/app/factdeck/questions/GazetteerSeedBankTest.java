package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed bank was blind-reviewed: the gazetteer's countries may add wrong options to new articles, never move a
 * seed question (its stem, options, keys, accepted answers, feedback) or let one in or out. The one thing allowed
 * to grow is a typed answer's near misses (the other names of the key's type, which a typo must not be close
 * to): with every country known, "Niger" typed for "Nigeria" is rightly a wrong country rather than a typo.
 */
class GazetteerSeedBankTest {

    private static final Pattern NEAR_MISSES = Pattern.compile("nearMisses=\\[([^\\]]*)\\]");

    private static final Library WITHOUT = ContentLoader.withoutGazetteer().load(Path.of("content"));

    @Test
    void theShippedLibraryHoldsTheGazetteer() {
        Library with = TestLibrary.SHIPPED;
        assertTrue(with.entities().size() > WITHOUT.entities().size() + 200,
                () -> with.entities().size() + " entities with the gazetteer, " + WITHOUT.entities().size()
                        + " without");
        WITHOUT.entities().forEach((id, e) -> assertEquals(e, with.entities().get(id), id));
    }

    @Test
    void theSeedBankIsTheSameWithAndWithoutTheGazetteer() {
        QuestionBank without = QuestionBank.build(WITHOUT, QuestionGenerator.DEFAULT_SEED);
        QuestionBank with = QuestionBank.build(TestLibrary.SHIPPED, QuestionGenerator.DEFAULT_SEED);
        assertEquals(byId(without.all()).keySet(), byId(with.all()).keySet());
        Map<String, Question> before = byId(without.all());
        byId(with.all()).forEach((id, q) -> assertSameButNearMisses(before.get(id), q));
        assertEquals(without.rejected(), with.rejected());
    }

    @Test
    void everyCandidateTheRankingWeighsIsTheSame() {
        // The ranking keeps the best of these; the rest stay findable for old quizzes, so they must not move either.
        List<Question> without = new QuestionGenerator(WITHOUT, QuestionGenerator.DEFAULT_SEED, false).generateAll();
        List<Question> with = new QuestionGenerator(TestLibrary.SHIPPED, QuestionGenerator.DEFAULT_SEED, false)
                .generateAll();
        assertEquals(without.size(), with.size());
        for (int i = 0; i < without.size(); i++) {
            assertSameButNearMisses(without.get(i), with.get(i));
        }
    }

    /** Every field equal, except that the near misses of a typed answer may only gain names. */
    private static void assertSameButNearMisses(Question before, Question after) {
        String was = before.toString();
        String is = after.toString();
        assertEquals(NEAR_MISSES.matcher(was).replaceAll("nearMisses=[…]"),
                NEAR_MISSES.matcher(is).replaceAll("nearMisses=[…]"), before.id());
        List<String> wasMisses = nearMisses(was);
        List<String> isMisses = nearMisses(is);
        assertEquals(wasMisses.size(), isMisses.size(), before.id());
        for (int i = 0; i < wasMisses.size(); i++) {
            List<String> gained = List.of(isMisses.get(i).split(", "));
            for (String name : wasMisses.get(i).split(", ")) {
                assertTrue(gained.contains(name), before.id() + " lost the near miss " + name);
            }
        }
    }

    private static List<String> nearMisses(String question) {
        Matcher m = NEAR_MISSES.matcher(question);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, Question> byId(List<Question> questions) {
        return questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }
}
