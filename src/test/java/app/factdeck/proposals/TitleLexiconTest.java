package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The title/role lexicon on sentences from politics, business, science and sport. */
class TitleLexiconTest {

    private static String one(String sentence) {
        List<TitleLexicon.Titled> found = TitleLexicon.in(sentence);
        assertEquals(1, found.size(), sentence + " -> " + found);
        return found.get(0).person() + " | " + found.get(0).role();
    }

    @Test
    void aTitleBeforeTheName() {
        assertEquals("Dmytro Kuleba | Foreign Minister", one("Foreign Minister Dmytro Kuleba said the talks went well."));
        assertEquals("Narendra Modi | Prime Minister", one("It landed in the presence of Prime Minister Narendra Modi who joined."));
        assertEquals("Fumio Kishida | Prime Minister of Japan", one("Prime Minister of Japan Fumio Kishida arrived."));
        assertEquals("Volodymyr Zelensky | Ukrainian President",
                one("Ukrainian President Volodymyr Zelensky announced on Friday that his country is applying."));
        assertEquals("Gustavo Petro | Colombia’s President",
                one("On May 30, Colombia’s President Gustavo Petro announced a new cabinet."));
        assertEquals("Mette Larsen | Denmark's Foreign Minister",
                one("Denmark's Foreign Minister Mette Larsen arrived in Riga."));
    }

    @Test
    void anOrganisationBeforeALowerCaseTitle() {
        assertEquals("S Somanath | ISRO chief", one("As it landed, ISRO chief S Somanath said, “We have landed.”"));
        assertEquals("Colm Kelleher | UBS chairman", one("Speaking in Bern, UBS chairman Colm Kelleher said it was fine."));
        assertEquals("Didier Deschamps | France coach", one("France coach Didier Deschamps praised his players."));
    }

    @Test
    void aTitleAfterTheNameOrAfterAPossessive() {
        assertEquals("Andrii Yermak | head of the President’s Office",
                one("Andrii Yermak, head of the President’s Office, met the delegation."));
        assertEquals("Christine Lagarde | President of the European Central Bank",
                one("Responding to the news, Christine Lagarde, President of the European Central Bank said: “Good.”"));
        assertEquals("Karin Keller-Sutter | Switzerland’s finance minister",
                one("Switzerland’s finance minister, Karin Keller-Sutter said the bankruptcy would hurt."));
    }

    @Test
    void aFormerTitleOrAVagueOneIsNoRole() {
        assertTrue(TitleLexicon.in("Former President Jair Bolsonaro left the country.").isEmpty());
        assertTrue(TitleLexicon.in("The chief Engineer Team met on Monday.").isEmpty());
        assertTrue(TitleLexicon.in("Sweets were distributed as India conquered the Moon.").isEmpty());
    }

    @Test
    void aSpeakerOfAParliament() {
        assertEquals("Ruslan Stefanchuk | Speaker of the Parliament",
                one("Together with Speaker of the Parliament Ruslan Stefanchuk, he signed it."));
    }
}
