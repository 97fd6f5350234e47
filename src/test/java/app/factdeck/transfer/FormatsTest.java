package app.factdeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The format registry: what the page and the commands are made from. */
class FormatsTest {

    @Test
    void slugsAreUniqueAcrossQuestionsAndFlashcardsAndFitTheStoredColumn() {
        List<String> slugs = Stream.concat(Formats.QUESTIONS.stream().map(QuestionFormat::slug),
                Formats.FLASHCARDS.stream().map(FlashcardFormat::slug)).toList();
        assertEquals(slugs.size(), new HashSet<>(slugs).size(), slugs.toString());
        // pending_import.format is VARCHAR(10) (V7): a kept upload stores its format's slug.
        Formats.importing().forEach(f -> assertTrue(f.slug().length() <= 10, f.slug()));
        assertEquals(List.of("gift", "moodle-xml", "aiken"), Formats.importing().stream().map(QuestionFormat::slug).toList());
        assertEquals(List.of("gift", "moodle-xml"), Formats.exporting().stream().map(QuestionFormat::slug).toList());
    }

    @Test
    void everyImportingFormatReadsAnEmptyFileToNothingAndEveryWriterWritesNothingWhole() {
        for (QuestionFormat f : Formats.importing()) {
            QuestionFormat.Parsed p = f.read("");
            assertEquals(List.of(), p.questions(), f.slug());
        }
        for (QuestionFormat f : Formats.exporting()) {
            assertTrue(f.extensions().get(0).startsWith("."), f.slug());
            f.write(List.of());
        }
        assertFalse(Formats.AIKEN.exports());
        assertEquals("application/xml; charset=utf-8", Formats.MOODLE_XML.contentType());
    }

    @Test
    void lookUpIsBySlugInAnyCaseAndAPlainlyWrongChoiceIsNamed() {
        assertEquals(Optional.of(Formats.GIFT), Formats.question(" GIFT "));
        assertEquals(Optional.empty(), Formats.question("docx"));
        assertEquals(Optional.of(Formats.ANKI_CSV), Formats.flashcards("anki-csv"));
        assertEquals(Optional.of(Formats.MOODLE_XML), Formats.betterFor(Formats.GIFT, "\uFEFF  <?xml version=\"1.0\"?><quiz/>"));
        assertEquals(Optional.of(Formats.MOODLE_XML), Formats.betterFor(Formats.AIKEN, "<quiz></quiz>"));
        assertEquals(Optional.of(Formats.GIFT), Formats.betterFor(Formats.MOODLE_XML, "Q {T}"));
        assertEquals(Optional.empty(), Formats.betterFor(Formats.MOODLE_XML, "<quiz/>"));
        assertEquals(Optional.empty(), Formats.betterFor(Formats.GIFT, "::Q:: <b>bold</b> {T}"));
        assertEquals("gift, moodle-xml or aiken", Formats.sentence(List.of("gift", "moodle-xml", "aiken"), ""));
        assertEquals(Set.of("--gift"), Set.of(Formats.sentence(List.of("gift"), "--")));
    }
}
