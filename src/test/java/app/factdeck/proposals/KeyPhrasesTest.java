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
    void aQuotationsGapAlsoAcceptsTheArticlesOtherWordingAfterTheSamePrepositionAndDescribingWord() {
        // "under an accelerated approach" and, elsewhere, "under an accelerated procedure": both are right (G2).
        String sentence = "Health Minister Ana Duarte announced that her government is closing the wards “under an "
                + "emergency plan.”";
        MarkedFact f = only("an emergency plan", facts(sentence, "“We act now, under an emergency procedure,” she said."));
        assertTrue(f.aliases().contains("an emergency procedure") && f.aliases().contains("emergency procedure"),
                f.aliases());
        // Another preposition, or another describing word, is another claim: not accepted.
        MarkedFact alone = only("an emergency plan", facts(sentence, "Nurses work under a new procedure.",
                "The wards opened after an emergency procedure."));
        assertTrue(!alone.aliases().contains("procedure"), alone.aliases());
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
    void aVerbsObjectWithABareNounSubjectIsAskedWithTheRestOfItsClause() {
        MarkedFact f = only("unanimous approval", facts("Membership would require unanimous approval from all 12 "
                + "club owners."));
        assertEquals("Membership would require {answer} from all 12 club owners.", f.statement());
        assertEquals("Membership would not require unanimous approval from all 12 club owners.", f.contradiction());
    }

    @Test
    void anObjectTheSameSubjectsVerbTakesElsewhereIsNotAsked() {
        // "Haaland scored ___" would have two keys: the hat-trick and the late penalty.
        assertTrue(facts("Erling Haaland scored a hat-trick while Kevin De Bruyne watched.",
                "Later, Haaland scored a late penalty.").stream()
                .noneMatch(f -> f.answerWords().equals(List.of("a hat-trick"))));
    }

    @Test
    void thePhraseAVerbsPrepositionTakesIsAskedAndTheVerbNegated() {
        MarkedFact f = only("a vote on the merger", facts("Acme Bank shareholders were deprived of a vote on the merger "
                + "and will receive one new share for every ten they own."));
        assertEquals("Acme Bank shareholders were deprived of {answer}.", f.statement());
        // "were not deprived of" reads as a double negative (a blind review, G5): the gap goes alone.
        assertEquals(null, f.contradiction());
        MarkedFact g = only("the northern coast", facts("Rescue teams in Chile stepped up searches along the northern "
                + "coast."));
        assertEquals("Rescue teams in Chile stepped up searches along {answer}.", g.statement());
        assertEquals("Rescue teams in Chile did not step up searches along the northern coast.", g.contradiction());
    }

    @Test
    void noPrepositionalPhraseThatIsANameADateOrVagueOrAfterADefiniteSubject() {
        assertTrue(facts("Shareholders voted on Friday.").isEmpty());
        assertTrue(facts("The defender was accused of a foul on the striker.").stream()
                .noneMatch(f -> f.answerWords().get(0).contains("foul")));
        assertTrue(facts("Acme Bank shareholders agreed to a number of changes.").stream()
                .noneMatch(f -> f.answerWords().get(0).contains("number")), "a general noun is not asked");
        assertTrue(facts("Kenya belongs to the East African Community.").stream()
                .noneMatch(f -> f.answerWords().get(0).contains("Community")), "a name is the names' kind");
        assertTrue(facts("Acme Bank shareholders were not deprived of a vote on the merger.").isEmpty());
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
                + "mission.").stream().filter(f -> f.answerWords().get(0).matches("4\\d(?:st|th)")).toList());
        assertEquals(List.of(), facts("Exports from Vietnam rose 3.2% and 4.1% in the two quarters.").stream()
                .filter(f -> f.answerWords().get(0).contains("%")).toList());
    }

    @Test
    void anAmountInTheOpeningPhraseKeepsTheMainClauseAndIsNotPreTicked() {
        List<Proposal> found = new KeyPhrases(List.of(OPENING)).in(OPENING).stream()
                .filter(p -> p.fact().answerWords().equals(List.of("38.5%"))).toList();
        assertEquals(1, found.size(), found.toString());
        MarkedFact f = found.get(0).fact();
        assertEquals("With {answer} of the vote, Mary Okafor won the mayoral race.", f.statement());
        assertEquals("With 48.5% of the vote, Mary Okafor won the mayoral race.", f.contradiction());
        assertTrue(found.get(0).confidence() < Proposal.PRE_TICKED);
        // A pronoun after the opening phrase: who "she" is, the statement does not say.
        assertEquals(List.of(), facts("With 38.5% of the vote, she won the mayoral race.").stream()
                .filter(x -> x.answerWords().equals(List.of("38.5%"))).toList());
    }

    private static final String OPENING = "With 38.5% of the vote, Mary Okafor won the mayoral race, the "
            + "electoral commission said.";

    @Test
    void howMuchOfACountWasDoneIsAReportingDetailNotAFact() {
        // The third blind review: "With 99.55% of the count completed" tests the reporting, not the news (G9).
        assertEquals(List.of(), facts("With 80.2% of the ballots counted, Mary Okafor had won 55.1%, the "
                + "electoral commission said.").stream().filter(x -> x.answerWords().equals(List.of("80.2%"))).toList());
    }

    @Test
    void anAmountThatAnotherFigureOfTheArticleAlsoFitsIsNotAsked() {
        // "Okafor had secured ___" fits the first round's 41% as well as the runoff's 55.1% (G2).
        String runoff = "With 80.2% of the ballots counted, Mary Okafor had secured 55.1%, the electoral commission "
                + "said.";
        String first = "In the first round, Okafor, who secured 41%, led a field of six.";
        List<Proposal> found = new KeyPhrases(List.of(first, runoff)).in(runoff);
        assertTrue(found.stream().noneMatch(p -> p.fact().answerWords().equals(List.of("55.1%"))), found.toString());
        // Alone in its article, the same figure is asked.
        assertTrue(new KeyPhrases(List.of(runoff)).in(runoff).stream()
                .anyMatch(p -> p.fact().answerWords().equals(List.of("55.1%"))));
    }

    @Test
    void aPossessiveAloneDoesNotFrameAnAmount() {
        // "clinched their ___" is not fitted by "to their first title" elsewhere: "their" says nothing of the amount.
        String final_ = "Spain clinched their fourth European Championship with a 2-1 win over England.";
        String other = "The coach led Spain to their first title in 2008.";
        assertEquals(1, new KeyPhrases(List.of(final_, other)).in(final_).stream()
                .filter(p -> p.fact().answerWords().equals(List.of("fourth"))).count());
    }

    @Test
    void aFigureSaidTwoWaysIsAskedByItsFirstForm() {
        // "or 57,976,538 votes" is the same result as a count, not a second percentage beside the gap.
        MarkedFact f = only("41.3%", facts("Rivera received 41.3% or 2,145,880 votes."));
        assertEquals("Rivera received {answer} or 2,145,880 votes.", f.statement());
        // Two percentages joined by "or" stay unasked: each would stand beside the other's gap.
        assertEquals(List.of(), facts("Rivera received 41.3% or 44.1% in the two polls.").stream()
                .filter(x -> x.answerWords().get(0).contains("%")).toList());
    }

    @Test
    void aCoordinatedPairOfOrdinalsIsAskedAsThePair() {
        MarkedFact f = only("55th and 58th", facts("Sam Kerr scored twice for Chelsea in the 55th and 58th minutes."));
        assertEquals("Sam Kerr scored twice for Chelsea in the {answer} minutes.", f.statement());
        // Both move, so no part of the false item is true.
        assertEquals("Sam Kerr scored twice for Chelsea in the 45th and 48th minutes.", f.contradiction());
    }

    @Test
    void aCapIsAskedWithItsBoundKeptBeforeTheGap() {
        MarkedFact f = only("2 billion euros", facts("Brussels approved a fund for Greek farmers of up to 2 billion "
                + "euros."));
        assertEquals("Brussels approved a fund for Greek farmers of up to {answer}.", f.statement());
        assertEquals("Brussels approved a fund for Greek farmers of up to 4 billion euros.", f.contradiction());
        // A lower bound has no false item: any smaller figure is "more than" too.
        assertEquals(List.of(), facts("Shell paid more than 2 billion euros for the Dutch wind farm.").stream()
                .filter(x -> x.answerWords().get(0).contains("billion")).toList());
    }

    @Test
    void anAmountInANamesRelativeClauseIsAskedWithTheNameAsSubject() {
        MarkedFact f = only("44.5°C", facts("Forecasters issued a warning for the Po Valley, which recorded 44.5°C "
                + "above the seasonal average."));
        assertEquals("The Po Valley recorded {answer} above the seasonal average.", f.statement());
        assertEquals("The Po Valley recorded 53.4°C above the seasonal average.", f.contradiction());
        // "which" after "of …" may be the larger phrase's: not rewritten.
        assertEquals(List.of(), facts("Rain fell on the capital of Peru, which recorded 44.5°C last week.").stream()
                .filter(x -> x.answerWords().get(0).contains("44.5")).toList());
    }

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
