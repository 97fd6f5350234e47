package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Gazetteer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Names found by the dictionary (the gazetteer here), by titles, by cue words and by context. */
class NameFinderTest {

    private static final NameFinder NAMES = new NameFinder(Gazetteer.builtIn().merge(Map.of()));

    private static Map<String, String> typed(String sentence, List<String> people) {
        return NAMES.in(sentence, people).stream().collect(Collectors.toMap(NameFinder.Mention::words,
                NameFinder.Mention::type, (a, b) -> a));
    }

    @Test
    void countriesByTheirNamesAndAliases() {
        Map<String, String> t = typed("Talks between Japan and the United Kingdom ended in Chile.", List.of());
        assertEquals("country", t.get("Japan"));
        assertEquals("country", t.get("Chile"));
        assertTrue(t.containsKey("United Kingdom"), t.toString());
    }

    @Test
    void cueWordsTypeUnknownNames() {
        Map<String, String> t = typed("The Central Bank of Kenya and the Nairobi Climate Summit agreed the Lagos "
                + "Accord.", List.of());
        assertEquals("organisation", t.get("Central Bank of Kenya"));
        assertEquals("event", t.get("Nairobi Climate Summit"));
        assertEquals("document", t.get("Lagos Accord"));
    }

    @Test
    void aCityByItsCountryOrItsCapitalAndAPersonByTitleOrSurname() {
        Map<String, String> t = typed("The team flew from Osaka, Japan, to the Swiss capital Bern.", List.of());
        assertEquals("city", t.get("Osaka"));
        assertEquals("city", t.get("Bern"));
        Map<String, String> p = typed("Coach Ana Ruiz praised Ruiz's players and Marta Gomez.",
                List.of("Ana Ruiz", "Marta Gomez"));
        assertEquals("person", p.get("Ana Ruiz"));
        assertEquals("person", p.get("Marta Gomez"));
    }

    @Test
    void aCuedRunTheLibraryKnowsIsThatEntityAndAnOfficeIsNoOrganisation() {
        NameFinder.Mention nato = NAMES.in("Norway asked to join the North Atlantic Treaty Organization in 1949.",
                List.of()).stream().filter(m -> m.words().equals("North Atlantic Treaty Organization")).findFirst()
                .orElseThrow();
        assertTrue(nato.known() != null && nato.known().names().contains("NATO"), "its other names (NATO) are "
                + "accepted: " + nato);
        Map<String, String> t = typed("Responding, Ana Ruiz, President of the European Investment Bank said it was "
                + "good news.", List.of("Ana Ruiz"));
        assertFalse(t.containsKey("President of the European Investment Bank"), t.toString());
    }

    @Test
    void plainCapitalisedWordsAreNoNames() {
        assertTrue(typed("Sweets were distributed as the Moon landing ended.", List.of()).isEmpty());
        assertEquals(List.of("Kylian Mbappe"), NAMES.untypedRuns("Kylian Mbappe met UBS in Lusail on Sunday."),
                "a run the article may later call by its last word");
        assertEquals(List.of(), NAMES.untypedRuns("Talks in Brussels on Friday and in Ukraine on February 24."),
                "a place with a day or a month is nobody's name");
    }

    @Test
    void aCountrysOtherNameInsideALongerNameIsNoCountry() {
        Map<String, String> t = typed("Shares of Banco Brasil fell, said the broadcaster Radio Suisse and the agency "
                + "in Brasil.", List.of());
        assertTrue(!t.containsKey("Suisse"), t.toString());
        assertEquals("country", t.get("Brasil"), "alone, the other name is the country");
        assertTrue(NAMES.in("Shares of Banco Brasil fell.", List.of()).stream()
                .noneMatch(m -> m.type().equals("country")), "Banco Brasil is a bank, not Brazil");
    }
}
