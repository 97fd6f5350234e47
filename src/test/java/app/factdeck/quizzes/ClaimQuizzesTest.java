package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.cloze.Cloze;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Claims in planned quizzes: their gaps are asked, and a claim's key phrase (or an accepted wording) is never shown
 * by another question of the same quiz, though it is a phrase of the article rather than an entity's name.
 */
class ClaimQuizzesTest {

    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(LIBRARY, QuestionGenerator.DEFAULT_SEED);

    @Test
    void claimGapsAreAskedAndNoOtherQuestionOfTheQuizShowsTheirKeyPhrase() {
        Set<String> claims = LIBRARY.facts().stream().filter(f -> f.kind() == Fact.Kind.CLAIM).map(Fact::id)
                .collect(Collectors.toSet());
        int asked = 0;
        List<String> leaks = new ArrayList<>();
        for (String slug : List.of("espreso-nato-troops-warning", "kyiv-independent-nato-troops-warning")) {
            List<Question> bank = GENERATOR.generate(slug);
            for (long seed = 1; seed <= 200; seed++) {
                List<Question> quiz = QuizPlanner.plan(bank, Map.of(), QuizPlanner.DEFAULT_SIZE, new Random(seed));
                for (Question gap : quiz) {
                    if (!(gap instanceof Cloze c) || !claims.contains(gap.factIds().get(0))) {
                        continue;
                    }
                    asked++;
                    for (Question other : quiz) {
                        if (other == gap) {
                            continue;
                        }
                        List<String> shown = new ArrayList<>(List.of(other.stem(), other.explanation(),
                                other.correctAnswer()));
                        shown.addAll(other.listing().options());
                        other.sources().forEach(s -> shown.add(s.text()));
                        for (String wording : c.answer().accepted()) {
                            if (shown.stream().anyMatch(t -> Text.containsPhrase(t, wording))) {
                                leaks.add(slug + " seed " + seed + ": " + other.id() + " shows '" + wording + "' of "
                                        + gap.id());
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("claim gaps asked in 400 planned quizzes: %d%n", asked);
        assertTrue(asked > 0, "no claim gap was planned in 400 quizzes");
        assertEquals(List.of(), leaks);
    }
}
