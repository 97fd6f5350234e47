package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms a student who knows the article types for an amount, on sentences from sport, science, courts, business. */
class AmountFormsTest {

    @Test
    void aCountIsAcceptedWithTheNounTheQuestionCounts() {
        List<String> forms = AmountForms.ofCount(13, "13", "After {answer} days of deliberation, the jury returned a verdict.", "");
        assertEquals(List.of("13 days", "thirteen days"), forms);
        assertEquals(List.of("eight goals", "8 goals"),
                AmountForms.ofCount(8, "eight", "The striker finished the season with {answer} goals.", ""));
        // "28 NATO members": a name before the plural noun stays with it.
        assertTrue(AmountForms.ofCount(27, "27", "The treaty needs the votes of all {answer} EU members.", "")
                .contains("27 EU members"));
    }

    @Test
    void aHyphenatedDurationIsWrittenAsAPlural() {
        assertEquals(List.of("three days", "3 days"),
                AmountForms.ofCount(3, "three", "The {answer}-day festival drew record crowds.", ""));
    }

    @Test
    void noUnitIsAddedWhenTheWordAfterTheGapCountsNothing() {
        assertEquals(List.of(), AmountForms.ofCount(30, "30", "Police said {answer} of the protesters were arrested.", ""));
        assertEquals(List.of(), AmountForms.ofCount(4, "4", "The museum opened {answer} new wing.", ""));
        assertEquals(List.of(), AmountForms.ofCount(12, "12", null, ""));
    }

    @Test
    void aPercentageIsAcceptedInEachSpelling() {
        List<String> forms = AmountForms.ofPhrase("2%", "Inflation fell to 2% in May.", "Inflation fell to {answer} in May.", "");
        assertTrue(forms.containsAll(List.of("2 percent", "2 per cent", "two per cent", "two percent")), forms.toString());
        assertFalse(forms.contains("2%"), "the answer itself is not repeated");
        assertTrue(AmountForms.ofPhrase("60% less", "s", "Shares traded {answer} than a year ago.", "")
                .contains("60 percent less"));
        // "_____ than a year ago" for "60% less": the share alone is what a student writes (a blind review).
        assertTrue(AmountForms.ofPhrase("60% less", "s", "Shares traded {answer} than a year ago.", "")
                .containsAll(List.of("60%", "60 percent")));
        assertFalse(AmountForms.ofPhrase("2% a year", "s", "Prices rose {answer}.", "").contains("2%"),
                "only a comparison goes without its word");
    }

    @Test
    void aBracketedEquivalentIsAcceptedInBothCurrencies() {
        String sentence = "The club sold its stadium for 40 million pounds (€46 million) to a property group.";
        List<String> forms = AmountForms.ofPhrase("40 million pounds", sentence, "The club sold its stadium for {answer}.", "");
        assertTrue(forms.containsAll(List.of("€46 million", "46 million euros", "£40 million", "£40m", "GBP 40 million")),
                forms.toString());
        List<String> francs = AmountForms.ofPhrase("3 billion Swiss francs",
                "The insurer was bought for 3 billion Swiss francs (€3.02 billion).", "The insurer was bought for {answer}.", "");
        assertTrue(francs.containsAll(List.of("CHF 3 billion", "3bn Swiss francs", "3 billion francs", "€3.02 billion")),
                francs.toString());
    }

    @Test
    void noCurrencyIsEverDropped() {
        List<String> forms = AmountForms.ofPhrase("$85 billion", "The fund raised $85 billion.", "The fund raised {answer}.", "");
        assertTrue(forms.containsAll(List.of("85 billion dollars", "$85bn", "USD 85 billion")), forms.toString());
        assertFalse(forms.stream().anyMatch(f -> f.equals("85 billion") || f.equals("85")), forms.toString());
    }

    @Test
    void aFormThatTheRestOfTheArticleWritesIsLeftOut() {
        // Typed answers are compared without symbols: "€46 million" reads "46 million", the club's debt elsewhere.
        String sentence = "The club sold its stadium for 40 million pounds (€46 million) to a property group.";
        List<String> forms = AmountForms.ofPhrase("40 million pounds", sentence, "The club sold its stadium for {answer}.",
                "Its debts stood at 46 million euros in May.");
        assertFalse(forms.contains("€46 million"), forms.toString());
        assertFalse(forms.contains("46 million euros"), forms.toString());
        assertTrue(forms.contains("£40 million"), forms.toString());
        assertEquals(List.of(), AmountForms.ofCount(13, "13", "After {answer} days of talks, the strike ended.",
                "Thirteen days later, 13 days of talks began again."));
    }

    @Test
    void aTemperatureIsAcceptedInDegrees() {
        List<String> forms = AmountForms.ofPhrase("44.5°C", "The town recorded 44.5°C on Tuesday.",
                "The town recorded {answer}.", "");
        assertTrue(forms.containsAll(List.of("44.5C", "44.5 degrees", "44.5 degrees Celsius")), forms.toString());
    }

    @Test
    void anOrdinalIsAcceptedWithItsNoun() {
        assertEquals(List.of("12th minute"), AmountForms.ofPhrase("12th",
                "The winner came in the 12th minute.", "The winner came in the {answer} minute.", ""));
        assertEquals(List.of("55th and 58th minutes"), AmountForms.ofPhrase("55th and 58th",
                "She scored twice in the 55th and 58th minutes.", "She scored twice in the {answer} minutes.", ""));
    }

    @Test
    void aPhraseThatIsNoAmountHasNoOtherForms() {
        assertEquals(List.of(), AmountForms.ofPhrase("a landslide", "The mayor won a landslide.",
                "The mayor won {answer}.", ""));
        assertEquals(List.of(), AmountForms.ofPhrase("(€46 million)", "x", "y {answer}.", ""));
    }
}
