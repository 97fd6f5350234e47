package app.factdeck.transfer;

import app.factdeck.study.Flashcard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Flashcards as text files other apps import (FORMATS.md §9): Anki's text import with its header lines, each row
 * naming its note type (Basic: Front, Back; Cloze: Text with {{c1::…}}, Back Extra), deck and tags; and Quizlet's
 * pasted "term TAB definition" rows, which allow no quoting, so tabs and line breaks inside a field become spaces.
 */
public final class FlashcardExport {

    private FlashcardExport() {
    }

    /** Anki, tab- or comma-separated; {@code deckNames} maps article slugs to deck names. */
    public static String anki(List<Flashcard> cards, Map<String, String> deckNames, boolean tabs) {
        StringWriter out = new StringWriter();
        out.write("#separator:" + (tabs ? "Tab" : "Comma") + "\n");
        out.write("#html:false\n");
        out.write("#notetype column:1\n");
        out.write("#deck column:2\n");
        out.write("#tags column:5\n");
        CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.DEFAULT).builder().setRecordSeparator("\n")
                .setQuoteMode(QuoteMode.MINIMAL).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Flashcard c : cards) {
                String deck = "Factdeck::" + deckNames.getOrDefault(c.articleSlug(), c.articleSlug()).replace("::", ":");
                String source = c.hasSource() ? "“" + c.source().text() + "”" : "";
                // A teacher's card is tagged by its question (a/12), a generated one by its fact.
                String tags = "factdeck " + c.articleSlug() + (c.factId().startsWith("a/") ? " question::"
                        : " fact::") + c.factId();
                if (c.kind() == Flashcard.Kind.GAP) {
                    String text = c.front().replace(Flashcard.GAP, "{{c1::" + clozeSafe(c.answer()) + "}}");
                    csv.printRecord("Cloze", deck, text, source, tags);
                } else {
                    csv.printRecord("Basic", deck, c.front(), source.isEmpty() ? c.answer() : c.answer() + " — " + source,
                            tags);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Quizlet: one "term TAB definition" line per card, no header. */
    public static String quizlet(List<Flashcard> cards) {
        StringBuilder out = new StringBuilder();
        for (Flashcard c : cards) {
            out.append(flat(c.front())).append('\t').append(flat(c.answer())).append('\n');
        }
        return out.toString();
    }

    /** "}}" would end the deletion early and "::" would start a hint. */
    private static String clozeSafe(String answer) {
        return answer.replace("}}", "} }").replace("::", ": :");
    }

    private static String flat(String field) {
        return field.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
