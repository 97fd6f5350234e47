package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    private static final List<String> NONE = List.of();

    @Test
    void aPossessiveAfterANounOfTheSameTextIsResolved() {
        assertEquals(Optional.empty(), References.unresolvedAmong(
                "Around 156 million voters were eligible to cast their ballots.", NONE));
        assertEquals(Optional.empty(), References.unresolvedAmong(
                "The striker completed his hat-trick in extra time.", NONE));
    }

    @Test
    void aPossessiveWithNothingBeforeItPointsOutsideTheText() {
        assertEquals(Optional.of("their"), References.unresolvedAmong("Their second goal came in the 36th minute.",
                NONE));
        assertEquals(Optional.of("his"), References.unresolvedAmong("With his treble, the forward won the award.",
                NONE));
    }

    @Test
    void aPossessiveInAnOpeningPhraseBelongsToTheNameTheMainClauseOpensWith() {
        assertEquals(Optional.empty(), References.unresolvedAmong("With his treble, Ana Ruiz won the award.",
                List.of(" ana ruiz ")));
        assertEquals(Optional.of("his"), References.unresolvedAmong("With his treble, the forward won the award.",
                List.of(" ana ruiz ")), "no name after the comma");
    }

    @Test
    void aSubjectPronounStillNeedsANamedAntecedent() {
        assertEquals(Optional.of("they"), References.unresolvedAmong("Voters said they would return.", NONE));
        assertEquals(Optional.empty(), References.unresolvedAmong("Ana Ruiz said she would return.",
                List.of(" ana ruiz ")));
    }
}
