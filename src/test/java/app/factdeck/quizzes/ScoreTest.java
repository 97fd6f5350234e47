package app.factdeck.quizzes;

import app.factdeck.questions.core.Response;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreTest {

    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aScoreIsAPercentageWithRightPartlyRightAndMissedInWords() {
        // 4 right, one at 60 %, one wrong, four unanswered: 4.6 points of 10.
        Score score = Score.of(attempt(10, 1, 1, 1, 1, 0.6, 0));
        assertEquals(46, score.percent());
        assertEquals("4 right, 1 partly right, 5 missed: 4.6 of 10 points", score.inWords());
    }

    @Test
    void wholePointsAndNoPartlyRightAnswersReadPlainly() {
        assertEquals("2 right, 1 missed: 2 of 3 points", Score.of(attempt(3, 1, 1)).inWords());
        assertEquals(67, Score.of(attempt(3, 1, 1)).percent());
        assertEquals("1 right, 0 missed: 1 of 1 point", Score.of(attempt(1, 1)).inWords());
        assertEquals(0, Score.of(attempt(2)).percent());
    }

    /** An attempt of {@code size} questions whose first answers earned {@code credits}. */
    private static AttemptRepository.Attempt attempt(int size, double... credits) {
        Map<Integer, AttemptRepository.Answer> answers = new HashMap<>();
        for (int i = 0; i < credits.length; i++) {
            answers.put(i + 1, new AttemptRepository.Answer(Response.of("x"), credits[i], credits[i] >= 1,
                    Duration.ZERO, T));
        }
        List<String> questions = java.util.stream.IntStream.rangeClosed(1, size).mapToObj(i -> "q" + i).toList();
        return new AttemptRepository.Attempt(1, 1, Optional.empty(), 0, T, Optional.empty(), questions, Map.of(),
                answers);
    }
}
