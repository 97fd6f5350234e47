package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.MarkedFact.Kind;
import app.factdeck.content.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Gaps in the whole sentence, through the proposer, on invented sentences of several topics. */
class SentenceGapsTest {

    /** The whole-sentence gaps the proposer gives an article of these sentences, all shown unticked. */
    private static List<MarkedFact> gaps(String... sentences) {
        return Proposing.propose(sentences).stream().filter(p -> p.reason().startsWith("a gap for"))
                .peek(p -> assertFalse(p.preTicked(), "a whole-sentence gap is shown unticked: " + p))
                .map(Proposal::fact).toList();
    }

    /**
     * The gaps of {@code sentence} itself, as if no other shape asked anything in it; the article's other sentences
     * say who its people are and what its topic is.
     */
    private static List<MarkedFact> direct(String sentence, String... others) {
        List<String> all = new ArrayList<>(List.of(others));
        all.add(0, sentence);
        NameFinder names = new NameFinder(Gazetteer.builtIn().merge(Proposing.ENTITIES.entities()));
        // As the proposer reads them: titled people, and runs of name words (the proposer also asks that the
        // surname stands alone somewhere; these sentences are written so that it does).
        List<String> people = all.stream().flatMap(x -> java.util.stream.Stream.concat(names.peopleIn(x).stream(),
                names.untypedRuns(x).stream())).distinct().toList();
        SentenceGaps gaps = new SentenceGaps(new KeyPhrases(all), new NamedGaps(all), List.of(), people,
                Gazetteer.builtIn());
        return gaps.in(sentence, sentence, names.in(sentence, people), List.of(), Proposing.PUBLISHED).stream()
                .map(Proposal::fact).toList();
    }

    private static Optional<MarkedFact> gapOn(List<MarkedFact> facts, String answer) {
        return facts.stream().filter(f -> f.answerWords().equals(List.of(answer))).findFirst();
    }

    @Test
    void anAmountIsAGapInTheWholeSentenceWithAFalseValueTheArticleNeverWrites() {
        String s = "In the runoff, Maria Costa had won 52.4%, according to the Electoral Commission.";
        List<MarkedFact> facts = direct(s, "Maria Costa won 44% in the first round of the vote.");
        // The whole sentence says which round: "Maria Costa had won {answer}" alone would fit 44% too.
        MarkedFact won = gapOn(facts, "52.4%").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals(Kind.PHRASE, won.kind());
        assertEquals(s.replace("52.4%", "{answer}"), won.statement());
        assertNotNull(won.contradiction());
        assertFalse(won.contradiction().contains("52.4%"));
        assertFalse(won.contradiction().contains("44%"), "a value the article writes elsewhere is no false value");
        assertTrue(won.contradiction().startsWith("In the runoff, Maria Costa had won "), won.contradiction());
        assertTrue(won.contradiction().endsWith(", according to the Electoral Commission."), won.contradiction());
    }

    @Test
    void aShareBesideAnotherShareHasNoFalseValue() {
        // "Lula garnered 48% compared to Bolsonaro's 43%" → "58% … 43%" is over 100 and "53% … 48%" no clear win:
        // the other share shows the false item false (a blind review, G6). The gap stays.
        String s = "In the runoff, Maria Costa had won 52.4%, ahead of the 31.9% of Tomas Reyes, according to the "
                + "Electoral Commission.";
        List<MarkedFact> facts = direct(s, "Maria Costa won 44% in the first round of the vote.");
        MarkedFact won = gapOn(facts, "52.4%").orElseThrow(() -> new AssertionError(facts.toString()));
        assertNull(won.contradiction(), won.toString());
    }

    @Test
    void aNameIsAGapWithoutAFalseItem() {
        String s = "Opposition leader Ana Ruiz conceded defeat in a speech to supporters in Portugal.";
        List<MarkedFact> facts = direct(s, "The vote count ended on Sunday night.", "Turnout was the highest in years.");
        MarkedFact portugal = gapOn(facts, "Portugal").orElseThrow(() -> new AssertionError(facts.toString()));
        assertNull(portugal.contradiction(), "another country swapped in would be unstated, not ruled out");
        assertEquals(s.replace("Portugal", "{answer}"), portugal.statement());
        assertEquals(s, portugal.sentence());
    }

    @Test
    void aSurnameTheSentenceWritesIsNoAcceptedWording() {
        List<MarkedFact> facts = gaps("Coach Lena Park praised the captain, Ana Ruiz, after the final in Porto.",
                "Ruiz thanked Lena Park and the supporters who travelled to Porto.");
        for (MarkedFact f : facts) {
            String around = f.statement().replace("{answer}", " ");
            for (String alias : f.aliases().split(",\\s*")) {
                assertTrue(alias.isBlank() || !around.contains(alias), f.toString());
            }
        }
    }

    @Test
    void aSentenceLeaningOnTheOneBeforeGivesNoGap() {
        assertEquals(List.of(), gaps("He said the plant in Gdansk would employ 4,500 people by 2027."));
        assertEquals(List.of(), gaps("This raised the bank's losses to 3.2% in the second quarter."));
        assertEquals(List.of(), gaps("And that it is a decision for the board in Gdansk to make by 2027."));
    }

    @Test
    void anOpeningConnectiveThatPointsAtNoOneIsLeftOutOfTheGapsText() {
        String s = "For example, the plant in Gdansk will employ 4,500 people by 2027.";
        List<MarkedFact> facts = gaps(s);
        MarkedFact f = gapOn(facts, "4,500").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals(s, f.sentence(), "the fact cites the sentence as written");
        assertEquals("The plant in Gdansk will employ {answer} people by 2027.", f.statement());
        List<MarkedFact> earlier = gaps("Earlier, four engineers in Gdansk said the plant would open by 2027.");
        MarkedFact four = gapOn(earlier, "four").orElseThrow(() -> new AssertionError(earlier.toString()));
        assertEquals("{answer} engineers in Gdansk said the plant would open by 2027.", four.statement(),
                "the key is 'four' as the sentence writes it");
        assertEquals("4", four.aliases(), "a student may type the digits");
        assertEquals(List.of(), gaps("Therefore, the plant in Gdansk will employ 4,500 people by 2027."),
                "'Therefore' leans on the reason the sentence before gives");
    }

    @Test
    void aNegationDeniesOnlyItsOwnClause() {
        List<MarkedFact> facts = direct("Ana Ruiz scored twice in Porto, but she was not celebrating as her team "
                + "lost the final to Benfica for the first time since 1994.", "Ruiz spoke in Lisbon.");
        assertTrue(gapOn(facts, "1994").isPresent(), "after 'as her team …' the negation is over: " + facts);
        List<MarkedFact> denied = direct("The ministers did not extend a formal invitation to Ukraine at the "
                + "meeting in Oslo.", "Ana Ruiz spoke in Oslo.");
        assertTrue(gapOn(denied, "Ukraine").isEmpty(), "'did not extend an invitation to {answer}': " + denied);
        List<MarkedFact> which = direct("Ana Ruiz did not present her plan at the upcoming summit in Madrid.",
                "Ruiz spoke in Kenya.");
        assertTrue(gapOn(which, "Madrid").isPresent(), "'the summit in {answer}' says which summit: " + which);
        List<MarkedFact> where = direct("Ana Ruiz did not present her plan in Madrid.", "Ruiz spoke in Kenya.");
        assertTrue(gapOn(where, "Madrid").isEmpty(), "'did not present it in {answer}' fits any city: " + where);
        List<MarkedFact> compared = direct("Inflation in Chile was not as high as the 7.5% of 2022.");
        assertTrue(gapOn(compared, "7.5%").isEmpty(), "'not as high as' is a comparison: " + compared);
    }

    @Test
    void aBackPointingNounIsResolvedByTheOneNameOfItsKindBeforeItAndANamedEventIsNoBackReference() {
        List<MarkedFact> facts = direct("Ana Ruiz beat Tomas Reyes in Portugal's regional election in what some "
                + "called the country's closest vote in decades.", "Reyes congratulated Ruiz at a rally.");
        assertTrue(gapOn(facts, "Tomas Reyes").isPresent(), facts.toString());
        assertEquals(List.of(), direct("Ana Ruiz beat Tomas Reyes in Portugal and Spain in what some called the "
                + "country's closest vote in decades.", "Reyes congratulated Ruiz at a rally."), "two countries");
        List<MarkedFact> summit = direct("Ana Ruiz spoke by video from Kenya, where she is attending the BRICS "
                + "summit.", "Ruiz spoke in Madrid.");
        assertTrue(gapOn(summit, "Kenya").isPresent(), "'the BRICS summit' names the summit: " + summit);
        assertEquals(List.of(), direct("Ana Ruiz spoke by video from Kenya, where she is attending the summit.",
                "Ruiz spoke in Madrid."), "'the summit' alone points back");
    }

    @Test
    void aFragmentACityWithItsCountryAndAPairOfCountriesAreNoGaps() {
        assertEquals(List.of(), gaps("For example, Portugal, which has been very active in providing aid to Chile."));
        List<MarkedFact> facts = direct("Ana Ruiz will attend a key summit in Madrid, Spain, in May 2025.",
                "Ruiz spoke in Kenya.");
        assertTrue(gapOn(facts, "Madrid").isEmpty(), "'in _____, Spain' gives the capital away: " + facts);
        assertTrue(gapOn(facts, "Spain").isEmpty(), "'Madrid, _____' gives the country away: " + facts);
        assertTrue(gapOn(facts, "May 2025").isPresent(), facts.toString());
        List<MarkedFact> pair = direct("Ana Ruiz said the same rules should apply to Chile and Peru in 2025.",
                "Ruiz spoke in Kenya.");
        assertTrue(gapOn(pair, "Chile").isEmpty() && gapOn(pair, "Peru").isEmpty(),
                "a country paired with another is guessed from the pairing: " + pair);

    }

    @Test
    void wordsInsideAQuotationAreAGapOnlyWhenTheSentenceNamesWhoSpoke() {
        List<MarkedFact> unsaid = direct("A report in Spain says: “We will hire 4,500 engineers by 2027 in Madrid.”");
        assertTrue(unsaid.stream().noneMatch(f -> f.answerWords().contains("4,500") || f.answerWords().contains("2027")
                || f.answerWords().contains("Madrid")), unsaid.toString());
        String s = "Maria Costa expected Orion Energy “to hire 4,500 engineers in Madrid by 2027.”";
        List<MarkedFact> said = direct(s, "Costa spoke in Kenya.");
        MarkedFact madrid = gapOn(said, "Madrid").orElseThrow(() -> new AssertionError(said.toString()));
        assertEquals("Maria Costa expected Orion Energy “to hire 4,500 engineers in {answer} by 2027”.",
                madrid.statement(), "the quotation kept word for word, the full stop moved outside it");
    }

    @Test
    void anAmountBeforeANegationHasNoFalseItemAndNothingAfterItIsAGap() {
        List<MarkedFact> facts = gaps("In Chile 4.2% of workers did not vote in 2023, the central bank of Chile "
                + "reported.");
        MarkedFact f = gapOn(facts, "4.2%").orElseThrow(() -> new AssertionError(facts.toString()));
        assertNull(f.contradiction(), "with 'not' in the sentence, another value may be true as well");
        assertTrue(gapOn(facts, "2023").isEmpty(), "'did not vote in {answer}' is true of other years: " + facts);
    }

    @Test
    void aLongExactCountIsRoteAndNotAsked() {
        List<MarkedFact> facts = gaps("The Liberal Party of Canada received 12,345,678 votes in the federal election "
                + "in 2021.");
        assertTrue(gapOn(facts, "12,345,678").isEmpty(), facts.toString());
    }

    @Test
    void theAdjectiveAClauseEndsOnIsAGapButNotAPhraseWithParaphrases() {
        List<MarkedFact> facts = gaps("Around 9 million residents of Belgium may vote, and voting is compulsory.",
                "Ana Ruiz scored a stunning hat-trick while Lena Park added two assists in Porto.");
        assertTrue(gapOn(facts, "compulsory").isPresent(), facts.toString());
        assertTrue(gapOn(facts, "a stunning hat-trick").isEmpty(), facts.toString());
    }

    @Test
    void aSurnameAloneIsAcceptedForAPersonNamedInFullUnlessAnotherPersonSharesIt() {
        String s = "Finance Minister Ana Ruiz narrowly beat Tomas Reyes in the regional election in Portugal.";
        List<MarkedFact> facts = direct(s, "Reyes congratulated the winner at a rally.");
        MarkedFact reyes = gapOn(facts, "Tomas Reyes").orElseThrow(() -> new AssertionError(facts.toString()));
        assertTrue(List.of(reyes.aliases().split(",\\s*")).contains("Reyes"), reyes.aliases());
        List<MarkedFact> twins = direct("Finance Minister Ana Ruiz narrowly beat Maria Ruiz in the regional election "
                + "in Portugal.", "Maria Ruiz congratulated the winner at a rally.");
        MarkedFact maria = gapOn(twins, "Maria Ruiz").orElseThrow(() -> new AssertionError(twins.toString()));
        assertFalse(List.of(maria.aliases().split(",\\s*")).contains("Ruiz"), maria.aliases());
    }

    @Test
    void aSentenceThatLeansOnTimeOrAThingNamedBeforeAndAReportingDetailGiveNoGap() {
        assertEquals(List.of(), direct("A minute later, Ana Ruiz scored again in Porto to win 3-2."));
        assertEquals(List.of(), direct("Ana Ruiz said Portugal will play a decisive role in that future by 2050."));
        List<MarkedFact> facts = direct("With 80% of the count completed, Ana Ruiz had won 52.4% in Portugal.");
        assertTrue(gapOn(facts, "80%").isEmpty(), facts.toString());
        assertTrue(gapOn(facts, "52.4%").isPresent(), facts.toString());
    }

    @Test
    void aNameOpeningWithADemonymIsNoGap() {
        List<MarkedFact> facts = direct("Ana Ruiz said the Portuguese Armed Forces and the Porto Institute would "
                + "train together in Lisbon.", "Ruiz spoke in Lisbon.");
        assertTrue(gapOn(facts, "Portuguese Armed Forces").isEmpty(), facts.toString());
    }

    @Test
    void aMemberOfALongListAndACityStandingForItsGovernmentAreNoGaps() {
        List<MarkedFact> facts = gaps("On 4 March 2024 the presidents of Chile, Peru, Bolivia and Ecuador met in "
                + "Lima to sign a trade accord.", "Brazil asked Lima for a copy of the accord in writing.");
        assertTrue(facts.stream().noneMatch(f -> List.of("Chile", "Peru", "Bolivia", "Ecuador")
                .contains(f.answerWords().get(0))), facts.toString());
        assertTrue(gapOn(facts, "Lima").map(f -> f.sentence().startsWith("On 4 March")).orElse(true),
                "Lima is asked only where it is a place: " + facts);
    }

    @Test
    void aBackReferenceAGlossInBracketsAndAnAcronymAfterTheGapAreNoGaps() {
        assertTrue(gaps("Around 9 million voters live in the country, where 40% of them vote by post.").isEmpty());
        assertTrue(gaps("The Spanish striker scored twice in the 56th and 71st minutes in Madrid.").isEmpty());
        List<MarkedFact> facts = gaps("Norsk Hydro agreed to buy Alunor for 2 billion kroner (€180 million), 30% "
                + "less than the European Space Agency (ESA) had offered.");
        assertTrue(gapOn(facts, "€180 million").isEmpty(), facts.toString());
        assertTrue(gapOn(facts, "European Space Agency").isEmpty(), facts.toString());
    }

    @Test
    void noSentenceGivesMoreThanTheCapOfFacts() {
        List<MarkedFact> facts = gaps("In 2019, Ana Ruiz, Lena Park, Tomas Reyes, Maria Costa and Olaf Berger "
                + "founded the Porto Institute with 12 engineers, 3.5 million euros and 40% of the shares.");
        assertTrue(facts.size() <= SentenceGaps.MAX_PER_SENTENCE, facts.toString());
    }

    @Test
    void theyOpeningASentenceIsTheTeamTheSentenceBeforeOpensWith() {
        List<MarkedFact> facts = gaps("Peru had dominated the opening stages in Lima.",
                "They scored first when Ana Ruiz was fouled by Tomas Reyes in the 23rd minute.");
        MarkedFact reyes = gapOn(facts, "Tomas Reyes").orElseThrow(() -> new AssertionError(facts.toString()));
        assertTrue(reyes.statement().startsWith("Peru scored first when Ana Ruiz was fouled by {answer}"),
                reyes.statement());
        assertTrue(reyes.sentence().startsWith("They scored first"), "the fact cites the sentence as written");
        List<MarkedFact> pair = gaps("Peru and Chile drew 2-2 in Lima.",
                "They scored first when Ana Ruiz was fouled by Tomas Reyes in the 23rd minute.");
        assertTrue(gapOn(pair, "Tomas Reyes").isEmpty(), "two teams: 'They' says neither: " + pair);
    }

    @Test
    void anUntypedRunOfNameWordsIsAGapAndOnlyAPersonLikeOneAcceptsItsSurname() {
        List<MarkedFact> facts = direct("In the shoot-out, Kalle Virtanen and Jonas Lindqvist missed their kicks, "
                + "and the Silver Ball went to their Real Betis teammate.");
        MarkedFact kalle = gapOn(facts, "Kalle Virtanen").orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals(List.of("Virtanen"), List.of(kalle.aliases().split(",\\s*")));
    }

    @Test
    void aParticleBeforeTheSurnameIsPartOfTheGap() {
        List<MarkedFact> facts = gaps("Ana Ruiz crossed the ball to the far post where Marco van Basten struck a shot "
                + "past the keeper in Madrid.", "Van Basten was voted player of the match in Madrid.");
        assertTrue(facts.stream().noneMatch(f -> f.statement().contains("van {answer}")), facts.toString());
    }
}
