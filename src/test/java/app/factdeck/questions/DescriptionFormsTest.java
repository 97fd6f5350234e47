package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionFormsTest {

    private static List<String> forms(String answer, String name) {
        return DescriptionForms.of(answer, name + DescriptionForms.FRAME + "the {answer}.");
    }

    @Test
    void aTitleQualifiedByItsOrganisationIsAlsoTheTitleOfIt() {
        List<String> f = forms("WHO chief", "Tedros Adhanom Ghebreyesus");
        assertTrue(f.containsAll(List.of("chief of WHO", "head of WHO", "WHO head", "chief")), f.toString());
    }

    @Test
    void aPossessiveOwnerMayBeWrittenAfterTheNounOrLeftOut() {
        List<String> f = forms("Germany’s finance minister", "Christian Lindner");
        assertTrue(f.containsAll(List.of("finance minister of Germany", "finance minister")), f.toString());
        assertTrue(!f.contains("minister"), "a finance minister is not any minister: " + f);
    }

    @Test
    void aThingsLeadingModifiersMayBeDroppedKeepingTwoWords() {
        List<String> f = forms("national weather service", "Met Éireann");
        assertEquals(List.of("weather service"), f);
    }

    @Test
    void anAdjectiveOfNationalityOnlyQualifies() {
        List<String> g = forms("Brazilian substitute", "Endrick");
        assertEquals(List.of("substitute of Brazil", "Brazil’s substitute", "substitute"), g);
        // "of Ukrainian" is no English; the country the adjective names is.
        List<String> p = forms("Ukrainian President", "Volodymyr Zelensky");
        assertTrue(p.containsAll(List.of("President of Ukraine", "Ukraine’s President")), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.contains("of Ukrainian")), p.toString());
    }

    @Test
    void anOfficesOwnWordsAreNeverDropped() {
        // A vice president is no president, a secretary general no general.
        assertEquals(List.of(), forms("vice president", "Kamala Harris"));
        List<String> f = forms("UN Secretary General", "António Guterres");
        assertTrue(f.contains("Secretary General of UN") && f.contains("Secretary General"), f.toString());
        assertTrue(!f.contains("General"), f.toString());
    }

    @Test
    void anOfphraseKeepsItsHead() {
        List<String> f = forms("Speaker of the Senate", "Ana Costa");
        assertEquals(List.of("Speaker"), f);
    }

    @Test
    void onlyTheDescriptionFrameGetsForms() {
        assertEquals(List.of(), DescriptionForms.of("goalkeeper", "The match was won by the {answer}."));
    }

    @Test
    void generalWordsAloneAreNotAnAnswer() {
        List<String> f = forms("founding member", "Jo Bloggs");
        assertTrue(!f.contains("member"), f.toString());
    }
}
