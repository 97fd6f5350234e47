package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Wh-questions in English word order: fronted with do-support where the clause goes on, refused where unsure. */
class WhFrontingTest {

    private static Optional<String> ask(String sentence, String answer, String wh) {
        int at = sentence.indexOf(answer);
        return QuestionWriter.inPlace(sentence, at, at + answer.length(), wh);
    }

    @Test
    void aWhPhraseInAFrontedAdjunctTakesDoSupportAndTheBaseForm() {
        assertEquals(Optional.of("After how many hours of talks did the union leaders accept the offer?"),
                ask("After 20 hours of talks, the union leaders accepted the offer.", "20", "how many"));
        assertEquals(Optional.of("During how many seasons in charge did Clarke win the league?"),
                ask("During four seasons in charge, Clarke won the league.", "four", "how many"));
        assertEquals(Optional.of("After how many weeks of hearings was the verdict delivered?"),
                ask("After six weeks of hearings, the verdict was delivered.", "six", "how many"));
    }

    @Test
    void aWhPhraseBeforeAThatClauseMovesToTheFront() {
        assertEquals(Optional.of("In which city did the chief executive announce that the plant would close?"),
                ask("The chief executive announced in Turin that the plant would close.", "in Turin",
                        "in which city"));
        assertEquals(Optional.of("In which city does the coach say that the squad is ready?"),
                ask("The coach says in Leeds that the squad is ready.", "in Leeds", "in which city"));
    }

    @Test
    void anAttributionAfterTheClaimIsDropped() {
        assertEquals(Optional.of("In which city did the mayor say that the bridge \"will reopen in spring\"?"),
                ask("The mayor said in Porto that the bridge \"will reopen in spring,\" local media reported.",
                        "in Porto", "in which city"));
        assertEquals("The company earned more than it had expected, than analysts said",
                QuestionWriter.withoutReportingTail("The company earned more than it had expected, than analysts said"),
                "a comparison is not an attribution");
    }

    @Test
    void aPhraseThatCannotBeTurnedSafelyIsNotAsked() {
        // Inside a hedge or a determiner, after a coordinator: "from nearly how many", "all how many", "or how many".
        assertTrue(ask("Delegates from nearly 150 countries signed the treaty in Geneva.", "150", "how many")
                .isEmpty());
        assertTrue(ask("The change needs approval from all 27 member states.", "27", "how many").isEmpty());
        assertTrue(ask("The striker scored 30% of the goals or 12 goals.", "12", "how many").isEmpty());
        // After the noun it names: "defeated champion whom".
        assertTrue(ask("Alcaraz defeated defending champion Novak Djokovic in the final.", "Novak Djokovic", "whom")
                .isEmpty());
        // A verb whose past is its base: did or do?
        assertTrue(WhFronting.inverted("The rebels cut the road to the airport").isEmpty());
        // A subject with a relative clause: the first verb is not the main one.
        assertTrue(WhFronting.inverted("The judge who heard the case ruled against the firm").isEmpty());
    }

    @Test
    void aWhPhraseAtTheEndOrAsTheSubjectStaysWhereItIs() {
        assertEquals(Optional.of("The museum received how many visitors last year?"),
                ask("The museum received 800,000 visitors last year.", "800,000", "how many"));
        assertEquals(Optional.of("Which company bought the rival chain for £2bn?"),
                ask("Tesco bought the rival chain for £2bn.", "Tesco", "which company"));
    }

    @Test
    void theInvertedClauseKeepsAuxiliariesAndNames() {
        assertEquals(Optional.of("did representatives agree to the plan"),
                WhFronting.inverted("Representatives agreed to the plan"));
        assertEquals(Optional.of("does Ferrari build the engines"), WhFronting.inverted("Ferrari builds the engines"));
        assertEquals(Optional.of("has the council approved the budget"),
                WhFronting.inverted("The council has approved the budget"));
        assertEquals(Optional.of("will the court rule on the appeal"),
                WhFronting.inverted("The court will rule on the appeal"));
    }

    @Test
    void aLimitingSinceOrUntilPhraseIsNotCutOff() {
        assertEquals(Optional.of("The club won which trophy for the first time since 1955?"),
                ask("The club won the FA Cup for the first time since 1955, fans said.", "the FA Cup",
                        "which trophy"));
        assertEquals(Optional.of("The firm opened how many stores?"),
                ask("The firm opened 12 stores since it was founded.", "12", "how many"),
                "a since-clause with its own verb is still a clause boundary");
    }

    @Test
    void theClaimsSlotIsNotTurned() {
        assertEquals(Optional.of("After 20 hours of talks, the union leaders accepted {answer}?"),
                ask("After 20 hours of talks, the union leaders accepted the offer.", "the offer", "{answer}"));
        assertTrue(WhFronting.isQuestion("in which city"));
        assertTrue(!WhFronting.isQuestion("{answer}"));
    }
}
