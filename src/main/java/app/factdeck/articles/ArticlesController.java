package app.factdeck.articles;

import app.factdeck.accounts.WebSessions;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.content.Article;
import app.factdeck.content.PageLine;
import app.factdeck.content.PageMeta;
import app.factdeck.content.PageReading;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.core.Question;
import app.factdeck.web.NotFound;
import app.factdeck.web.PathIds;
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
 * The new-article pages: parse the form, call {@link TeacherArticles}, render its messages beside the fields or
 * redirect to the next step. Any teacher may work on any teacher's article, as on the question bank: the library
 * is the school's.
 */
final class ArticlesController {

    /** Form fields of a fact, in the form's order; a message for any other field is shown at the form's end. */
    private static final List<String> FACT_FIELDS = List.of("kind", "answerWords", "answerType", "group", "groupNew",
            "aliases", "roleWords", "event", "date", "number", "contradiction", "question", "statement");
    /** The notices a redirect may ask for (by key, so a link cannot make the page say anything else). */
    private static final Map<String, String> NOTICES = Map.of(
            "fact", "The fact is saved and its questions are made again.",
            "fact-deleted", "The fact is deleted; students no longer get its questions.",
            "published", "Published: students can now read the article, take its quiz and study its flashcards.",
            "unpublished", "Unpublished: students no longer see the article. Their answers are kept.",
            "cleaned", "The page is saved. Now mark the facts students are asked about.",
            "deleted", "The article is deleted. Students' past answers stay in their results.");
    private static final java.util.regex.Pattern FACT_ID = java.util.regex.Pattern.compile("\\bt\\d+-(new|\\d+)\\b");
    /** A typed value is shown back at most this long (longer ones were refused as too long anyway). */
    private static final int ECHO = 4_000;

    private final TeacherArticles articles;
    private final QuestionCatalog catalog;
    private final QuestionBank bank;

    ArticlesController(TeacherArticles articles, QuestionCatalog catalog, QuestionBank bank) {
        this.articles = articles;
        this.catalog = catalog;
        this.bank = bank;
    }

    // --- the list and a new article ---------------------------------------------------------------------------------

    List<ArticlesModule.Row> rows() {
        return articles.all().stream().map(a -> new ArticlesModule.Row(a, articles.facts(a).size(),
                visibleQuestions(a.slug()).size())).toList();
    }

    void listArticles(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Teachers' articles");
        model.put("rows", rows());
        model.put("notice", notice(ctx));
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
        model.put("url", cut(url));
        model.put("errors", errors);
        ctx.render("articles/new", model);
    }

    // --- step 1: cleaning -------------------------------------------------------------------------------------------

    /** A line of the page as the cleaning form shows it. */
    record LineRow(int number, String text, boolean checked, String decision, List<String> stripped) {
    }

    void serveCleaning(Context ctx) {
        TeacherArticle a = article(ctx);
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
        TeacherArticle a = article(ctx);
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
                dateProblem = "Write the date as YYYY-MM-DD, e.g. 2023-08-23; '" + cut(published, 40)
                        + "' is not a date in that form.";
            }
        }
        String language = values.get("language").strip();
        TeacherArticle.Details details = new TeacherArticle.Details(values.get("title"), values.get("publisher"),
                blankToNull(values.get("author")), date, blankToNull(values.get("url")), language);
        Map<String, String> problems = new LinkedHashMap<>(articles.saveCleaning(a.id(), details, flipped));
        if (dateProblem != null) {
            problems.put("published", dateProblem);
        }
        if (!problems.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            values.replaceAll((k, v) -> cut(v));
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
        model.put("notEnglish", !isEnglish(values.get("language")));
        model.put("detectedNote", detectedNote(reading.meta()));
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
        return "Found on the page: " + String.join(", ", found) + ". Check them and fill in the rest.";
    }

    private static boolean isEnglish(String language) {
        String l = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
        return l.isEmpty() || l.equals("en") || l.startsWith("en-");
    }

    // --- step 2: facts ----------------------------------------------------------------------------------------------

    /** A sentence of the cleaned article with how many facts are marked in it. */
    record SentenceRow(String anchor, int number, String text, long facts) {
    }

    /** A marked fact as the facts page lists it. */
    record FactRow(MarkedFact fact, String sentenceLabel, int questions, List<String> problems) {
    }

    void listFacts(Context ctx) {
        TeacherArticle a = article(ctx);
        renderFacts(ctx, a, null);
    }

    private void renderFacts(Context ctx, TeacherArticle a, String problem) {
        Optional<Article> read = articles.article(a);
        List<TeacherArticles.FactView> facts = articles.facts(a);
        List<SentenceRow> sentences = new ArrayList<>();
        for (Article.Sentence s : read.map(Article::sentences).orElse(List.of())) {
            sentences.add(new SentenceRow(s.anchor(), number(s.anchor()), s.text(),
                    facts.stream().filter(f -> s.text().equals(f.fact().sentence())).count()));
        }
        List<Question> questions = visibleQuestions(a.slug());
        Map<String, List<String>> rejected = bank.rejectedOf(a.slug());
        List<FactRow> rows = new ArrayList<>();
        for (TeacherArticles.FactView f : facts) {
            int count = (int) questions.stream().filter(q -> q.factIds().contains(f.id())).count();
            List<String> problems = new ArrayList<>(f.problems().values());
            if (count == 0 && problems.isEmpty()) {
                String why = rejected.entrySet().stream().filter(e -> e.getKey().startsWith(f.id() + "/"))
                        .flatMap(e -> e.getValue().stream()).findFirst().map(r -> " The checks said: " + r)
                        .orElse("");
                problems.add("No question came from this fact yet." + why);
            }
            String label = sentences.stream().filter(s -> s.text().equals(f.fact().sentence())).findFirst()
                    .map(s -> s.number() + ".").orElse("(not in the article now)");
            rows.add(new FactRow(f.fact(), label, count, problems));
        }
        if (problem == null && read.isEmpty()) {
            List<String> left = articles.articleProblems(a);
            problem = "Finish step 1 first: " + (left.isEmpty() ? "the article needs its title, publisher and date."
                    : String.join(" ", left));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", a.details().title());
        model.put("article", a);
        model.put("sentences", sentences);
        model.put("facts", rows);
        model.put("notice", problem == null ? notice(ctx) : null);
        model.put("problem", problem);
        model.put("notEnglish", !isEnglish(a.details().language()));
        ctx.render("articles/facts", model);
    }

    void serveNewFact(Context ctx) {
        TeacherArticle a = article(ctx);
        Article.Sentence s = sentence(a, Optional.ofNullable(ctx.queryParam("sentence")).orElse(""));
        Map<String, String> values = new HashMap<>();
        values.put("kind", Optional.ofNullable(ctx.queryParam("kind")).filter(k -> MarkedFact.Kind.ofSlug(k)
                .isPresent()).orElse(""));
        renderFactForm(ctx, a, s, null, values, Map.of());
    }

    void addFact(Context ctx) {
        saveFact(ctx, article(ctx), null);
    }

    void serveFactEdit(Context ctx) {
        TeacherArticle a = article(ctx);
        TeacherArticles.FactView f = fact(ctx, a);
        MarkedFact m = f.fact();
        Map<String, String> values = new HashMap<>();
        values.put("kind", m.kind().slug());
        values.put("answerWords", String.join("\n", m.answerWords()));
        values.put("answerType", orEmpty(m.answerType()));
        values.put("group", orEmpty(m.group()));
        values.put("aliases", orEmpty(m.aliases()));
        values.put("roleWords", orEmpty(m.roleWords()));
        values.put("question", orEmpty(m.question()));
        values.put("statement", orEmpty(m.statement()));
        values.put("event", orEmpty(m.event()));
        values.put("date", orEmpty(m.date()));
        values.put("number", orEmpty(m.number()));
        values.put("contradiction", orEmpty(m.contradiction()));
        renderFactForm(ctx, a, sentenceOf(a, m), f.id(), values, Map.of());
    }

    void editFact(Context ctx) {
        TeacherArticle a = article(ctx);
        saveFact(ctx, a, fact(ctx, a).id());
    }

    private void saveFact(Context ctx, TeacherArticle a, String factId) {
        Map<String, String> values = new HashMap<>();
        for (String field : FACT_FIELDS) {
            values.put(field, Optional.ofNullable(ctx.formParam(field)).orElse(""));
        }
        String anchor = Optional.ofNullable(ctx.formParam("sentence")).orElse("");
        Article.Sentence s = articles.article(a).flatMap(r -> r.sentence(anchor))
                .orElseThrow(() -> new app.factdeck.web.BadRequest("The form lost which sentence the fact is in. Go "
                        + "back to the article's facts and choose the sentence again."));
        List<String> answers = values.get("answerWords").lines().map(String::strip).filter(w -> !w.isEmpty())
                .limit(TeacherArticles.MAX_LIST + 1).toList();
        String group = values.get("groupNew").isBlank() ? values.get("group") : values.get("groupNew");
        MarkedFact fact = new MarkedFact(factId, MarkedFact.Kind.ofSlug(values.get("kind")).orElse(null), s.text(),
                answers, values.get("answerType"), group, values.get("aliases"), values.get("roleWords"),
                values.get("question"), values.get("statement"), values.get("event"), values.get("date"),
                values.get("number"), values.get("contradiction"));
        TeacherArticles.FactSave saved = articles.saveFact(a.id(), fact, WebSessions.required(ctx).id());
        if (saved.id().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            values.replaceAll((k, v) -> cut(v));
            renderFactForm(ctx, a, s, factId, values, saved.problems());
            return;
        }
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=fact#fact-" + saved.id().get());
    }

    private void renderFactForm(Context ctx, TeacherArticle a, Article.Sentence s, String factId,
                                Map<String, String> values, Map<String, String> problems) {
        // A message for a field the form does not have goes to the form's end, never lost.
        Map<String, String> errors = new LinkedHashMap<>();
        // The loader names the fact by its id ("the statement of t4-new …"); the teacher knows it as this fact.
        problems.forEach((field, message) -> errors.merge(
                FACT_FIELDS.contains(field) || field.equals("sentence") ? field : "fact",
                FACT_ID.matcher(message).replaceAll("this fact"), (x, y) -> x + " " + y));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String type : TeacherArticles.ANSWER_TYPES) {
            List<String> tags = articles.groups(type);
            if (!tags.isEmpty()) {
                groups.put(type, tags);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", factId == null ? "Mark a fact" : "Edit the fact");
        model.put("article", a);
        model.put("sentence", new SentenceRow(s.anchor(), number(s.anchor()), s.text(), 0));
        model.put("kinds", MarkedFact.Kind.values());
        model.put("types", TeacherArticles.ANSWER_TYPES);
        model.put("groups", groups);
        model.put("values", values);
        model.put("errors", errors);
        model.put("action", "/teacher/articles/" + a.id() + "/facts/" + (factId == null ? "new" : factId + "/edit"));
        ctx.render("articles/fact-form", model);
    }

    void confirmFactDeletion(Context ctx) {
        TeacherArticle a = article(ctx);
        TeacherArticles.FactView f = fact(ctx, a);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Delete the fact");
        model.put("article", a);
        model.put("fact", f.fact());
        model.put("questions", visibleQuestions(a.slug()).stream().filter(q -> q.factIds().contains(f.id())).count());
        ctx.render("articles/delete-fact", model);
    }

    void deleteFact(Context ctx) {
        TeacherArticle a = article(ctx);
        articles.withdrawFact(a.id(), fact(ctx, a).id());
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=fact-deleted");
    }

    // --- step 3: publishing -----------------------------------------------------------------------------------------

    void publish(Context ctx) {
        TeacherArticle a = article(ctx);
        Optional<String> problem = articles.publish(a.id(), visibleQuestions(a.slug()).size());
        if (problem.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderFacts(ctx, a, problem.get());
            return;
        }
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=published");
    }

    void unpublish(Context ctx) {
        TeacherArticle a = article(ctx);
        articles.unpublish(a.id());
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=unpublished");
    }

    void confirmDeletion(Context ctx) {
        TeacherArticle a = article(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Delete the article");
        model.put("article", a);
        model.put("facts", articles.facts(a).size());
        ctx.render("articles/delete", model);
    }

    void delete(Context ctx) {
        articles.delete(article(ctx).id());
        ctx.redirect("/teacher/articles?done=deleted");
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private TeacherArticle article(Context ctx) {
        String noSuch = "There is no article " + PathIds.shown(ctx, "id") + ". Open one from Teachers' articles.";
        long id = PathIds.of(ctx, "id", noSuch);
        return articles.find(id).orElseThrow(() -> new NotFound(noSuch));
    }

    private TeacherArticles.FactView fact(Context ctx, TeacherArticle a) {
        String raw = ctx.pathParam("fact");
        return articles.fact(a, raw).orElseThrow(() -> new NotFound("This article has no fact "
                + cut(raw, 40) + " (it may have been deleted). Open the article's facts to see them."));
    }

    private Article.Sentence sentence(TeacherArticle a, String anchor) {
        Optional<Article> read = articles.article(a);
        if (read.isEmpty()) {
            throw new app.factdeck.web.BadRequest("Finish step 1 first (title, publisher, date and the article's "
                    + "lines): facts are marked in the cleaned article.");
        }
        return read.get().sentence(anchor).orElseThrow(() -> new NotFound("The article has no sentence '"
                + cut(anchor, 20) + "'. Choose one from the article's sentences."));
    }

    /** The fact's sentence in the article as it is now; the stored text alone when the article lost it. */
    private Article.Sentence sentenceOf(TeacherArticle a, MarkedFact m) {
        return articles.article(a).flatMap(r -> r.sentences().stream().filter(s -> s.text().equals(m.sentence()))
                .findFirst()).orElse(new Article.Sentence("s-0", m.sentence()));
    }

    /** The questions students get once the article is published: approved generated ones and teachers' own. */
    private List<Question> visibleQuestions(String slug) {
        return catalog.entries(slug).stream().filter(e -> e.status().visible()).map(QuestionCatalog.Entry::question)
                .toList();
    }

    private static int number(String anchor) {
        return anchor.matches("s-\\d{1,6}") ? Integer.parseInt(anchor.substring(2)) : 0;
    }

    private static String notice(Context ctx) {
        String key = ctx.queryParam("done");
        return key == null ? null : NOTICES.get(key);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s) {
        return cut(s, ECHO);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
