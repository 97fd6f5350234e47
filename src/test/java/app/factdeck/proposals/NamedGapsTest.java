package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.MarkedFact.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names asked where they stand, on sentences from sport, business, science and local news; and where they are not. */
class NamedGapsTest {

    /** The facts the named-gap shape proposes for an article of these sentences. */
    private static List<MarkedFact> named(String... sentences) {
        return Proposing.propose(sentences).stream().filter(p -> p.reason().equals("a name in its own clause"))
                .map(Proposal::fact).toList();
    }

    private static Optional<MarkedFact> answering(List<MarkedFact> facts, String answer) {
        return facts.stream().filter(f -> f.answerWords().equals(List.of(answer))).findFirst();
    }

    @Test
    void aPlaceInASpeakingOpenerIsAskedInTheSpeakersOwnClause() {
        List<MarkedFact> facts = named("Head coach Lena Berg picked an unchanged side for the cup tie.",
                "Speaking after a week of training at the Aspire Stadium, Berg said the squad was ready.");
        MarkedFact f = answering(facts, "Aspire Stadium").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals(Kind.WHERE, f.kind());
        assertEquals("Berg spoke after a week of training at which stadium?", f.question());
        assertEquals("Berg spoke after a week of training at the {answer}.", f.statement());
        assertEquals("Aspire", f.aliases());
    }

    @Test
    void aCityWithItsDescriptionIsAskedWholeAndTheSpeakerKeepsTheirTitle() {
        List<MarkedFact> facts = named("Head coach Lena Berg picked an unchanged side for the cup tie.",
                "Speaking in the Welsh capital Cardiff following the match, Berg said the squad was ready.");
        MarkedFact f = answering(facts, "Cardiff").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals("Berg spoke in which city following the match?", f.question());
        assertEquals("Berg spoke in the Welsh capital {answer} following the match.", f.statement());
        // Cut at "after", the question would be "Berg spoke in which city?": too thin to say when.
        List<MarkedFact> thin = named("Head coach Lena Berg picked an unchanged side for the cup tie.",
                "Speaking in the Welsh capital Cardiff after the match, Berg said the squad was ready.");
        assertTrue(answering(thin, "Cardiff").isEmpty(), thin.toString());
    }

    @Test
    void aWordTypedAsACityByItsCountryIsNotAskedWithTheBeforeIt() {
        List<MarkedFact> facts = named("The rover touched down on the Moon, India announced after the landing.");
        assertTrue(answering(facts, "Moon").isEmpty(), facts.toString());
    }

    @Test
    void aPersonInAClauseOfTheirOwnIsAskedInThatClause() {
        // "when Ruiz was fouled by …": the main clause ("The hosts took the lead") is not part of the question.
        List<MarkedFact> facts = named("Striker Tomas Ruiz returned from injury last week.",
                "The hosts took the lead when Tomas Ruiz was fouled by goalkeeper Marco Bellini in the box.");
        MarkedFact f = answering(facts, "Tomas Ruiz").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals("Who was fouled by goalkeeper Marco Bellini in the box?", f.question());
        assertEquals("{answer} was fouled by goalkeeper Marco Bellini in the box.", f.statement());
        assertEquals("person", f.answerType());
    }

    @Test
    void aRunAfterAJobWordIsAPersonTheVerbActsOn() {
        List<MarkedFact> facts = named("The visitors equalised after Jonas Weber had tripped substitute Amir Haddad "
                + "near the line.");
        MarkedFact f = answering(facts, "Amir Haddad").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals("Jonas Weber had tripped whom near the line?", f.question());
        // The job word goes with the name, as in the question: the statement's false item puts another person in
        // the gap, and "substitute <the goalkeeper>" would be false twice (a blind review, G10).
        assertEquals("Jonas Weber had tripped {answer} near the line.", f.statement());
    }

    @Test
    void oneOfTwoNamesAfterBetweenIsAskedWithTheOtherInTheStem() {
        // "talks between A and B": B stays in the stem, so it is never offered as a wrong option.
        List<MarkedFact> facts = named("Acme's deal followed talks between the Harbour Trust and the Northwind Bank.");
        MarkedFact f = answering(facts, "Harbour Trust").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals("Acme's deal followed talks between which organisation and the Northwind Bank?", f.question());
        assertEquals("organisation", f.answerType());
    }

    @Test
    void aNameWithItsShareholdersIsACompanyWhenTheArticleAlsoWritesItInsideASentence() {
        assertEquals(List.of("Acme Lumen"), NamedGaps.companies(List.of("Acme Lumen shareholders will vote next week.",
                "Regulators allowed the Brightwater Bank to buy Acme Lumen for 2 billion euros.")));
        // Capitalised only because it opens the sentence, or a describing word: no company.
        assertEquals(List.of(), NamedGaps.companies(List.of("Acme Lumen shareholders will vote next week.")));
        assertEquals(List.of(), NamedGaps.companies(List.of("Retail investors sold quickly.",
                "Analysts said Retail investors were nervous.")));
        List<MarkedFact> facts = named("Acme Lumen shareholders will vote on the offer next week.",
                "Regulators allowed the Brightwater Bank to buy Acme Lumen for 2 billion euros.");
        MarkedFact f = answering(facts, "Acme Lumen").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals("Regulators allowed the Brightwater Bank to buy which organisation for 2 billion euros?",
                f.question());
        assertEquals("organisation", f.answerType());
    }

    @Test
    void aQuestionCutInsideAListIsNotAsked() {
        // "in offices?" would drop "shops, restaurants and homes" and say something narrower than the sentence.
        List<MarkedFact> facts = named("Shops closed early where Brightwater Club gathered fans in offices, shops, "
                + "restaurants and homes.");
        assertTrue(facts.stream().noneMatch(f -> f.question().endsWith("in offices?")), facts.toString());
        // Without the list, the same clause is asked.
        List<MarkedFact> whole = named("Shops closed early where Brightwater Club gathered fans in offices across "
                + "Riverton.");
        assertEquals("Which organisation gathered fans in offices across Riverton?",
                answering(whole, "Brightwater Club").map(MarkedFact::question).orElse(whole.toString()));
    }

    @Test
    void aLinkingPhraseGoesAndItsClauseStandsAlone() {
        List<MarkedFact> facts = named("At the same time, the Riverton council dropped a rule that shops follow what is known as "
                + "the Quiet Hours Charter, easing a burden on traders.");
        MarkedFact f = answering(facts, "Quiet Hours Charter").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals("The Riverton council dropped a rule that shops follow what is known as which document?", f.question());
        assertEquals("document", f.answerType());
    }

    @Test
    void aNameInAQuotationANegatedClauseOrAListIsNotAsked() {
        assertEquals(List.of(), named("“We will open a new office at the Harbour Square,” Mayor Ines Duarte said."));
        assertEquals(List.of(), named("Shareholders of Northwind Bank did not vote to acquire the Harbour Trust."));
        // One member of a list alone: the other would be right too.
        List<MarkedFact> listed = named("The new fund was backed by the Harbour Trust and the Northwind Bank.");
        assertTrue(answering(listed, "Harbour Trust").isEmpty(), listed.toString());
        assertTrue(answering(listed, "Northwind Bank").isEmpty(), listed.toString());
    }

    @Test
    void aNameWithAnAppositiveOrSpeakingIsLeftToTheirOwnShapes() {
        // "X, a lender founded in 1990, has been …" moved the gap behind a description ("A lender … which
        // organisation?"); "X also said …" is the speaker shape's question.
        assertEquals(List.of(), named("Harbour Trust, a lender founded in 1990, has been lobbying for lower rates."));
        List<MarkedFact> said = named("Mayor Ines Duarte opened the bridge.",
                "Duarte also said in the town hall that the bridge would open in spring.");
        assertTrue(answering(said, "Duarte").isEmpty(), said.toString());
    }

    @Test
    void theArticlesTopicIsNotAskedTrivially() {
        // Named in every sentence, the comet is what the article is about: "the probe reached which comet?" tests
        // nothing. A name the article gives once is asked.
        List<MarkedFact> facts = named("The probe reached the Halley Valley on the comet after a decade in space.",
                "Engineers at the Darmstadt Centre steered the probe to the Halley Valley.",
                "Images from the Halley Valley showed ice below the dust.");
        assertTrue(answering(facts, "Halley Valley").isEmpty(), facts.toString());
        assertTrue(answering(facts, "Darmstadt Centre").isEmpty() || answering(facts, "Darmstadt Centre").get()
                .question().contains("which organisation"), facts.toString());
    }
}
