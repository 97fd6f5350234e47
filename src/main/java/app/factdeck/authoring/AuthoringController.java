package app.factdeck.authoring;

import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.accounts.Account;
import app.factdeck.accounts.WebSessions;
import app.factdeck.content.Article;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.QuestionKinds;
import app.factdeck.web.NotFound;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The teacher's pages for one article's questions: the review list with its filters, approve and hide, the
 * authoring form (new, edit, override a generated question) with its preview, delete, and a question's page
 * with its history.
 */
final class AuthoringController {

    private final AuthoringService service;
    private final Library library;

    AuthoringController(AuthoringService service, Library library) {
        this.service = service;
        this.library = library;
    }

    /**
     * {@code ?type=&fact=&status=} narrow the list; an unknown value is a 400 that still lists everything.
     * {@code ?page=N} pages it (see {@link BankPage}): past the last page shows the last, saying so; a page that
     * is not a number is a 400 that shows the first.
     */
    void review(Context ctx) {
        Article article = service.article(ctx.pathParam("slug"));
        // Teachers' own questions first, the newest on top: the one just saved or imported is on page 1.
        List<QuestionCatalog.Entry> all = service.catalog().entries(article.slug()).stream()
                .sorted(java.util.Comparator.comparingLong((QuestionCatalog.Entry e) ->
                        e.question().isAuthored() ? -e.question().authored().number() : 1))
                .toList();
        String type = param(ctx, "type");
        String fact = param(ctx, "fact");
        String status = param(ctx, "status");
        List<Fact> facts = library.factsOf(article.slug());
        Map<String, Object> model = new HashMap<>();
        String error = null;
        if (!type.isEmpty() && QuestionKinds.bySlug(type).isEmpty()) {
            error = "There is no question type '" + type + "'. Choose one from the list, or All types.";
        } else if (!fact.isEmpty() && facts.stream().noneMatch(f -> f.id().equals(fact))) {
            error = "This article has no fact '" + fact + "'. Choose one from the list, or All facts.";
        } else if (!status.isEmpty() && Arrays.stream(QuestionCatalog.Status.values()).noneMatch(s -> s.slug().equals(status))) {
            error = "There is no status '" + status + "'. Choose approved, hidden, overridden, authored or "
                    + "needs-fix.";
        }
        List<QuestionCatalog.Entry> shown = all;
        if (error == null) {
            shown = all.stream()
                    .filter(e -> type.isEmpty() || e.question().type().slug().equals(type))
                    .filter(e -> fact.isEmpty() || e.question().factIds().contains(fact))
                    .filter(e -> status.isEmpty() || e.status().slug().equals(status))
                    .toList();
        }
        BankPage page = BankPage.of(param(ctx, "page"), shown.size());
        if (error != null || page.error().isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            model.put("error", error != null ? error : page.error().get());
        }
        model.put("pageNotice", page.notice().orElse(null));
        Map<QuestionKind<?>, Long> counts = new LinkedHashMap<>();
        for (QuestionKind<?> t : QuestionKinds.all()) {
            counts.put(t, all.stream().filter(e -> e.question().type() == t).count());
        }
        Map<QuestionCatalog.Status, Long> statusCounts = new LinkedHashMap<>();
        for (QuestionCatalog.Status s : QuestionCatalog.Status.values()) {
            statusCounts.put(s, all.stream().filter(e -> e.status() == s).count());
        }
        model.put("title", "Questions: " + article.title());
        model.put("article", article);
        model.put("entries", page.of(shown));
        model.put("matching", shown.size());
        model.put("page", page.number());
        model.put("pages", page.pages());
        model.put("firstShown", shown.isEmpty() ? 0 : page.from() + 1);
        model.put("lastShown", page.to());
        model.put("total", all.size());
        model.put("visible", all.stream().filter(e -> e.status().visible()).count());
        model.put("counts", counts);
        model.put("statusCounts", statusCounts);
        // The filter names each fact in words: its raw statement holds a placeholder, and role facts have none.
        Map<String, String> factLabels = new LinkedHashMap<>();
        facts.forEach(f -> factLabels.put(f.id(), library.plainStatement(f)));
        model.put("factLabels", factLabels);
        model.put("selectedType", error == null ? type : "");
        model.put("selectedFact", error == null ? fact : "");
        model.put("selectedStatus", error == null ? status : "");
        String filters = error == null ? query(type, fact, status) : "";
        // The hide/approve forms come back to this very page; the pager links keep the filters.
        String and = filters.isEmpty() ? "?" : "&";
        model.put("query", filters + (page.number() > 1 ? and + "page=" + page.number() : ""));
        model.put("pageLink", "/articles/" + article.slug() + "/questions" + filters + and + "page=");
        model.put("changes", service.lastChanges(article.slug()));
        model.put("notice", notice(param(ctx, "saved"), param(ctx, "deleted")));
        model.put("types", QuestionKinds.all());
        ctx.render("authoring/review", model);
    }

    void setStatus(Context ctx) {
        String slug = ctx.pathParam("slug");
        String id = param(ctx, "question");
        service.setStatus(teacher(ctx), slug, id, param(ctx, "set"));
        ctx.redirect("/articles/" + slug + "/questions" + Optional.ofNullable(ctx.formParam("return"))
                .filter(q -> q.startsWith("?") || q.isEmpty()).orElse("") + "#" + anchor(id));
    }

    /** Without {@code ?type=}: the list of types to write. With {@code ?from=ID}: a generated question to override. */
    void newQuestion(Context ctx) {
        Article article = service.article(ctx.pathParam("slug"));
        String from = param(ctx, "from");
        if (!from.isEmpty()) {
            Question generated = service.catalog().generatedIds(article.slug()).contains(from)
                    ? service.catalog().find(from).orElseThrow() : null;
            if (generated == null) {
                throw new NotFound("There is no generated question '" + from + "' in this article to edit.");
            }
            renderForm(ctx, article, AuthoringService.draftOf(generated), Map.of(), null, Optional.of(from),
                    Optional.empty());
            return;
        }
        Optional<QuestionKind<?>> type = QuestionKinds.bySlug(param(ctx, "type"));
        if (type.isEmpty()) {
            if (!param(ctx, "type").isEmpty()) {
                ctx.status(HttpStatus.BAD_REQUEST);
            }
            Map<String, Object> model = new HashMap<>();
            model.put("title", "New question: " + article.title());
            model.put("article", article);
            model.put("types", QuestionKinds.all());
            model.put("error", param(ctx, "type").isEmpty() ? null
                    : "There is no question type '" + param(ctx, "type") + "'. Choose one below.");
            ctx.render("authoring/choose-type", model);
            return;
        }
        renderForm(ctx, article, QuestionDraft.empty(type.get()), Map.of(), null, Optional.empty(), Optional.empty());
    }

    void create(Context ctx) {
        Article article = service.article(ctx.pathParam("slug"));
        QuestionKind<?> type = QuestionKinds.bySlug(param(ctx, "type")).orElseThrow(() -> new app.factdeck.web.BadRequest(
                "The form did not say which type of question this is. Start again from New question."));
        Optional<String> overrides = Optional.of(param(ctx, "overrides")).filter(s -> !s.isEmpty());
        submit(ctx, article, QuestionDraft.fromForm(type, ctx.formParamMap()), overrides, Optional.empty());
    }

    void editForm(Context ctx) {
        Article article = service.article(ctx.pathParam("slug"));
        long id = number(ctx);
        TeacherQuestionRepository.Stored s = service.owned(article.slug(), id);
        renderForm(ctx, article, s.draft(), Map.of(), null, s.overrides(), Optional.of(id));
    }

    void update(Context ctx) {
        Article article = service.article(ctx.pathParam("slug"));
        long id = number(ctx);
        TeacherQuestionRepository.Stored s = service.owned(article.slug(), id);
        submit(ctx, article, QuestionDraft.fromForm(s.draft().type(), ctx.formParamMap()), s.overrides(),
                Optional.of(id));
    }

    /** Asks before deleting: which question, how many quiz attempts used it, and a way back. */
    void confirmDelete(Context ctx) {
        Article article = service.article(ctx.pathParam("slug"));
        long id = number(ctx);
        TeacherQuestionRepository.Stored s = service.owned(article.slug(), id);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Delete question a/" + id + ": " + article.title());
        model.put("article", article);
        model.put("number", id);
        model.put("stem", s.draft().stem());
        model.put("attempts", service.attemptsUsing(article.slug(), id));
        model.put("back", "/articles/" + article.slug() + "/questions#" + anchor("a/" + id));
        ctx.render("authoring/delete", model);
    }

    void delete(Context ctx) {
        String slug = ctx.pathParam("slug");
        long id = number(ctx);
        service.delete(teacher(ctx), slug, id);
        ctx.redirect("/articles/" + slug + "/questions?deleted=" + URLEncoder.encode("a/" + id, StandardCharsets.UTF_8));
    }

    /** {@code ?id=}: any question of the article as a student sees it, with its answer and history. */
    void show(Context ctx) {
        Article article = service.article(ctx.pathParam("slug"));
        String id = param(ctx, "id");
        Question q = service.catalog().find(id).filter(x -> x.articleSlug().equals(article.slug()))
                .orElseThrow(() -> new NotFound("There is no question '" + id + "' in this article."));
        Map<String, Object> model = previewModel(q);
        model.put("title", "Question " + id + ": " + article.title());
        model.put("article", article);
        model.put("history", service.history(article.slug(), q.isAuthored() ? q.authored().baseId() : q.id()));
        ctx.render("authoring/question", model);
    }

    /** Preview renders the question; save stores it. Either way, errors come back beside their fields. */
    private void submit(Context ctx, Article article, QuestionDraft draft, Optional<String> overrides,
                        Optional<Long> editing) {
        boolean preview = "preview".equals(ctx.formParam("action"));
        if (preview) {
            DraftCheck.Checked checked = DraftCheck.check(draft, article, editing.orElse(0L), 0);
            if (!checked.ok()) {
                ctx.status(HttpStatus.BAD_REQUEST);
            }
            renderForm(ctx, article, draft, checked.errors(), checked.question(), overrides, editing);
            return;
        }
        AuthoringService.Saved saved = service.save(teacher(ctx), article.slug(), editing, overrides, draft);
        if (!saved.checked().ok()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderForm(ctx, article, draft, saved.checked().errors(), null, overrides, editing);
            return;
        }
        ctx.redirect("/articles/" + article.slug() + "/questions?saved="
                + URLEncoder.encode("a/" + saved.id(), StandardCharsets.UTF_8) + "#" + anchor("a/" + saved.id()));
    }

    private void renderForm(Context ctx, Article article, QuestionDraft draft, Map<String, String> errors,
                            Question preview, Optional<String> overrides, Optional<Long> editing) {
        Map<String, Object> model = preview == null ? new HashMap<>() : previewModel(preview);
        model.put("title", (editing.isPresent() ? "Edit question a/" + editing.get() : overrides.isPresent()
                ? "Replace a generated question" : "New " + draft.type().label().toLowerCase(java.util.Locale.ROOT)
                + " question") + ": " + article.title());
        model.put("article", article);
        model.put("draft", draft);
        model.put("type", draft.type());
        model.put("errors", errors);
        model.put("overrides", overrides.orElse(""));
        model.put("editing", editing.orElse(null));
        model.put("action", editing.map(id -> "/articles/" + article.slug() + "/questions/a/" + id + "/edit")
                .orElse("/articles/" + article.slug() + "/questions/new"));
        model.put("sentences", article.sentences());
        model.put("rows", IntStream.range(0, draft.optionRows().size()).boxed().toList());
        model.put("grades", app.factdeck.questions.core.MoodleGrades.choices());
        model.put("preview", preview);
        ctx.render("authoring/form", model);
    }

    /** What the student-facing answer fields need, for a question nobody has answered. */
    private static Map<String, Object> previewModel(Question q) {
        Map<String, Object> model = new HashMap<>();
        model.put("question", q);
        model.put("shown", q.optionsFor(0));
        model.put("kept", Map.of());
        model.put("positions", IntStream.rangeClosed(1, q.optionsFor(0).size()).boxed().toList());
        model.put("correctAnswer", q.correctAnswer());
        return model;
    }

    /** After a save or a delete the bank says what happened; the id is echoed only when it is one ("a/12"). */
    private static String notice(String saved, String deleted) {
        if (saved.matches("a/\\d{1,18}")) {
            return "Saved question " + saved + ".";
        }
        if (deleted.matches("a/\\d{1,18}")) {
            return "Deleted question " + deleted + ". Students no longer get it; past answers to it are kept.";
        }
        return null;
    }

    private static Account teacher(Context ctx) {
        return WebSessions.required(ctx);
    }

    private static long number(Context ctx) {
        return app.factdeck.web.PathIds.of(ctx, "number", "There is no question a/"
                + app.factdeck.web.PathIds.shown(ctx, "number") + " in this article.");
    }

    static String anchor(String questionId) {
        return "q-" + questionId.replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static String query(String type, String fact, String status) {
        StringBuilder q = new StringBuilder();
        for (String[] kv : new String[][]{{"type", type}, {"fact", fact}, {"status", status}}) {
            if (!kv[1].isEmpty()) {
                q.append(q.length() == 0 ? "?" : "&").append(kv[0]).append('=')
                        .append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    private static String param(Context ctx, String name) {
        String v = ctx.method().name().equals("POST") ? ctx.formParam(name) : null;
        if (v == null) {
            v = ctx.queryParam(name);
        }
        return v == null ? "" : v.strip();
    }
}
