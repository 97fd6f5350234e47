package app.factdeck.transfer;

import app.factdeck.study.Flashcard;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A flashcard export (Anki, Quizlet): cards, not questions, so it is listed apart from {@link QuestionFormat}.
 *
 * @param slug      the download's {@code format} value and the command-line option ({@code --slug})
 * @param label     the export table's link text
 * @param extension of the file name, after "factdeck-ARTICLE."
 * @param writer    the cards and each article's title by slug (Anki's deck names) to the file's text
 */
public record FlashcardFormat(String slug, String label, String extension, String contentType, String help,
                              BiFunction<List<Flashcard>, Map<String, String>, String> writer) {

    public String write(List<Flashcard> cards, Map<String, String> decks) {
        return writer.apply(cards, decks);
    }
}
