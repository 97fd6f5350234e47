package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An answer to a question no bank holds any more still counts for the fact (or teacher's question) its id names. */
class MasteryOfGoneQuestionsTest {

    @Test
    void anAnswerToAGoneQuestionCountsForTheFactItsIdNames() {
        Map<String, Mastery.Level> levels = Mastery.levels(List.of(
                Map.entry("esp-002/true-false/true", true), Map.entry("esp-002/cloze/1", true),
                Map.entry("a/7/3", false), Map.entry("espreso-nato-troops-warning/ordering/1", true),
                Map.entry("garbled", true)), id -> Optional.empty());
        assertEquals(Map.of("esp-002", Mastery.Level.MASTERED, "a/7", Mastery.Level.LEARNING,
                "espreso-nato-troops-warning", Mastery.Level.LEARNING), levels);
    }
}
