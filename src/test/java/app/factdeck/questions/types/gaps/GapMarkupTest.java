package app.factdeck.questions.types.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The markup a teacher writes gaps in: what each form means, how to write a plain | ; ]], and every refusal. */
class GapMarkupTest {

    private static GapMarkup.Parsed parsed(String text) {
        GapMarkup.Result r = GapMarkup.parse(text);
        assertNull(r.problem(), r.problem());
        return r.parsed();
    }

    private static String problem(String text) {
        GapMarkup.Result r = GapMarkup.parse(text);
        assertNull(r.parsed(), "expected a problem with: " + text);
        return r.problem();
    }

    @Test
    void typedGapsAcceptEverySpellingAndDropDownsPutTheRightChoiceFirst() {
        GapMarkup.Parsed p = parsed("The summit was held in [[Vilnius|Vilnyus]] in [[July; June;May ]] 2023.");
        assertEquals(List.of("The summit was held in ", " in ", " 2023."), p.texts());
        assertEquals(List.of(new Gaps.Gap(false, List.of("Vilnius", "Vilnyus")),
                new Gaps.Gap(true, List.of("July", "June", "May"))), p.gaps());
        assertEquals("Vilnius", p.gaps().get(0).key());
        assertEquals(List.of("June", "May"), p.gaps().get(1).others());
        assertEquals(new Gaps.Gap(false, List.of("Vilnius")), parsed("[[ Vilnius ]]").gaps().get(0));
    }

    @Test
    void aBackslashMakesTheMarkupsCharactersPlain() {
        assertEquals(List.of("AC|DC"), parsed("Band: [[AC\\|DC]].").gaps().get(0).answers());
        assertEquals(List.of("Tom ; Jerry"), parsed("[[Tom \\; Jerry]]").gaps().get(0).answers());
        assertEquals(List.of("a]"), parsed("[[a\\]]]").gaps().get(0).answers());
        assertEquals(List.of("x[1]", "y"), parsed("[[x\\[1\\]; y]]").gaps().get(0).answers());
        assertEquals(List.of("C:\\"), parsed("[[C:\\\\]]").gaps().get(0).answers());
        // Outside a gap the backslash stays for Markdown, which shows \[ as [.
        GapMarkup.Parsed literal = parsed("Write \\[[ and \\]] around a gap: [[like this]].");
        assertEquals("Write \\[[ and \\]] around a gap: ", literal.texts().get(0));
        assertEquals(1, literal.gaps().size());
    }

    @Test
    void writingAGapBackGivesTheSameGap() {
        for (Gaps.Gap g : List.of(new Gaps.Gap(false, List.of("AC|DC", "a;b", "x]]", "C:\\")),
                new Gaps.Gap(true, List.of("[1]", "Tom; Jerry", "a|b")))) {
            assertEquals(List.of(g), parsed("Text " + GapMarkup.write(g) + ".").gaps(), GapMarkup.write(g));
        }
    }

    @Test
    void everyMistakeIsNamedWithItsGapAndHowToFixIt() {
        assertTrue(problem("No gap here.").startsWith("The text has no gap: put each missing word in double "
                + "brackets"));
        assertEquals("Gap 2 ([[  ]]) is empty: write the missing words inside it.", problem("[[a]] and [[  ]]"));
        assertEquals("Gap 1 ([[ | ]]) is empty: write the missing words inside it.", problem("[[ | ]]"));
        assertEquals("Gap 1 is a drop-down with one choice ('Vilnius'): add the wrong choices after ;, e.g. "
                + "[[Vilnius; Warsaw; Riga]], or remove the ; to make it a typed gap.", problem("In [[Vilnius;]]."));
        assertEquals("Gap 1 has an empty choice between its ; signs: write it, or remove the extra ;.",
                problem("[[a;;b]]"));
        assertEquals("Gap 1 has an empty answer between its | signs: write it, or remove the extra |.",
                problem("[[a||b]]"));
        assertEquals("Gap 1 offers 'riga' twice (case, accents and punctuation aside): make each choice different.",
                problem("[[Riga; Vilnius; riga]]"));
        assertEquals("Gap 1 accepts 'Vílnius' twice (case, accents and punctuation aside): remove one.",
                problem("[[Vilnius|Vílnius]]"));
        assertTrue(problem("[[a|b; c]]").startsWith("Gap 1 mixes | and ;"));
        assertEquals("Gap 2 ('Riga') is not closed: end it with ]] on the same line.",
                problem("[[a]] and [[Riga\nand more]]"));
        assertTrue(problem("[[Vilnius and [[Riga]]").startsWith("Gap 1 ('Vilnius and') opens another [[ before it "
                + "is closed"));
        assertTrue(problem("Held in Vilnius]] in July.").startsWith("There is a ]] with no [[ before it (after "
                + "'Held in Vilnius'): add the [[ where the gap starts, or write \\]] for a plain ]]."));
        assertTrue(problem("[[?|Vilnius]]").startsWith("Gap 1's answer '?' has no letters or digits"));
    }

    @Test
    void theLimitsAreTwentyGapsTwentySpellingsTenChoicesAndThreeHundredCharacters() {
        assertEquals(20, parsed("[[a]] ".repeat(20)).gaps().size());
        assertEquals("This question has 21 gaps; at most 20 are allowed. Split the text into two questions.",
                problem("[[a]] ".repeat(21)));
        List<String> words = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "w" + i).toList();
        assertEquals(20, parsed("[[" + String.join("|", words.subList(0, 20)) + "]]").gaps().get(0).answers().size());
        assertEquals("Gap 1 has 21 accepted answers; at most 20 are allowed. Keep the likely ones.",
                problem("[[" + String.join("|", words) + "]]"));
        assertEquals(10, parsed("[[" + String.join(";", words.subList(0, 10)) + "]]").gaps().get(0).answers().size());
        assertEquals("Gap 1 has 11 choices; at most 10 are allowed. Keep the best wrong ones.",
                problem("[[" + String.join(";", words.subList(0, 11)) + "]]"));
        String longest = "x".repeat(300);
        assertEquals(List.of(longest), parsed("[[" + longest + "]]").gaps().get(0).answers());
        assertEquals("Gap 1's choice '" + "x".repeat(39) + "…' is 301 characters long; keep it to 300 or fewer.",
                problem("[[x" + longest + "; y]]"));
    }

    @Test
    void theTextAroundTheGapsIsRenderedAndCutWhereTheFieldsGo() {
        GapMarkup.Parsed p = parsed("The **summit** was in [[Vilnius]].\n\nIt began on [[11 July; 12 July]].");
        GapMarkup.Pieces pieces = GapMarkup.pieces(p, "markdown");
        assertEquals(List.of("<p>The <strong>summit</strong> was in ", ".</p>\n<p>It began on ", ".</p>"),
                pieces.html());
        assertEquals("The **summit** was in \\_\\_\\_\\_\\_ (1).\n\nIt began on \\_\\_\\_\\_\\_ (2).",
                GapMarkup.blanked(p, "markdown"));
        assertEquals("<p>In _____ (1)</p>", "<p>In " + GapMarkup.blanked(parsed("[[x]]"), "html") + "</p>");
        // Raw HTML is text, as in every stem; a pasted stand-in character is no gap.
        assertEquals(List.of("<p>&lt;b&gt;Hi&lt;/b&gt; 0", "</p>"),
                GapMarkup.pieces(parsed("<b>Hi</b> \uE0000\uE001[[a]]"), "markdown").html());
    }

    @Test
    void aGapInsideALinkIsRefusedWhereNoFieldCanGo() {
        assertEquals("Gap 1 is inside a link's text, where an answer field cannot go: move it out of the [link](…).",
                GapMarkup.pieces(parsed("See [the [[summit]] page](https://example.org)."), "markdown").problem());
        assertTrue(GapMarkup.pieces(parsed("See [the page](https://example.org/[[x]])."), "markdown").problem()
                .startsWith("Gap 1 is inside a link's address"));
    }
}
