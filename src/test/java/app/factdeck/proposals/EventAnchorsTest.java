package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.MarkedFact.Kind;
import app.factdeck.content.Gazetteer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** G7: "the summit" says which one: anchored from the article when it places it once, else not asked. */
class EventAnchorsTest {

    private static final NameFinder NAMES = new NameFinder(Gazetteer.builtIn().merge(Map.of()));

    private static Proposal fact(String answer, String question, String statement) {
        return new Proposal("k", new MarkedFact(null, Kind.WHAT, statement.replace("{answer}", answer),
                List.of(answer), "person", "", "", null, question, statement, null, null, null, null), 0.7, "test");
    }

    @Test
    void anEventTheArticlePlacesOnceIsNamedFromTheArticle() {
        EventAnchors anchors = new EventAnchors(List.of("Climate ministers gathered for the summit in Kenya.",
                "Ruto said the summit would agree a levy."), NAMES, List.of());
        Optional<Proposal> p = anchors.anchored(fact("Ruto", "Who said the summit would agree a levy?",
                "{answer} said the summit would agree a levy."));
        assertEquals("Who said the summit in Kenya would agree a levy?", p.orElseThrow().fact().question());
        assertEquals("{answer} said the summit in Kenya would agree a levy.", p.orElseThrow().fact().statement());
    }

    @Test
    void anEventPlacedTwiceOrByTheAnswerItselfIsNotAsked() {
        EventAnchors two = new EventAnchors(List.of("The conference in Spain ended on Friday.",
                "A second conference in Portugal is planned.", "Sanchez said the conference had failed."), NAMES,
                List.of());
        assertTrue(two.anchored(fact("Sanchez", "Who said the conference had failed?",
                "{answer} said the conference had failed.")).isEmpty());
        EventAnchors once = new EventAnchors(List.of("The trial in Norway opened on Monday."), NAMES, List.of());
        assertTrue(once.anchored(new Proposal("k", new MarkedFact(null, Kind.WHERE, "The trial opened in Norway.",
                List.of("Norway"), "country", "", "", null, "The trial opened in which country?", "The trial opened in {answer}.",
                null, null, null, null), 0.7, "test")).isEmpty(), "naming the place would give the answer away");
    }

    @Test
    void anAnchoredOrNeverPlacedEventStaysAsWritten() {
        EventAnchors anchors = new EventAnchors(List.of("The Nairobi summit opened.", "The final was played late."),
                NAMES, List.of());
        Proposal anchored = fact("Ruto", "Who opened the Nairobi summit?", "{answer} opened the Nairobi summit.");
        assertEquals(Optional.of(anchored), anchors.anchored(anchored));
        Proposal final_ = fact("Kane", "Who scored twice in the final?", "{answer} scored twice in the final.");
        assertEquals(Optional.of(final_), anchors.anchored(final_));
    }
}
