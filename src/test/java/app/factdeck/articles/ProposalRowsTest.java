package app.factdeck.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.factdeck.articles.ProposalsController.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a proposed fact's row reads: the answer words marked in the sentence, the confidence in words. */
class ProposalRowsTest {

    @Test
    void theAnswerIsMarkedWhereTheSentenceHasIt() {
        assertEquals(List.of(new Piece("Prime Minister ", false), new Piece("Narendra Modi", true),
                new Piece(" joined.", false)), ProposalsController.pieces("Prime Minister Narendra Modi joined.",
                List.of("Narendra Modi")));
    }

    @Test
    void eachMemberOfAListIsMarkedAndAnAnswerAtTheStartToo() {
        assertEquals(List.of(new Piece("Brazil", true), new Piece(", ", false), new Piece("India", true),
                new Piece(" and ", false), new Piece("China", true), new Piece(" met.", false)),
                ProposalsController.pieces("Brazil, India and China met.", List.of("Brazil", "India", "China")));
    }

    @Test
    void anAnswerInAnotherCaseIsMarkedAndNeverPastTheSentence() {
        assertEquals(List.of(new Piece("The ", false), new Piece("Summit", true), new Piece(" opened.", false)),
                ProposalsController.pieces("The Summit opened.", List.of("summit")));
        // 'İ' lower-cases to two characters, which shifts where the answer is found: no marking past the end.
        List<Piece> shifted = ProposalsController.pieces("İİ ab", List.of("AB"));
        assertEquals("İİ ab", shifted.stream().map(Piece::text).collect(java.util.stream.Collectors.joining()));
    }

    @Test
    void wordsTheSentenceDoesNotHoldMarkNothing() {
        assertEquals(List.of(new Piece("The summit opened.", false)),
                ProposalsController.pieces("The summit opened.", List.of("Pretoria", "")));
    }

    @Test
    void confidenceReadsAsWordsThatSayWhetherItIsTicked() {
        assertEquals("likely", ProposalsController.certainty(proposed(0.8, true)));
        assertEquals("probably", ProposalsController.certainty(proposed(0.79, true)));
        assertEquals("check this", ProposalsController.certainty(proposed(0.59, false)));
        // However sure, a proposal the proposer does not tick never reads "likely".
        assertEquals("check this", ProposalsController.certainty(proposed(0.9, false)));
    }

    private static ProposedFact proposed(double confidence, boolean preTicked) {
        return new ProposedFact("k", new MarkedFact(null, MarkedFact.Kind.WHERE, "The summit opened in Vilnius.",
                List.of("Vilnius"), "city", "", "", null, "Where?", null, null, null, null, null), confidence, preTicked,
                "a city");
    }
}
