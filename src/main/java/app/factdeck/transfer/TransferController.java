package app.factdeck.transfer;

import app.factdeck.accounts.WebSessions;
import app.factdeck.content.Article;
import app.factdeck.web.BadRequest;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /teacher/transfer}: upload a question file (a format of {@link Formats#importing()}) for an article and
 * read the report; download questions (GIFT, Moodle XML) or flashcards. An upload with rejected questions writes nothing to the bank: the file is kept (an hour) and the
 * report offers to import its valid ones, with a form that carries only the kept file's token. A file refused
 * whole (too many questions) writes nothing at all.
 */
final class TransferController {

    private final TransferService transfer;

    TransferController(TransferService transfer) {
        this.transfer = transfer;
    }

    void show(Context ctx) {
        String slug = Optional.ofNullable(ctx.queryParam("article")).orElse("");
        render(ctx, slug, "gift", Map.of());
    }

    void upload(Context ctx) {
        String slug = Optional.ofNullable(ctx.formParam("article")).orElse("").strip();
        String formatName = Optional.ofNullable(ctx.formParam("format")).orElse("gift");
        Map<String, String> errors = new HashMap<>();
        Optional<Article> article = transfer.article(slug);
        Optional<QuestionFormat> format = Formats.question(formatName).filter(QuestionFormat::imports);
        if (article.isEmpty()) {
            errors.put("article", "Choose the article the questions belong to.");
        }
        if (format.isEmpty()) {
            errors.put("format", "Choose the file's format: " + Formats.sentence(Formats.importing().stream()
                    .map(QuestionFormat::name).toList(), "") + ".");
        }
        UploadedFile file = ctx.uploadedFile("file");
        String text = null;
        if (file == null || file.size() == 0) {
            errors.put("file", "Choose a file to import: " + Formats.sentence(Formats.importing().stream()
                    .map(f -> "a " + String.join(" or ", f.extensions()) + " file in " + f.name()).toList(), "")
                    + ".");
        } else if (file.size() > Importer.MAX_FILE_BYTES) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE);
            errors.put("file", "That file is " + file.size() / 1024 + " KB; import at most 1 MB at a time "
                    + "(split it into smaller files).");
        } else {
            try (InputStream in = file.content()) {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            } catch (CharacterCodingException e) {
                errors.put("file", "That file is not UTF-8 text. Save it as UTF-8 (Moodle's own exports are) and "
                        + "upload it again.");
            } catch (IOException e) {
                errors.put("file", "That file could not be read (" + e.getMessage() + "). Upload it again.");
            }
        }
        if (text != null && format.isPresent()) {
            QuestionFormat chosen = format.get();
            Formats.betterFor(chosen, text).ifPresent(better -> errors.put("format", better == Formats.MOODLE_XML
                    ? "This file is XML, not " + chosen.name() + ": choose Moodle XML as its format."
                    : "This file is not XML, so it is not Moodle XML: choose its format (GIFT or Aiken)."));
        }
        if (!errors.isEmpty()) {
            if (ctx.status() != HttpStatus.CONTENT_TOO_LARGE) {
                ctx.status(HttpStatus.BAD_REQUEST);
            }
            render(ctx, slug, formatName, errors);
            return;
        }
        Importer.Report report = transfer.read(text, format.get(), article.get());
        String fileName = file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
        long teacher = WebSessions.required(ctx).id();
        if (report.refused() == null && report.rejected().isEmpty() && !report.valid().isEmpty()) {
            List<Long> ids = transfer.importValid(teacher, article.get(), report, fileName);
            renderReport(ctx, article.get(), fileName, report, ids.size(), null, false);
            return;
        }
        // Rejections (or nothing to import): write nothing to the bank; keep the file for the teacher to decide.
        String pending = report.refused() == null && !report.valid().isEmpty()
                ? transfer.keepForConfirm(teacher, article.get(), format.get(), fileName, text) : null;
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        renderReport(ctx, article.get(), fileName, report, 0, pending, false);
    }

    /** The teacher read the report and imports the valid questions of the kept file; a second confirm is a no-op. */
    void confirm(Context ctx) {
        String raw = Optional.ofNullable(ctx.formParam("pending")).orElse("").strip();
        if (!raw.matches("[0-9a-f]{32}")) {
            throw new BadRequest("The import form lost which file it was about. Upload the file again.");
        }
        TransferService.Confirmed c = transfer.confirm(WebSessions.required(ctx).id(), raw);
        if (c.alreadyImported()) {
            ctx.status(HttpStatus.CONFLICT);
        }
        renderReport(ctx, c.article(), c.fileName(), c.report(), c.ids().size(), null, c.alreadyImported());
    }

    void download(Context ctx) {
        String formatName = Optional.ofNullable(ctx.queryParam("format")).orElse("");
        Optional<QuestionFormat> questions = Formats.question(formatName).filter(QuestionFormat::exports);
        Optional<FlashcardFormat> cards = Formats.flashcards(formatName);
        if (questions.isEmpty() && cards.isEmpty()) {
            List<String> all = new java.util.ArrayList<>(Formats.exporting().stream().map(QuestionFormat::slug).toList());
            Formats.FLASHCARDS.forEach(f -> all.add(f.slug()));
            throw new BadRequest("Choose an export format: " + Formats.sentence(all, "") + ".");
        }
        Optional<String> slug = Optional.ofNullable(ctx.queryParam("article")).filter(s -> !s.isBlank());
        if (slug.isPresent() && transfer.article(slug.get()).isEmpty()) {
            throw new app.factdeck.web.NotFound("There is no article '" + slug.get() + "' to export.");
        }
        TransferService.Export export = questions.isPresent() ? transfer.export(questions.get(), slug)
                : transfer.export(cards.get(), slug);
        ctx.header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        ctx.contentType(questions.map(QuestionFormat::contentType).orElseGet(() -> cards.get().contentType()));
        ctx.result(export.body());
    }

    private void render(Context ctx, String slug, String format, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Import and export");
        model.put("articles", transfer.articles());
        model.put("selected", slug);
        // The choice kept after a refused upload; a format that is none of the list checks the first.
        model.put("format", Formats.question(format).filter(QuestionFormat::imports)
                .orElse(Formats.importing().get(0)).slug());
        List<String> accept = new java.util.ArrayList<>();
        Formats.importing().forEach(f -> f.extensions().stream().filter(e -> !accept.contains(e)).forEach(accept::add));
        accept.addAll(List.of("text/plain", "application/xml", "text/xml"));
        model.put("accept", String.join(",", accept));
        model.put("errors", errors);
        model.put("imports", Formats.importing());
        model.put("questionExports", Formats.exporting());
        model.put("flashcardExports", Formats.FLASHCARDS);
        ctx.render("transfer/transfer", model);
    }

    /**
     * @param pending         the kept file's token, for the form that imports its valid questions; null for none
     * @param alreadyImported a second confirm: the report says so instead of counting questions
     */
    private void renderReport(Context ctx, Article article, String fileName, Importer.Report report, int imported,
                              String pending, boolean alreadyImported) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Import report: " + fileName);
        model.put("article", article);
        model.put("fileName", fileName);
        model.put("report", report);
        model.put("imported", imported);
        model.put("pending", pending);
        model.put("alreadyImported", alreadyImported);
        ctx.render("transfer/report", model);
    }
}
