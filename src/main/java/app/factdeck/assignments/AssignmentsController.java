package app.factdeck.assignments;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.ClassRepository;
import app.factdeck.accounts.WebSessions;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.content.Article;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.quizzes.AttemptRepository;
import app.factdeck.web.NotFound;
import app.factdeck.web.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A teacher's assignments of their own class (admins may open any): the list, the new/edit form, deleting, the
 * gradebook with its CSV, and a read-only review of a student's attempt. A student starts or resumes their own.
 */
final class AssignmentsController {

    static final String NO_SUCH_ATTEMPT = "There is no such attempt at this class's assignments.";

    private final AssignmentStore store;
    private final AssignmentService service;
    private final ClassRepository classes;
    private final Library library;
    private final QuestionCatalog catalog;
    private final AttemptRepository attempts;
    private final Clock clock;

    AssignmentsController(AssignmentStore store, AssignmentService service, ClassRepository classes, Library library,
                          QuestionCatalog catalog, AttemptRepository attempts, Clock clock) {
        this.store = store;
        this.service = service;
        this.classes = classes;
        this.library = library;
        this.catalog = catalog;
        this.attempts = attempts;
        this.clock = clock;
    }

    void list(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Assignments of " + k.name());
        model.put("schoolClass", k);
        model.put("assignments", store.ofClass(k.id()).stream().map(this::row).toList());
        model.put("notice", "deleted".equals(ctx.queryParam("done")) ? "The assignment was deleted." : null);
        ctx.render("assignments/list", model);
    }

    /** One line of the class's list: title, article, questions and rules in words. */
    record Row(long id, String title, String article, String questions, String opens, String due, String lateUntil,
               String attempts, String counts, String answers) {
    }

    private Row row(Assignment a) {
        AssignmentRules r = a.rules();
        return new Row(a.id(), a.title(), library.article(a.articleSlug()).map(Article::title).orElse(a.articleSlug()),
                a.questionsInWords(), r.opensAt().map(r::words).orElse("—"), r.dueAt().map(r::words).orElse("—"),
                r.lateUntil().map(r::words).orElse("—"),
                r.attemptsAllowed() == 0 ? "unlimited" : String.valueOf(r.attemptsAllowed()), r.counts().words(),
                r.answers().words());
    }

    void showNew(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        Account teacher = WebSessions.required(ctx);
        Optional<ZoneId> last = store.lastZoneOf(teacher.id());
        Map<String, String> values = AssignmentForm.defaults(last.orElse(ZoneId.systemDefault()),
                articleFromQuery(ctx).orElse(""));
        // The teacher's own zone once they chose one; before that the browser's (assignment-form.js), else the server's.
        ctx.attribute("guessZone", last.isEmpty());
        renderForm(ctx, k, null, values, List.of(), Map.of());
    }

    void create(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        AssignmentForm.Read read = AssignmentForm.read(ctx.formParamMap(), this::questionIds);
        if (showOnly(ctx) || read.draft().isEmpty()) {
            refuse(ctx, k, null, read);
            return;
        }
        store.create(k.id(), read.draft().get(), WebSessions.required(ctx).id(), clock.instant());
        ctx.redirect("/teacher/classes/" + k.id() + "/assignments");
    }

    void showEdit(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        Assignment a = ownAssignment(ctx, k);
        renderForm(ctx, k, a, AssignmentForm.values(a), a.fixed(), Map.of());
    }

    void edit(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        Assignment a = ownAssignment(ctx, k);
        AssignmentForm.Read read = AssignmentForm.read(ctx.formParamMap(), this::questionIds);
        if (showOnly(ctx) || read.draft().isEmpty()) {
            refuse(ctx, k, a, read);
            return;
        }
        store.update(a.id(), read.draft().get());
        ctx.redirect("/teacher/classes/" + k.id() + "/assignments");
    }

    void confirmDelete(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        Assignment a = ownAssignment(ctx, k);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Delete " + a.title());
        model.put("schoolClass", k);
        model.put("assignment", a);
        model.put("attempts", store.attemptsOfClass(k.id()).stream().filter(s -> s.assignmentId() == a.id()).count());
        ctx.render("assignments/delete", model);
    }

    void delete(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        Assignment a = ownAssignment(ctx, k);
        store.delete(a.id());
        ctx.redirect("/teacher/classes/" + k.id() + "/assignments?done=deleted");
    }

    void showGradebook(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        Gradebook book = service.gradebook(k);
        ZoneId zone = zoneOf(ctx, k);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Gradebook of " + k.name());
        model.put("schoolClass", k);
        model.put("page", GradebookPage.of(book, k.id(), zone));
        model.put("zone", zone.getId());
        ctx.render("assignments/gradebook", model);
    }

    void downloadGradebook(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        StringWriter out = new StringWriter();
        try {
            GradebookCsv.write(service.gradebook(k), zoneOf(ctx, k), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + AssignmentService.fileName(k.name()) + "\"");
        ctx.result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A student's attempt as the teacher reads it: every question, the answer given, the right answer, the credit. */
    void showAttempt(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        long attemptId = PathIds.of(ctx, "attemptId", NO_SUCH_ATTEMPT);
        AssignmentStore.StoredAttempt s = store.attempt(attemptId).orElseThrow(() -> new NotFound(NO_SUCH_ATTEMPT));
        Assignment a = store.find(s.assignmentId()).filter(x -> x.classId() == k.id())
                .orElseThrow(() -> new NotFound(NO_SUCH_ATTEMPT));
        AttemptRepository.Attempt attempt = attempts.find(attemptId).orElseThrow(() -> new NotFound(NO_SUCH_ATTEMPT));
        Account student = classes.members(k.id()).stream().filter(m -> m.id() == s.accountId()).findFirst()
                .orElseThrow(() -> new NotFound("That student is not in " + k.name() + " any more."));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int p = 1; p <= attempt.size(); p++) {
            Optional<Question> q = catalog.find(attempt.questionIds().get(p - 1));
            AttemptRepository.Answer answer = attempt.answers().get(p);
            Map<String, Object> item = new HashMap<>();
            item.put("position", p);
            item.put("stem", q.map(Question::stem).orElse("(This question is no longer in the bank.)"));
            item.put("given", answer == null ? "not answered" : q.map(x -> x.describe(answer.response())).orElse("—"));
            item.put("correct", q.map(Question::correctAnswer).orElse("—"));
            item.put("credit", answer == null ? 0 : Math.round(100 * answer.credit()));
            item.put("verdict", answer == null ? "Not answered" : answer.correct() ? "Right"
                    : answer.credit() > 0 ? "Partly right" : "Wrong");
            items.add(item);
        }
        AssignmentRules r = a.rules();
        Map<String, Object> model = new HashMap<>();
        model.put("title", student.displayName() + " — " + a.title());
        model.put("schoolClass", k);
        model.put("assignment", a);
        model.put("student", student);
        model.put("items", items);
        model.put("score", Math.round(100 * s.score()));
        model.put("started", r.words(s.startedAt()));
        model.put("ended", s.finishedAt().map(t -> (s.closed() ? "Closed at the cut-off, " + s.answered() + " of "
                + s.questions() + " answered: " : "Submitted ") + r.words(t)
                + (r.late(s.asRulesSee()) ? " (late)" : "")).orElse("In progress"));
        ctx.render("assignments/attempt", model);
    }

    /** A student's Start / Resume / Try again. */
    void start(Context ctx) {
        long id = PathIds.of(ctx, "id", AssignmentService.NO_SUCH_ASSIGNMENT);
        ctx.redirect("/quiz/" + service.startOrResume(WebSessions.required(ctx), id));
    }

    /** The gradebook's times are the teacher's: the zone of the class's latest assignment, else the server's. */
    private ZoneId zoneOf(Context ctx, ClassRepository.SchoolClass k) {
        return store.ofClass(k.id()).stream().findFirst().map(a -> a.rules().zone())
                .or(() -> store.lastZoneOf(WebSessions.required(ctx).id())).orElse(ZoneId.systemDefault());
    }

    private static boolean showOnly(Context ctx) {
        return "show".equals(ctx.formParam("action"));
    }

    /** The form again: 400 with a message per field, or 200 when the teacher only asked to list an article's questions. */
    private void refuse(Context ctx, ClassRepository.SchoolClass k, Assignment a, AssignmentForm.Read read) {
        Map<String, String> errors = new HashMap<>(read.errors());
        if (showOnly(ctx)) {
            errors.keySet().retainAll(Set.of("article"));
        }
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        renderForm(ctx, k, a, read.values(), read.ticked(), errors);
    }

    private void renderForm(Context ctx, ClassRepository.SchoolClass k, Assignment a, Map<String, String> values,
                            List<String> ticked, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", a == null ? "New assignment for " + k.name() : "Edit " + a.title());
        model.put("schoolClass", k);
        model.put("assignment", a);
        model.put("action", a == null ? "/teacher/classes/" + k.id() + "/assignments"
                : "/teacher/classes/" + k.id() + "/assignments/" + a.id() + "/edit");
        model.put("values", values);
        model.put("ticked", new HashSet<>(ticked));
        model.put("errors", errors);
        model.put("formError", errors.isEmpty() ? null : "The assignment was not saved: "
                + (errors.size() == 1 ? "one field needs" : errors.size() + " fields need") + " a change (marked below).");
        List<Article> articles = new ArrayList<>(library.forStudents());
        articles.sort(Comparator.comparing(Article::title));
        model.put("articles", articles);
        String slug = values.getOrDefault("article", "");
        model.put("questions", slug.isEmpty() || library.article(slug).isEmpty() ? List.of()
                : catalog.forStudents(slug));
        model.put("zones", Zones.with(values.getOrDefault("zone", "")));
        model.put("attemptChoices", attemptChoices());
        model.put("maxQuestions", Assignment.MAX_QUESTIONS);
        model.put("guessZone", Boolean.TRUE.equals(ctx.attribute("guessZone")));
        ctx.render("assignments/form", model);
    }

    private static List<Map.Entry<String, String>> attemptChoices() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int n = 1; n <= AssignmentRules.MAX_ATTEMPTS; n++) {
            out.add(Map.entry(String.valueOf(n), n == 1 ? "1 attempt" : n + " attempts"));
        }
        out.add(Map.entry("0", "Unlimited"));
        return out;
    }

    private Optional<Set<String>> questionIds(String slug) {
        if (library.article(slug).isEmpty() || !library.visibleToStudents(slug)) {
            return Optional.empty();
        }
        List<Question> qs = catalog.forStudents(slug);
        if (qs.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new HashSet<>();
        qs.forEach(q -> ids.add(q.id()));
        return Optional.of(ids);
    }

    private Optional<String> articleFromQuery(Context ctx) {
        String slug = ctx.queryParam("article");
        return slug != null && slug.length() <= 120 && library.article(slug).isPresent() ? Optional.of(slug)
                : Optional.empty();
    }

    private ClassRepository.SchoolClass ownClass(Context ctx) {
        return classes.requireTaughtBy(PathIds.of(ctx, "id", ClassRepository.NO_SUCH_CLASS), WebSessions.required(ctx));
    }

    private Assignment ownAssignment(Context ctx, ClassRepository.SchoolClass k) {
        String none = "There is no such assignment in " + k.name() + ". Its assignments are listed on its page.";
        long id = PathIds.of(ctx, "assignmentId", none);
        return store.find(id).filter(a -> a.classId() == k.id()).orElseThrow(() -> new NotFound(none));
    }
}
