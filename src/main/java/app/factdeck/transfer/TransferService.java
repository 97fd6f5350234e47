package app.factdeck.transfer;

import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.authoring.AuthoringService;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.content.Article;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.questions.core.Question;
import app.factdeck.study.Flashcard;
import app.factdeck.study.Flashcards;
import app.factdeck.web.BadRequest;
import app.factdeck.web.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Question banks in and out, in the formats of {@link Formats}: questions (GIFT, Moodle XML, Aiken), flashcards. */
public final class TransferService {

    private final Library library;
    private final QuestionCatalog catalog;
    private final Flashcards flashcards;
    private final AuthoringService authoring;
    private final PendingImports pending;
    private final Clock clock;

    public TransferService(Library library, QuestionCatalog catalog, Flashcards flashcards, AuthoringService authoring,
                           Database database, Clock clock) {
        this.library = library;
        this.catalog = catalog;
        this.flashcards = flashcards;
        this.authoring = authoring;
        this.pending = new PendingImports(database);
        this.clock = clock;
    }

    /**
     * The outcome of confirming a pending import: the questions imported now, or {@code alreadyImported} when
     * this file's valid questions were imported before (a second click, a reload).
     */
    public record Confirmed(Article article, QuestionFormat format, String fileName, Importer.Report report,
                            List<Long> ids, boolean alreadyImported) {
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

    /**
     * Everything students get (teachers' questions included, hidden ones not) of one article, or of all, in a
     * question format; a question the format cannot hold (in GIFT: ordering, gaps in a text) is counted as left out.
     */
    public Export export(QuestionFormat format, Optional<String> slug) {
        String name = "factdeck-" + slug.orElse("all") + format.extensions().get(0);
        List<Question> questions = slug.map(catalog::forStudents).orElseGet(catalog::forStudents);
        List<MoodleQuestion> exported = new ArrayList<>();
        for (Question q : questions) {
            GiftExport.moodle(q).filter(m -> Formats.holds(format, m)).ifPresent(exported::add);
        }
        // A teacher's question that needs a fix (stored before a limit existed) is left out, and the file says so.
        List<String> needsFix = slug.map(List::of).orElseGet(() -> library.articles().stream().map(Article::slug)
                .toList()).stream().flatMap(s -> catalog.entries(s).stream())
                .filter(e -> e.status() == QuestionCatalog.Status.NEEDS_FIX).map(e -> e.question().id()).toList();
        String body = format.write(exported);
        if (!needsFix.isEmpty()) {
            String note = "Left out, as they need a fix in Factdeck's question bank: " + String.join(", ", needsFix);
            if (format == Formats.MOODLE_XML) {
                // After the XML declaration, which must come first; "--" cannot be inside a comment.
                int afterDeclaration = body.indexOf("?>\n") + 3;
                body = body.substring(0, afterDeclaration) + "<!-- " + note.replace("--", "- -") + " -->\n"
                        + body.substring(afterDeclaration);
            } else {
                body = "// " + note + "\n\n" + body;
            }
        }
        return new Export(body, name, exported.size(), questions.size() - exported.size());
    }

    /** The flashcards students study (withheld ones not) of one article, or of all. */
    public Export export(FlashcardFormat format, Optional<String> slug) {
        String name = "factdeck-" + slug.orElse("all") + "." + format.extension();
        java.util.Set<String> withheld = catalog.withheld();
        List<Flashcard> cards = slug.map(flashcards::deck).orElseGet(() -> library.articles().stream()
                .flatMap(a -> flashcards.deck(a.slug()).stream()).toList())
                .stream().filter(c -> !withheld.contains(c.id())).toList();
        Map<String, String> decks = new LinkedHashMap<>();
        library.articles().forEach(a -> decks.put(a.slug(), a.title()));
        return new Export(format.write(cards, decks), name, cards.size(), 0);
    }

    /** The file's report; refused whole when its valid questions would take the article past its limit. */
    public Importer.Report read(String text, QuestionFormat format, Article article) {
        Importer.Report report = Importer.read(text, format, article);
        if (report.refused() == null && !report.valid().isEmpty()) {
            Optional<String> full = authoring.room(article.slug(), report.valid().size());
            if (full.isPresent()) {
                return new Importer.Report(report.items(), full.get());
            }
        }
        return report;
    }

    /** Stores the report's valid questions in one transaction; {@code accountId} 0 is the command line. */
    public List<Long> importValid(long accountId, Article article, Importer.Report report, String fileName) {
        List<app.factdeck.questions.core.QuestionDraft> valid = report.valid();
        return valid.isEmpty() || report.refused() != null ? List.of()
                : authoring.importAll(accountId, article.slug(), valid, fileName);
    }

    /** Keeps an uploaded file (its report had rejections) for its teacher to confirm; returns its token. */
    public String keepForConfirm(long accountId, Article article, QuestionFormat format, String fileName,
                                 String text) {
        return pending.save(accountId, article.slug(), format, fileName, text, clock.instant());
    }

    /**
     * Imports the valid questions of a kept file, once: the file is marked imported in the transaction that
     * stores them, so a second confirm stores nothing and says so.
     *
     * @throws NotFound when the teacher has no such file waiting, or it waited longer than an hour
     */
    public Confirmed confirm(long accountId, String token) {
        PendingImports.Pending p = pending.find(token, accountId).orElseThrow(() -> new NotFound(
                "There is no import waiting to be confirmed here. Upload the file again."));
        Article article = article(p.articleSlug()).orElseThrow(() -> new NotFound("The article '"
                + p.articleSlug() + "' of this import is gone. Upload the file again for another article."));
        if (p.importedAt().isPresent()) {
            return new Confirmed(article, p.format(), p.fileName(), new Importer.Report(List.of()), List.of(), true);
        }
        Instant now = clock.instant();
        if (p.expired(now)) {
            throw new NotFound("This import waited more than " + PendingImports.KEPT.toMinutes() + " minutes to be "
                    + "confirmed, so it was not kept. Upload the file again.");
        }
        Importer.Report report = read(p.content(), p.format(), article);
        if (report.refused() != null) {
            throw new BadRequest(report.refused());
        }
        if (report.valid().isEmpty()) {
            throw new BadRequest("There is no valid question left to import in " + p.fileName() + ". Upload the "
                    + "file again after fixing it.");
        }
        try {
            List<Long> ids = authoring.importAll(accountId, article.slug(), report.valid(), p.fileName(),
                    pending.claim(token, accountId, now));
            return new Confirmed(article, p.format(), p.fileName(), report, ids, false);
        } catch (PendingImports.AlreadyImported e) {
            return new Confirmed(article, p.format(), p.fileName(), report, List.of(), true);
        }
    }
}
