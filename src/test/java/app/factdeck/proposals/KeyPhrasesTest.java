package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.articles.MarkedFact;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Key phrases and amounts from sentences of several topics: what is proposed, its statement and its false item. */
class KeyPhrasesTest {

    private static List<MarkedFact> facts(String sentence, String... rest) {
        List<String> article = new java.util.ArrayList<>(List.of(rest));
        article.add(0, sentence);
        return new KeyPhrases(article).in(sentence).stream().map(Proposal::fact).toList();
    }

    private static MarkedFact only(String answer, List<MarkedFact> facts) {
        List<MarkedFact> found = facts.stream().filter(f -> f.answerWords().equals(List.of(answer))).toList();
        assertEquals(1, found.size(), answer + " in " + facts);
        assertEquals(MarkedFact.Kind.PHRASE, found.get(0).kind());
        return found.get(0);
    }

    @Test
    void aPercentageOfANamedSubjectIsChangedByTenPoints() {
        MarkedFact f = only("50.88%", facts("Lula had garnered 50.88%, according to the electoral court."));
        assertEquals("Lula had garnered {answer}.", f.statement());
        assertEquals("Lula had garnered 40.88%.", f.contradiction());
    }

    @Test
    void aFalseValueTheArticleWritesElsewhereIsNotUsed() {
        MarkedFact f = only("50.88%", facts("Lula had garnered 50.88%, according to the electoral court.",
                "Turnout was 40.88% in the north."));
        assertEquals("Lula had garnered 30.88%.", f.contradiction());
    }

    @Test
    void moneyKeepsItsCurrencyAndLosesItsConversion() {
        List<MarkedFact> facts = facts("Acme Corp has agreed to buy Widget Holdings for 3 billion Swiss francs "
                + "(€3.02 billion).");
        MarkedFact f = only("3 billion Swiss francs", facts);
        assertEquals("Acme Corp has agreed to buy Widget Holdings for {answer}.", f.statement());
        assertEquals("Acme Corp has agreed to buy Widget Holdings for 6 billion Swiss francs.", f.contradiction());
        assertTrue(facts.stream().noneMatch(x -> x.answerWords().contains("€3.02 billion")), facts.toString());
    }

    @Test
    void aScoreKeepsItsWinnerAndADrawStaysADraw() {
        assertEquals("Spain beat Italy 3-2 in the final.",
                only("3-1", facts("Spain beat Italy 3-1 in the final.")).contradiction());
        assertEquals("Canada drew 2-2 with Mexico in Toronto.",
                only("1-1", facts("Canada drew 1-1 with Mexico in Toronto.")).contradiction());
    }

    @Test
    void anOrdinalBecomesTheNextOne() {
        MarkedFact f = only("fourth", facts("Japan became the fourth nation to land a probe on the Moon."));
        assertEquals("Japan became the {answer} nation to land a probe on the Moon.", f.statement());
        assertEquals("Japan became the fifth nation to land a probe on the Moon.", f.contradiction());
    }

    @Test
    void theArticleBeforeAnAmountAgreesWithTheFalseValue() {
        assertEquals("Ferrari won with a 79th-lap overtake.", KeyPhrases.withArticle(
                "Ferrari won with an {answer}-lap overtake.", "79th"));
        assertEquals("Ferrari won with an 11th-lap overtake.", KeyPhrases.withArticle(
                "Ferrari won with a {answer}-lap overtake.", "11th"));
    }

    @Test
    void aBoundOrAQuotationOrADefiniteSubjectGivesNoAmount() {
        assertEquals(List.of(), facts("The Fed will lend banks up to $100 billion.").stream()
                .filter(f -> f.answerWords().get(0).contains("100")).toList());
        assertEquals(List.of(), facts("Smith said: “We grew 12% last year.”").stream()
                .filter(f -> f.answerWords().get(0).contains("12")).toList());
        assertEquals(List.of(), facts("The result meant both parties fell short of the 50% threshold.").stream()
                .filter(f -> f.answerWords().get(0).contains("50")).toList());
    }

    @Test
    void aPredicateAdjectiveIsNegatedWithNot() {
        MarkedFact f = only("compulsory", facts("In Australia, voting is compulsory."));
        assertEquals("In Australia, voting is {answer}.", f.statement());
        assertEquals("In Australia, voting is not compulsory.", f.contradiction());
    }

    @Test
    void theObjectOfANamedSubjectsVerbIsNegatedWithItsLemma() {
        MarkedFact f = only("a hat-trick", facts("Kylian Mbappe scored a hat-trick while Lionel Messi watched."));
        assertEquals("Kylian Mbappe scored {answer}.", f.statement());
        assertEquals("Kylian Mbappe did not score a hat-trick.", f.contradiction());
    }

    @Test
    void negationUsesTheAuxiliaryOrDoSupportAndNeverDoubles() {
        assertEquals(Optional.of("Parliament has not approved the budget."),
                KeyPhrases.negated("Parliament has approved the budget."));
        assertEquals(Optional.of("Marie Curie did not discover polonium."),
                KeyPhrases.negated("Marie Curie discovered polonium."));
        assertEquals(Optional.of("The central bank does not set interest rates."),
                KeyPhrases.negated("The central bank sets interest rates."));
        assertEquals(Optional.of("Membership would not require unanimous agreement."),
                KeyPhrases.negated("Membership would require unanimous agreement."));
        assertEquals(Optional.empty(), KeyPhrases.negated("The court did not find a violation."));
        assertEquals(Optional.empty(), KeyPhrases.negated("The court never found a violation."));
        assertEquals(Optional.empty(), KeyPhrases.negated("Officials could reach a deal."));
        // "Many analysts did not predict a recession" may be true as well: a quantified subject has no opposite here.
        assertEquals(Optional.empty(), KeyPhrases.negated("Before the vote in Ohio, many analysts predicted a recession."));
        assertEquals(Optional.empty(), KeyPhrases.negated("Some members of the Bundestag opposed the budget."));
    }

    @Test
    void aSentenceThatNegatesGivesNoPhrase() {
        assertEquals(List.of(), facts("Kylian Mbappe did not score a hat-trick."));
    }

    @Test
    void aPossessiveAfterANameStaysButAPronounSubjectDoesNot() {
        MarkedFact f = only("third", facts("Argentina clinched their third World Cup with a win over France."));
        assertEquals("Argentina clinched their {answer} World Cup with a win over France.", f.statement());
        assertEquals("Argentina clinched their fourth World Cup with a win over France.", f.contradiction());
        assertEquals(List.of(), facts("They clinched their third World Cup with a win over France."));
    }

    @Test
    void aPercentageKeepsTheComparisonItMakes() {
        MarkedFact f = only("60% less", facts("Acme Corp sold the plant for 60% less than the price paid in 2019."));
        assertEquals("Acme Corp sold the plant for {answer} than the price paid in 2019.", f.statement());
        assertEquals("Acme Corp sold the plant for 50% less than the price paid in 2019.", f.contradiction());
    }

    @Test
    void anApproximateAmountIsChangedBeyondWhatItsHedgeAllows() {
        MarkedFact f = only("nearly 30%", facts("Turnout in Lagos reached nearly 30% on election day."));
        assertEquals("Turnout in Lagos reached {answer} on election day.", f.statement());
        assertEquals("Turnout in Lagos reached nearly 60% on election day.", f.contradiction());
    }

    @Test
    void aMeasurementStaysNearItsValue() {
        MarkedFact f = only("1.5°C", facts("Global temperatures in Europe have risen by 1.5°C since 1850."));
        // "since 1850" limits the rise: the question writer keeps a since-phrase without a verb (cutting it would
        // change the claim), so only the amount changes.
        assertEquals("Global temperatures in Europe have risen by 1.8°C since 1850.", f.contradiction());
    }

    @Test
    void anAmountCoordinatedWithAnotherIsNotAskedAlone() {
        // Each would show the other beside its gap: "on the 40th and ___ days" all but says "41st".
        assertEquals(List.of(), facts("The Perseverance rover drilled samples on the 40th and 41st days of its "
                + "mission.").stream().filter(f -> f.answerWords().get(0).matches("4\\d.*")).toList());
        assertEquals(List.of(), facts("Exports from Vietnam rose 3.2% and 4.1% in the two quarters.").stream()
                .filter(f -> f.answerWords().get(0).contains("%")).toList());
    }

    @Test
    void anAmountInTheOpeningPhraseKeepsTheMainClauseAndIsNotPreTicked() {
        List<Proposal> found = new KeyPhrases(List.of(OPENING)).in(OPENING).stream()
                .filter(p -> p.fact().answerWords().equals(List.of("80.2%"))).toList();
        assertEquals(1, found.size(), found.toString());
        MarkedFact f = found.get(0).fact();
        assertEquals("With {answer} of the ballots counted, Mary Okafor had won 55.1%.", f.statement());
        assertEquals("With 70.2% of the ballots counted, Mary Okafor had won 55.1%.", f.contradiction());
        assertTrue(found.get(0).confidence() < Proposal.PRE_TICKED);
        // A pronoun after the opening phrase: who "she" is, the statement does not say.
        assertEquals(List.of(), facts("With 80.2% of the ballots counted, she had won 55.1%.").stream()
                .filter(x -> x.answerWords().equals(List.of("80.2%"))).toList());
    }

    private static final String OPENING = "With 80.2% of the ballots counted, Mary Okafor had won 55.1%, the "
            + "electoral commission said.";

    @Test
    void aShortQuotationOfANamedSpeakerIsAskedAndItsVerbNegated() {
        String s = "After the verdict, Maria Lopez tweeted “justice,” with a photo of the courthouse.";
        List<Proposal> found = new KeyPhrases(List.of(s)).in(s).stream()
                .filter(p -> p.fact().answerWords().equals(List.of("justice"))).toList();
        assertEquals(1, found.size(), found.toString());
        MarkedFact f = found.get(0).fact();
        assertEquals("Maria Lopez tweeted “{answer}”.", f.statement());
        assertEquals("Maria Lopez did not tweet “justice”.", f.contradiction());
        assertTrue(found.get(0).confidence() < Proposal.PRE_TICKED);
        assertEquals(List.of(), facts("After the verdict, she tweeted “justice,” with a photo."));
        assertEquals(List.of(), facts("Maria Lopez tweeted “the court has finally spoken today,” with a photo.")
                .stream().filter(x -> x.answerWords().get(0).contains("court")).toList());
    }
}
