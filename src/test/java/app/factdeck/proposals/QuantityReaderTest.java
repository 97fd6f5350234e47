package app.factdeck.proposals;

import app.factdeck.content.DateMention;
import app.factdeck.content.DateReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.proposals.Quantity.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values worked out by hand (2.3 bn = 2,300,000,000; 3.02 billion = 3,020,000,000; …). */
class QuantityReaderTest {

    /** Checks the quantity written {@code written} in the sentence: offsets, kind, value, unit and hedge. */
    private static void reads(String sentence, String written, Kind kind, String value, String unit, String hedge) {
        List<Quantity> all = QuantityReader.in(sentence);
        int at = sentence.indexOf(written);
        assertTrue(at >= 0, written);
        Quantity expected = new Quantity(at, at + written.length(), written, kind, new BigDecimal(value), unit, hedge);
        assertTrue(all.contains(expected), () -> sentence + "\n expected " + expected + "\n got " + all);
    }

    private static List<String> written(String sentence) {
        return QuantityReader.in(sentence).stream().map(Quantity::written).toList();
    }

    @Test
    void countsWithTheNounTheyCount() {
        String election = "Lula won 60,048,560 votes, or 50.88%, and carried 24 states.";
        reads(election, "60,048,560 votes", Kind.COUNT, "60048560", "votes", "");
        reads(election, "24 states", Kind.COUNT, "24", "states", "");
        reads("Around 156 million voters were eligible.", "Around 156 million voters", Kind.COUNT, "156000000",
                "voters", "around");
        reads("The summit drew nine presidents and five new members.", "nine presidents", Kind.COUNT, "9",
                "presidents", "");
        // A name after the number is no unit: "22.48 Credit" was cut as an amount, and its gap left "Suisse shares".
        reads("Holders get one UBS share for every 22.48 Credit Suisse shares.", "22.48", Kind.DECIMAL, "22.48", "",
                "");
        reads("The alliance has 28 NATO members.", "28 NATO members", Kind.COUNT, "28", "members", "");
        reads("The summit drew nine presidents and five new members.", "five new members", Kind.COUNT, "5",
                "members", "");
        reads("Researchers tagged twenty-five sharks off the coast.", "twenty-five sharks", Kind.COUNT, "25",
                "sharks", "");
    }

    @Test
    void durations() {
        reads("The drought lasted ten years in the region.", "ten years", Kind.DURATION, "10", "years", "");
        reads("After 13 days of talks a deal was struck.", "13 days", Kind.DURATION, "13", "days", "");
        reads("The firm unveiled a 10-year plan.", "10-year", Kind.DURATION, "10", "year", "");
        reads("The match went to 120 minutes.", "120 minutes", Kind.DURATION, "120", "minutes", "");
    }

    @Test
    void moneyWithItsCurrency() {
        reads("The bank will pay £2.3 bn in fines.", "£2.3 bn", Kind.MONEY, "2300000000", "GBP", "");
        reads("The EU pledged 2 billion euros for the project.", "2 billion euros", Kind.MONEY, "2000000000", "EUR",
                "");
        String deal = "UBS will pay 3 billion Swiss francs (€3.02 billion) for its rival.";
        reads(deal, "3 billion Swiss francs", Kind.MONEY, "3000000000", "CHF", "");
        reads(deal, "€3.02 billion", Kind.MONEY, "3020000000", "EUR", "");
        reads("Rich nations promised $85 billion to the fund.", "$85 billion", Kind.MONEY, "85000000000", "USD", "");
        reads("The group booked a loss of CHF 7 bn last year.", "CHF 7 bn", Kind.MONEY, "7000000000", "CHF", "");
        reads("The club sold the striker for £5m.", "£5m", Kind.MONEY, "5000000", "GBP", "");
        reads("A guarantee of up to 100 billion Swiss francs was given.", "up to 100 billion Swiss francs",
                Kind.MONEY, "100000000000", "CHF", "up to");
    }

    @Test
    void percentages() {
        reads("He took 50.88% of the vote.", "50.88%", Kind.PERCENT, "50.88", "%", "");
        reads("Allies will spend 2% of GDP on defence.", "2%", Kind.PERCENT, "2", "%", "");
        reads("Turnout reached 49.1 per cent in the capital.", "49.1 per cent", Kind.PERCENT, "49.1", "%", "");
        reads("Sales rose nearly 12 percent in May.", "nearly 12 percent", Kind.PERCENT, "12", "%", "nearly");
    }

    @Test
    void hedgesAreKeptAndMakeTheNumberInexact() {
        String s = "Nearly 30 people died, more than 100 were hurt and at least 7 ships sank.";
        reads(s, "Nearly 30 people", Kind.COUNT, "30", "people", "nearly");
        reads(s, "more than 100", Kind.COUNT, "100", "", "more than");
        reads(s, "at least 7 ships", Kind.COUNT, "7", "ships", "at least");
        reads("Almost 40 flights were cancelled.", "Almost 40 flights", Kind.COUNT, "40", "flights", "almost");
        reads("About 200 countries signed.", "About 200 countries", Kind.COUNT, "200", "countries", "about");
        reads("The storm felled over 20 trees.", "over 20 trees", Kind.COUNT, "20", "trees", "over");
        assertFalse(QuantityReader.in("Nearly 30 people died.").get(0).exact());
        assertTrue(QuantityReader.in("Exactly 30 people died.").get(0).exact());
    }

    @Test
    void decimalsOrdinalsAndScores() {
        reads("A magnitude 6.8 earthquake struck at dawn.", "6.8 earthquake", Kind.DECIMAL, "6.8", "earthquake", "");
        reads("Each holder gets 22.48 shares.", "22.48 shares", Kind.DECIMAL, "22.48", "shares", "");
        String match = "Messi scored in the 36th minute and Argentina won 4-2 on penalties after a 3-3 draw.";
        reads(match, "36th minute", Kind.ORDINAL, "36", "minute", "");
        reads(match, "4-2", Kind.SCORE, "4", "", "");
        reads(match, "3-3", Kind.SCORE, "3", "", "");
        reads("India became the fourth nation to land on the Moon.", "fourth nation", Kind.ORDINAL, "4", "nation", "");
        reads("It was the 28th session of the conference.", "28th session", Kind.ORDINAL, "28", "session", "");
        reads("Friday is day 478 of the war.", "day 478", Kind.ORDINAL, "478", "day", "");
    }

    @Test
    void yearsAreYearsAndDatesAreNotQuantities() {
        reads("The target is net zero by 2050.", "2050", Kind.YEAR, "2050", "", "");
        assertEquals(List.of(), written("The vote took place on 12 January 2024."));
        assertEquals(List.of(), written("The page was updated 13.09.2022."));
        // A year-looking number that counts something is a count.
        reads("The army sent 2000 troops to the border.", "2000 troops", Kind.COUNT, "2000", "troops", "");
    }

    @Test
    void weatherAndScience() {
        reads("Temperatures hit 40C in London.", "40C", Kind.COUNT, "40", "°C", "");
        reads("Warming must stay below 1.5 degrees.", "1.5 degrees", Kind.DECIMAL, "1.5", "degrees", "");
        reads("Nearly 30 centimetres of snow fell.", "Nearly 30 centimetres", Kind.COUNT, "30", "centimetres",
                "nearly");
    }

    @Test
    void severalInReadingOrder() {
        assertEquals(List.of("3 billion Swiss francs", "€3.02 billion", "60%"),
                written("It paid 3 billion Swiss francs (€3.02 billion), 60% less than hoped."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Chandrayaan-3 landed near the south pole.",
        "Delegates met at COP28 in Dubai.",
        "The G20 leaders met in Delhi.",
        "The lander touched down at 06:04 pm.",
        "The session opens at 5 pm.",
        "Between 10-15 people came.",
        "One of them left; no one stayed.",
        "The F-16 jets arrived.",
    })
    void notQuantities(String sentence) {
        assertEquals(List.of(), QuantityReader.in(sentence), sentence);
    }

    /** Any mix of numbers, units, dates and punctuation: no exception, offsets inside the sentence, no overlaps. */
    @Test
    void anyTextIsReadSafely() {
        String[] pieces = {"12", "4-2", "3.5", "1,000", "£", "$", "€", "%", " per cent", " million", "bn", "m", "th",
            " nearly ", " more than ", "-", ".", ",", ":", "/", " ", "January", " 2024", "Friday", "nine", "-year",
            "C", "°", "day ", "(", ")", "twenty-", "a hundred", " Swiss francs", "COP", "s", "06:04 pm"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            int end = -1;
            for (Quantity q : QuantityReader.in(s)) {
                assertTrue(q.start() >= 0 && q.end() <= s.length() && q.start() >= end, () -> s + " -> " + q);
                assertEquals(q.written(), s.substring(q.start(), q.end()));
                end = q.end();
            }
            for (DateMention d : DateReader.in(s, java.time.LocalDate.of(2024, 2, 29))) {
                assertEquals(d.written(), s.substring(d.start(), d.end()));
            }
        }
        assertEquals(List.of(), QuantityReader.in(null));
        String long_ = "In 2021 about 30 people paid £2 bn. ".repeat(200);
        assertTrue(QuantityReader.in(long_).size() <= 3 * 2_000 / 36 + 3, "only the first 2,000 characters are read");
    }
}
