package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.MarkedFact.Kind;
import app.factdeck.content.Gazetteer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** G9: the abbreviation spelled out, the article's own topic, the background line every reader knows. */
class WorthAskingTest {

    private static final NameFinder NAMES = new NameFinder(Gazetteer.builtIn().merge(Map.of()));
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);

    /** A drought article: Kenya in most sentences, Ethiopia and Germany once each. */
    private static final List<String> DROUGHT = List.of(
            "Kenya declared a national drought emergency on Tuesday.",
            "The drought has hit northern Kenya hardest, officials said.",
            "Germany pledged 40 million euros in aid to Kenya.",
            "Herders in Kenya have lost half of their cattle.",
            "Ethiopia reported similar losses across its southern regions.",
            "Rainfall in Kenya was the lowest on record.",
            "Kenya gained independence on 12 December 1963, after decades of British rule.");

    /** A tennis final: two finalists, each named as often as the other. */
    private static final List<String> FINAL = List.of(
            "Spain beat Italy 2-1 in the Davis Cup final in Malaga.",
            "Italy had led after the first singles match.",
            "Spain levelled through its top player.",
            "Spain won the deciding doubles, and Italy protested a line call.");

    private static Proposal what(String sentence, String answer, String question) {
        return new Proposal("k", new MarkedFact(null, Kind.WHAT, sentence, List.of(answer), "country", "", "", null,
                question, null, null, null, null, null), 0.7, "test");
    }

    private static WorthAsking read(List<String> sentences) {
        return new WorthAsking(sentences, NAMES, List.of(), PUBLISHED);
    }

    @Test
    void howManyUnnamedSourcesSpokeIsNotAsked() {
        // "{Four} diplomats indicated that …": failed by two blind reviews as sourcing trivia (G9).
        assertTrue(WorthAsking.countOfSources("Four diplomats indicated that the ministers had agreed a plan.", "Four"));
        assertTrue(WorthAsking.countOfSources("Officials said that two senior officials told the agency so.", "two"));
        assertTrue(!WorthAsking.countOfSources("Four diplomats were expelled from the embassy on Monday.", "Four"),
                "diplomats who are the news, not its source");
        assertTrue(!WorthAsking.countOfSources("The storm killed 12 people, officials said.", "12"),
                "the count is the news; the officials come after it");
    }

    @Test
    void theArticlesOwnTopicIsNotAskedButAnotherCountryIs() {
        WorthAsking worth = read(DROUGHT);
        assertEquals(Optional.of("the article's own topic"),
                worth.trivial(what(DROUGHT.get(2), "Kenya", "Germany pledged 40 million euros in aid to which country?")));
        assertEquals(Optional.empty(),
                worth.trivial(what(DROUGHT.get(2), "Germany", "Which country pledged 40 million euros in aid to Kenya?")));
    }

    @Test
    void aTopicWithARivalOfItsKindIsAFairAnswer() {
        WorthAsking worth = read(FINAL);
        assertEquals(Optional.empty(),
                worth.trivial(what(FINAL.get(0), "Spain", "Which country beat Italy 2-1 in the Davis Cup final?")));
    }

    @Test
    void aBackgroundLineNamingTheTopicIsNotAsked() {
        WorthAsking worth = read(DROUGHT);
        Proposal when = new Proposal("k", new MarkedFact(null, Kind.WHEN, DROUGHT.get(6), List.of("12 December 1963"),
                "", "", "", null, "Kenya gained independence on what date?", null, "Kenya gained independence",
                "1963-12-12", null, null), 0.45, "test");
        assertEquals(Optional.of("background every reader knows"), worth.trivial(when));
        Proposal recent = new Proposal("k", new MarkedFact(null, Kind.WHEN, DROUGHT.get(0), List.of("Tuesday"),
                "", "", "", null, "Kenya declared a national drought emergency on what date?", null, null, null, null,
                null), 0.55, "test");
        assertEquals(Optional.empty(), worth.trivial(recent), "the article's own news, not background");
    }

    @Test
    void aRecentBackgroundLineGivesItsDateButNotWhoDidIt() {
        List<String> war = new java.util.ArrayList<>(DROUGHT.subList(0, 6));
        war.add("Kenya sent troops to Somalia on 14 October 2022, launching its largest operation in decades.");
        WorthAsking worth = read(war);
        Proposal when = new Proposal("k", new MarkedFact(null, Kind.WHEN, war.get(6), List.of("14 October 2022"), "",
                "", "", null, "Kenya sent troops to Somalia on what date?", null, "Kenya sent troops to Somalia",
                "2022-10-14", null, null), 0.45, "test");
        assertEquals(Optional.empty(), worth.trivial(when), "sixteen months before: the story's own cause");
        assertEquals(Optional.of("background every reader knows"), worth.trivial(what(war.get(6), "Somalia",
                "Kenya sent troops to which country on 14 October 2022?")));
    }

    @Test
    void anAbbreviationTheSentenceSpellsOutIsNotAsked() {
        WorthAsking worth = read(DROUGHT);
        Proposal p = new Proposal("k", new MarkedFact(null, Kind.WHAT,
                "The World Food Programme (WFP) flew in 300 tonnes of grain.", List.of("World Food Programme"),
                "organisation", "", "", null, "What does WFP stand for?", "WFP stands for {answer}.", null, null,
                null, null), 0.8, "test");
        assertTrue(worth.trivial(p).isPresent());
    }

    @Test
    void aBareTitleTheArticleGivesAnotherOfficeIsNotAsked() {
        List<String> sentences = List.of("President Amara Diallo opened the forum.",
                "Forum President Jean Okafor closed it.");
        Proposal role = new Proposal("k", new MarkedFact(null, Kind.ROLE, sentences.get(0), List.of("Amara Diallo"),
                "person", "", "", "President", null, null, null, null, null, null), 0.5, "test");
        assertTrue(read(sentences).trivial(role).isPresent());
        assertEquals(Optional.empty(), read(List.of(sentences.get(0), "The forum closed.")).trivial(role),
                "the only president the article names");
    }
}
