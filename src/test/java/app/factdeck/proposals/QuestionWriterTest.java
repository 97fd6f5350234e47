package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Questions written in place: the clause is cut after the answer, and what would not stand alone is refused. */
class QuestionWriterTest {

    private static Optional<String> ask(String sentence, String answer, String wh) {
        int at = sentence.indexOf(answer);
        return QuestionWriter.inPlace(sentence, at, at + answer.length(), wh);
    }

    @Test
    void theAnswerIsReplacedWhereItStandsAndTheClauseCut() {
        assertEquals(Optional.of("The Vikram lander landed in the presence of Narendra Modi who joined from which country?"),
                ask("The Vikram lander landed in the presence of Narendra Modi who joined from South Africa where he "
                        + "is attending a summit.", "South Africa", "which country"));
        assertEquals(Optional.of("Which country invaded Ukraine on February 24, 2022?"),
                ask("Russia invaded Ukraine on February 24, 2022, launching the largest campaign.", "Russia",
                        "which country"));
        assertEquals(Optional.of("The hospital treated how many patients last winter?"),
                ask("The hospital treated 4,500 patients last winter, its director said.", "4,500", "how many"));
    }

    @Test
    void aClosingPhraseThatOnlyPointsBackGoesAndAnyOtherPointingWordIsRefused() {
        assertEquals(Optional.of("Which countries issued a joint statement supporting Ukraine?"),
                ask("Canada and Poland issued a joint statement supporting Ukraine on this path.", "Canada and Poland",
                        "which countries"));
        // Pointing back anywhere else, the clause does not stand alone.
        assertEquals(Optional.empty(), ask("Canada and Poland issued this statement on Monday.", "Canada and Poland",
                "which countries"));
        // After the answer, the closing phrase goes the same way; one before it stays, and is refused.
        assertEquals(Optional.of("The team trained in which city?"), ask("The team trained in Riverton on that day.",
                "Riverton", "which city"));
        assertEquals(Optional.empty(), ask("The team trained on this pitch in Riverton.", "Riverton", "which city"));
    }

    @Test
    void aLeadingPhraseIsDroppedAndALeadingWhMovesToTheEnd() {
        assertEquals(Optional.of("Mbappe won the Golden Boot with how many goals?"),
                ask("With his treble, Mbappe won the Golden Boot with eight goals.", "eight", "how many"));
        assertEquals(Optional.of("The council approved the new budget on what date?"),
                ask("On 5 May 2024, the council approved the new budget.", "On 5 May 2024", "on what date"));
    }

    @Test
    void pronounsNegationsQuotationsAndHalfClausesAreRefused() {
        assertTrue(ask("He travelled to Kenya in June.", "Kenya", "which country").isEmpty());
        assertTrue(ask("The team did not play in Spain this year.", "Spain", "which country").isEmpty());
        assertTrue(ask("She said: “We flew to Chile and back.”", "Chile", "which country").isEmpty());
        assertTrue(ask("Speaking in Bern, the chairman praised the deal.", "Bern", "which city").isEmpty());
        assertTrue(ask("Before Norway joined the league, it was small.", "Norway", "which country").isEmpty());
        assertTrue(ask("Troops may go to Poland if the alliance, including others, fails.", "Poland",
                "which country").isEmpty());
        assertTrue(ask("Since then, many countries have backed Peru.", "Peru", "which country").isEmpty());
    }

    @Test
    void whoSaidKeepsTheQuotationsWords() {
        assertEquals(Optional.of("Who said “The conference produced significant results”?"),
                QuestionWriter.whoSaid("said", "“The conference produced significant results,”"));
        assertTrue(QuestionWriter.whoSaid("said", "“Yes.”").isEmpty(), "too short to know what is asked");
        // The quotation's closing full stop goes: “…in March”?, not “…in March.”?
        assertEquals(Optional.of("Who stated “The new stadium will open in March”?"),
                QuestionWriter.whoSaid("stated", "“The new stadium will open in March.”"));
    }

    @Test
    void timesOnlyTheArticlesDateResolvesAreDropped() {
        assertEquals("The mayor said in Leeds that the bridge would reopen.",
                QuestionWriter.selfContained("The mayor said in Leeds on Friday that the bridge would reopen."));
        assertEquals("Delegates agreed to the treaty.",
                QuestionWriter.selfContained("On Wednesday, delegates agreed to the treaty."));
        assertEquals("Porto won the cup final at the Dragao Stadium.",
                QuestionWriter.selfContained("Porto won the cup final at the Dragao Stadium on Sunday."));
        assertEquals("The festival takes place in Galway.",
                QuestionWriter.selfContained("The festival takes place in Galway in July."));
        assertEquals("Speaking in the Danish capital Copenhagen, the chairman praised the merger.",
                QuestionWriter.selfContained("Speaking this evening in the Danish capital Copenhagen, the "
                        + "chairman praised the merger."));
        assertEquals("Ministers will meet in Oslo, Norway, to sign it.",
                QuestionWriter.selfContained("Ministers will meet in Oslo, Norway, next month, to sign it."));
        assertEquals("The coach said in Turin that the team was ready.", QuestionWriter.withoutAlso(
                QuestionWriter.selfContained("The coach also said in Turin on Monday that the team was ready.")));
        String butAlso = "The plan covers not only roads but also bridges.";
        assertEquals(butAlso, QuestionWriter.withoutAlso(butAlso));
        assertEquals("The party won the election, officials said.",
                QuestionWriter.selfContained("The party won the election Sunday, officials said."));
    }

    @Test
    void datesWithTheirYearQuotationsAndAWeekdaySubjectStay() {
        String dated = "The council met on 5 May 2024 in York.";
        assertEquals(dated, QuestionWriter.selfContained(dated));
        String quoted = "She said: “We will sign it on Monday in Rome.”";
        assertEquals(quoted, QuestionWriter.selfContained(quoted));
        String subject = "Friday is day 40 of the strike.";
        assertEquals(subject, QuestionWriter.selfContained(subject));
        String july = "The games open in July 2028 in Los Angeles.";
        assertEquals(july, QuestionWriter.selfContained(july));
    }

    @Test
    void itsIsReadAsTheOneNameBetweenTheQuestionWordAndIt() {
        assertEquals(Optional.of("In 2024 the ministers of which countries asked for more aid to Chile and backed its "
                + "membership in the OECD?"),  ask("In 2024 the ministers of Peru, Bolivia and Ecuador asked for more aid "
                + "to Chile and backed its membership in the OECD.", "Peru, Bolivia and Ecuador", "which countries"));
        assertEquals(Optional.empty(), ask("Some OECD members may send aid to Chile if its members agree at the summit "
                + "in Lima.", "Lima", "which city"), "two names before 'its': whose is it?");
    }

    @Test
    void aQuestionWordBeforeAGerundIsNoQuestion() {
        assertEquals(Optional.empty(), ask("Peru scored first when Ana Ruiz was fouled, with Marta Gomez sending the "
                + "goalkeeper the wrong way.", "Marta Gomez", "whom"));
    }
}
