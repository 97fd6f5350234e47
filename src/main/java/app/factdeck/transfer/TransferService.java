package app.factdeck.transfer;

import app.factdeck.authoring.AuthoringService;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.content.Article;
import app.factdeck.content.Library;
import app.factdeck.questions.Question;
import app.factdeck.study.Flashcard;
import app.factdeck.study.Flashcards;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Question banks in and out: GIFT and Aiken imports, GIFT export, flashcards for Anki and Quizlet. */
public final class TransferService {

    private final Library library;
    private final QuestionCatalog catalog;
    private final Flashcards flashcards;
    private final AuthoringService authoring;

    public TransferService(Library library, QuestionCatalog catalog, Flashcards flashcards, AuthoringService authoring) {
        this.library = library;
        this.catalog = catalog;
        this.flashcards = flashcards;
        this.authoring = authoring;
    }

    /** What can be exported. */
    public enum ExportFormat {
        GIFT("gift", "text/plain; charset=utf-8"),
        ANKI("anki.txt", "text/tab-separated-values; charset=utf-8"),
        ANKI_CSV("anki.csv", "text/csv; charset=utf-8"),
        QUIZLET("quizlet.tsv", "text/tab-separated-values; charset=utf-8");

        private final String extension;
        private final String contentType;

        ExportFormat(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String contentType() {
            return contentType;
        }

        public static Optional<ExportFormat> of(String slug) {
            for (ExportFormat f : values()) {
                if (f.slug().equals(slug)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** An export: the file's text and name, how many questions or cards it holds, and what was left out. */
    public record Export(String body, String fileName, int count, int leftOut) {
    }

    public List<Article> articles() {
        return library.articles();
    }

    public Optional<Article> article(String slug) {
        return library.article(slug);
    }

    /** Everything students get (teachers' questions included, hidden ones not) of one article, or of all. */
    public Export export(ExportFormat format, Optional<String> slug) {
        String name = "factdeck-" + slug.orElse("all") + "." + format.extension;
        if (format == ExportFormat.GIFT) {
            List<Question> questions = slug.map(catalog::forStudents).orElseGet(catalog::forStudents);
            List<GiftQuestion> exported = new ArrayList<>();
            for (Question q : questions) {
                GiftExport.of(q).ifPresent(exported::add);
            }
            return new Export(GiftWriter.write(exported), name, exported.size(), questions.size() - exported.size());
        }
        java.util.Set<String> withheld = catalog.withheld();
        List<Flashcard> cards = slug.map(flashcards::deck).orElseGet(() -> library.articles().stream()
                .flatMap(a -> flashcards.deck(a.slug()).stream()).toList())
                .stream().filter(c -> !withheld.contains(c.id())).toList();
        Map<String, String> decks = new LinkedHashMap<>();
        library.articles().forEach(a -> decks.put(a.slug(), a.title()));
        String body = switch (format) {
            case ANKI -> FlashcardExport.anki(cards, decks, true);
            case ANKI_CSV -> FlashcardExport.anki(cards, decks, false);
            default -> FlashcardExport.quizlet(cards);
        };
        return new Export(body, name, cards.size(), 0);
    }

    public Importer.Report read(String text, Importer.Format format, Article article) {
        return Importer.read(text, format, article);
    }

    /** Stores the report's valid questions in one transaction; {@code accountId} 0 is the command line. */
    public List<Long> importValid(long accountId, Article article, Importer.Report report, String fileName) {
        List<app.factdeck.authoring.QuestionDraft> valid = report.valid();
        return valid.isEmpty() ? List.of() : authoring.importAll(accountId, article.slug(), valid, fileName);
    }
}
