package app.factdeck.articles;

import app.factdeck.accounts.WebSessions;
import app.factdeck.content.PageLine;
import app.factdeck.content.PageMeta;
import app.factdeck.content.PageReading;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The list of teachers' articles, a new article (paste or upload) and step 1, cleaning the page: parse the form, call
 * {@link TeacherArticles}, render its messages beside the fields or redirect to the next step. Any teacher may work
 * on any teacher's article, as on the question bank: the library is the school's.
 */
final class ArticlesController {

    private final TeacherArticles articles;
    private final ArticlePages pages;

    ArticlesController(TeacherArticles articles, ArticlePages pages) {
        this.articles = articles;
        this.pages = pages;
    }

    // --- the list and a new article ---------------------------------------------------------------------------------

    List<ArticlesModule.Row> rows() {
        return articles.all().stream().map(a -> new ArticlesModule.Row(a, articles.facts(a).size(),
                pages.visibleQuestions(a.slug()).size())).toList();
    }

    void listArticles(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Teachers' articles");
        model.put("rows", rows());
        model.put("notice", ArticlePages.notice(ctx));
        ctx.render("articles/list", model);
    }

    void serveNewArticle(Context ctx) {
        renderNew(ctx, "", "", Map.of());
    }

    void addArticle(Context ctx) {
        String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
        String url = Optional.ofNullable(ctx.formParam("url")).orElse("").strip();
        UploadedFile file = ctx.uploadedFile("file");
        boolean hasFile = file != null && file.filename() != null && !file.filename().isBlank();
        long teacher = WebSessions.required(ctx).id();
        TeacherArticles.Intake intake;
        if (hasFile && !text.isBlank()) {
            intake = new TeacherArticles.Intake(Optional.empty(), Map.of("file", "You pasted text and chose a file: "
                    + "Factdeck takes one page at a time. Clear the text box to upload the file, or send the text "
                    + "without a file."));
        } else if (hasFile) {
            intake = articles.addUpload(file.filename(), bytes(file), url, teacher);
        } else {
            intake = articles.addPage(text, url, teacher);
        }
        if (intake.article().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderNew(ctx, text, url, intake.problems());
            return;
        }
        ctx.redirect("/teacher/articles/" + intake.article().get().id() + "/clean");
    }

    private static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            // The body was capped before this handler ran (RequestBodies), so this is at most a few MB.
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void renderNew(Context ctx, String text, String url, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "New article");
        // Kept whole, however long: the teacher must not lose a paste because it was refused.
        model.put("text", text);
        model.put("url", ArticlePages.cut(url));
        model.put("errors", errors);
        ctx.render("articles/new", model);
    }

    // --- step 1: cleaning -------------------------------------------------------------------------------------------

    /** A line of the page as the cleaning form shows it. */
    record LineRow(int number, String text, boolean checked, String decision, List<String> stripped) {
    }

    void serveCleaning(Context ctx) {
        TeacherArticle a = pages.article(ctx);
        TeacherArticle.Details d = a.details();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", d.title());
        values.put("publisher", d.publisher());
        values.put("author", d.authorIfAny().orElse(""));
        values.put("published", d.published() == null ? "" : d.published().toString());
        values.put("url", d.urlIfAny().orElse(""));
        values.put("language", d.language());
        PageReading reading = articles.reading(a);
        Set<Integer> kept = new LinkedHashSet<>();
        reading.lines().stream().filter(l -> TeacherArticles.keptNow(a, l)).forEach(l -> kept.add(l.number()));
        renderCleaning(ctx, a, reading, values, kept, Map.of());
    }

    void saveCleaning(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("title", "publisher", "author", "published", "url", "language")) {
            values.put(field, Optional.ofNullable(ctx.formParam(field)).orElse(""));
        }
        PageReading reading = articles.reading(a);
        Set<Integer> ticked = new LinkedHashSet<>();
        for (String raw : ctx.formParams("keep")) {
            if (raw.matches("\\d{1,6}")) {
                ticked.add(Integer.parseInt(raw));
            }
        }
        Set<Integer> flipped = new LinkedHashSet<>();
        for (PageLine line : reading.lines()) {
            if (line.kept() != ticked.contains(line.number())) {
                flipped.add(line.number());
            }
        }
        if (a.isPublished()) {
            // Its boxes are disabled (students' answers cite its sentences): only the details can change.
            flipped = a.flipped();
            ticked.clear();
            reading.lines().stream().filter(l -> TeacherArticles.keptNow(a, l)).forEach(l -> ticked.add(l.number()));
        }
        String published = values.get("published").strip();
        LocalDate date = null;
        String dateProblem = null;
        if (!published.isEmpty()) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                // "31 October 2022" and "October 31, 2022" are dates too.
                date = app.factdeck.content.PageCleaner.dateIn(published).orElse(null);
                if (date == null) {
                    dateProblem = "Write the date as YYYY-MM-DD, e.g. 2023-08-23; '" + ArticlePages.cut(published, 40)
                            + "' is not a date.";
                }
            }
        }
        String language = values.get("language").strip();
        TeacherArticle.Details details = new TeacherArticle.Details(values.get("title"), values.get("publisher"),
                ArticlePages.blankToNull(values.get("author")), date, ArticlePages.blankToNull(values.get("url")), language);
        Map<String, String> problems = new LinkedHashMap<>(articles.saveCleaning(a.id(), details, flipped));
        if (dateProblem != null) {
            problems.put("published", dateProblem);
        }
        if (!problems.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            values.replaceAll((k, v) -> ArticlePages.cut(v));
            renderCleaning(ctx, articles.find(a.id()).orElse(a), reading, values, ticked, problems);
            return;
        }
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=cleaned");
    }

    private void renderCleaning(Context ctx, TeacherArticle a, PageReading reading, Map<String, String> values,
                                Set<Integer> checked, Map<String, String> errors) {
        List<LineRow> lines = new ArrayList<>();
        for (PageLine l : reading.lines()) {
            lines.add(new LineRow(l.number(), l.text(), checked.contains(l.number()), decision(a, l), l.stripped()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Clean the page");
        model.put("article", a);
        model.put("values", values);
        model.put("lines", lines);
        model.put("keptCount", lines.stream().filter(LineRow::checked).count());
        model.put("errors", errors);
        model.put("notEnglish", !ArticlePages.isEnglish(values.get("language")));
        model.put("detectedNote", detectedNote(reading.meta()));
        model.put("mayChange", ArticlePages.mayChange(ctx, a));
        ctx.render("articles/clean", model);
    }

    /** "Kept: article text" or "Left out: a menu", and whether the teacher changed it. */
    private static String decision(TeacherArticle a, PageLine l) {
        String reason = l.reason() == null || l.reason().isBlank() ? "" : ": " + l.reason();
        String cleaner = (l.kept() ? l.role() == PageLine.Role.SUBHEADING ? "Kept as a subheading" : "Kept"
                : "Left out") + reason;
        return a.flipped().contains(l.number())
                ? cleaner + " (Factdeck's choice; you changed it)" : cleaner;
    }

    private static String detectedNote(PageMeta meta) {
        List<String> found = new ArrayList<>();
        meta.title().ifPresent(t -> found.add("the title"));
        meta.publisher().ifPresent(t -> found.add("the publisher"));
        meta.author().ifPresent(t -> found.add("the author"));
        meta.published().ifPresent(t -> found.add("the date"));
        meta.url().ifPresent(t -> found.add("the address"));
        if (found.isEmpty()) {
            return "The page does not say its title, publisher or date in a way Factdeck can read: fill them in.";
        }
        return "Found on the page: " + String.join(", ", found) + ". Check what was found and fill in the rest.";
    }

    // --- deleting ---------------------------------------------------------------------------------------------------

    void confirmDeletion(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Delete the article");
        model.put("article", a);
        model.put("facts", articles.facts(a).size());
        ctx.render("articles/delete", model);
    }

    void delete(Context ctx) {
        articles.delete(pages.changeable(ctx).id());
        ctx.redirect("/teacher/articles?done=deleted");
    }
}
