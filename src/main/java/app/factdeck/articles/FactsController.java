package app.factdeck.articles;

import app.factdeck.accounts.WebSessions;
import app.factdeck.content.Article;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.core.Question;
import app.factdeck.web.NotFound;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Steps 2 and 3 of a teacher's article: its sentences and facts, the form that marks a fact, and publishing.
 * Handlers parse the form, call {@link TeacherArticles} and show its field → message map beside the fields.
 */
final class FactsController {

    /** Form fields of a fact, in the form's order; a message for any other field is shown at the form's end. */
    private static final List<String> FACT_FIELDS = List.of("kind", "answerWords", "answerType", "group", "groupNew",
            "aliases", "roleWords", "event", "date", "number", "contradiction", "question", "statement");
    /** How the loader names a fact in its messages ("the statement of t4-new …"). */
    private static final java.util.regex.Pattern FACT_ID = java.util.regex.Pattern.compile("\\bt\\d+-(new|\\d+)\\b");

    /** The anchor a fact's form carries when its sentence left the article (no sentence is s-0). */
    private static final String LOST_SENTENCE = "s-0";

    private final TeacherArticles articles;
    private final ArticleProposals proposals;
    private final QuestionBank bank;
    private final ArticlePages pages;

    FactsController(TeacherArticles articles, ArticleProposals proposals, QuestionBank bank, ArticlePages pages) {
        this.articles = articles;
        this.proposals = proposals;
        this.bank = bank;
        this.pages = pages;
    }

    // --- step 2: facts ----------------------------------------------------------------------------------------------

    /** A sentence of the cleaned article with how many facts are marked in it. */
    record SentenceRow(String anchor, int number, String text, long facts) {
    }

    /** A marked fact as the facts page lists it. */
    record FactRow(MarkedFact fact, String sentenceLabel, int questions, List<String> problems) {
    }

    void listFacts(Context ctx) {
        TeacherArticle a = pages.article(ctx);
        renderFacts(ctx, a, null, Map.of(), List.of());
    }

    /**
     * The facts page; {@code refused} are the messages of proposals the checks refused (by key), shown beside them
     * with the teacher's ticks kept ({@code ticked}).
     */
    void renderFacts(Context ctx, TeacherArticle a, String problem, Map<String, String> refused, List<String> ticked) {
        Optional<Article> read = articles.article(a);
        List<TeacherArticles.FactView> facts = articles.facts(a);
        List<SentenceRow> sentences = new ArrayList<>();
        for (Article.Sentence s : read.map(Article::sentences).orElse(List.of())) {
            sentences.add(new SentenceRow(s.anchor(), number(s.anchor()), s.text(),
                    facts.stream().filter(f -> s.text().equals(f.fact().sentence())).count()));
        }
        List<Question> questions = pages.visibleQuestions(a.slug());
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
        model.put("notice", problem == null ? ArticlePages.notice(ctx) : null);
        model.put("problem", problem);
        model.put("notEnglish", !ArticlePages.isEnglish(a.details().language()));
        boolean mayChange = ArticlePages.mayChange(ctx, a);
        model.put("mayChange", mayChange);
        // Proposals are for the teacher who can accept them (others read the facts alone), and English only.
        model.put("proposals", mayChange && read.isPresent() && ArticlePages.isEnglish(a.details().language())
                ? ProposalsController.section(proposals, a,
                "shown".equals(ctx.queryParam("rejected")), refused, ticked) : null);
        ctx.render("articles/facts", model);
    }

    void serveNewFact(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        Article.Sentence s = sentence(a, Optional.ofNullable(ctx.queryParam("sentence")).orElse(""));
        Map<String, String> values = new HashMap<>();
        values.put("kind", Optional.ofNullable(ctx.queryParam("kind")).filter(k -> MarkedFact.Kind.ofSlug(k)
                .isPresent()).orElse(""));
        renderFactForm(ctx, a, s, null, values, Map.of(), null);
    }

    void addFact(Context ctx) {
        saveFact(ctx, pages.changeable(ctx), null, id -> { }, null);
    }

    void serveFactEdit(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        TeacherArticles.FactView f = fact(ctx, a);
        renderFactForm(ctx, a, sentenceOf(a, f.fact()), f.id(), formValues(f.fact()), Map.of(), null);
    }

    /** The fact form filled with a proposed fact's fields, to save as the teacher changes it. */
    void renderProposalForm(Context ctx, TeacherArticle a, ProposedFact p) {
        renderFactForm(ctx, a, sentenceOf(a, p.fact()), null, formValues(p.fact()), Map.of(), p);
    }

    /** What the edit form says about the proposal it was filled from. */
    static String proposedBecause(ProposedFact p) {
        return "Factdeck proposed this fact (" + ProposalsController.certainty(p) + ", "
                + String.format(java.util.Locale.ROOT, "%.2f", p.confidence()) + ": " + p.reason() + "). Change what "
                + "is wrong, then save it; the proposal is then settled.";
    }

    private static Map<String, String> formValues(MarkedFact m) {
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
        return values;
    }

    void editFact(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        saveFact(ctx, a, fact(ctx, a).id(), id -> { }, null);
    }

    /**
     * Saves the fact form as sent (a new fact when {@code factId} is null), then tells {@code saved} its id; a refusal
     * shows the form again with each message beside its field.
     *
     * @param proposal the proposed fact the form was filled from, or null
     */
    void saveFact(Context ctx, TeacherArticle a, String factId, java.util.function.Consumer<String> saved,
                  ProposedFact proposal) {
        Map<String, String> values = new HashMap<>();
        for (String field : FACT_FIELDS) {
            values.put(field, Optional.ofNullable(ctx.formParam(field)).orElse(""));
        }
        String anchor = Optional.ofNullable(ctx.formParam("sentence")).orElse("");
        Article.Sentence s = articles.article(a).flatMap(r -> r.sentence(anchor))
                .orElseThrow(() -> new app.factdeck.web.BadRequest(factId != null && anchor.equals(LOST_SENTENCE)
                        ? "This fact's sentence is no longer in the article (its lines changed in step 1). Delete the "
                                + "fact and mark it again in one of the article's sentences."
                        : "The form lost which sentence the fact is in. Go back to the article's facts and choose the "
                                + "sentence again."));
        List<String> answers = values.get("answerWords").lines().map(String::strip).filter(w -> !w.isEmpty())
                .limit(TeacherArticles.MAX_LIST + 1).toList();
        String group = values.get("groupNew").isBlank() ? values.get("group") : values.get("groupNew");
        MarkedFact fact = new MarkedFact(factId, MarkedFact.Kind.ofSlug(values.get("kind")).orElse(null), s.text(),
                answers, values.get("answerType"), group, values.get("aliases"), values.get("roleWords"),
                values.get("question"), values.get("statement"), values.get("event"), values.get("date"),
                values.get("number"), values.get("contradiction"));
        TeacherArticles.FactSave result = articles.saveFact(a.id(), fact, WebSessions.required(ctx).id());
        if (result.id().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            values.replaceAll((k, v) -> ArticlePages.cut(v));
            renderFactForm(ctx, a, s, factId, values, result.problems(), proposal);
            return;
        }
        saved.accept(result.id().get());
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=fact#fact-" + result.id().get());
    }

    private void renderFactForm(Context ctx, TeacherArticle a, Article.Sentence s, String factId,
                                Map<String, String> values, Map<String, String> problems, ProposedFact proposal) {
        String proposalKey = proposal == null ? null : proposal.key();
        // A message for a field the form does not have goes to the form's end, never lost.
        Map<String, String> errors = new LinkedHashMap<>();
        // The loader names the fact by its id ("the statement of t4-new …"); the teacher knows it as this fact.
        problems.forEach((field, message) -> errors.merge(
                FACT_FIELDS.contains(field) || field.equals("sentence") ? field : "fact",
                forThisFact(message), (x, y) -> x + " " + y));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String type : TeacherArticles.ANSWER_TYPES) {
            List<String> tags = articles.groups(type);
            if (!tags.isEmpty()) {
                groups.put(type, tags);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", proposalKey != null ? "Edit the proposed fact" : factId == null ? "Mark a fact"
                : "Edit the fact");
        model.put("proposalKey", proposalKey);
        model.put("proposedBecause", proposal == null ? null : proposedBecause(proposal));
        model.put("article", a);
        model.put("sentence", new SentenceRow(s.anchor(), number(s.anchor()), s.text(), 0));
        model.put("kinds", MarkedFact.Kind.values());
        model.put("types", TeacherArticles.ANSWER_TYPES);
        model.put("groups", groups);
        model.put("values", values);
        model.put("errors", errors);
        model.put("action", "/teacher/articles/" + a.id() + (proposalKey != null ? "/proposals/edit"
                : "/facts/" + (factId == null ? "new" : factId + "/edit")));
        ctx.render("articles/fact-form", model);
    }

    void confirmFactDeletion(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        TeacherArticles.FactView f = fact(ctx, a);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Delete the fact");
        model.put("article", a);
        model.put("fact", f.fact());
        model.put("questions", pages.visibleQuestions(a.slug()).stream().filter(q -> q.factIds().contains(f.id())).count());
        ctx.render("articles/delete-fact", model);
    }

    void deleteFact(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        articles.withdrawFact(a.id(), fact(ctx, a).id());
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=fact-deleted");
    }

    // --- step 3: publishing -----------------------------------------------------------------------------------------

    void publish(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        Optional<String> problem = articles.publish(a.id(), pages.visibleQuestions(a.slug()).size());
        if (problem.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderFacts(ctx, a, problem.get(), Map.of(), List.of());
            return;
        }
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=published");
    }

    void unpublish(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        articles.unpublish(a.id());
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=unpublished");
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** The loader names a fact by its id ("the statement of t4-new …"); the teacher knows it as this fact. */
    static String forThisFact(String message) {
        return FACT_ID.matcher(message).replaceAll("this fact");
    }

    private TeacherArticles.FactView fact(Context ctx, TeacherArticle a) {
        String raw = ctx.pathParam("fact");
        return articles.fact(a, raw).orElseThrow(() -> new NotFound("This article has no fact "
                + ArticlePages.cut(raw, 40) + " (it may have been deleted). Open the article's facts to see them."));
    }

    private Article.Sentence sentence(TeacherArticle a, String anchor) {
        Optional<Article> read = articles.article(a);
        if (read.isEmpty()) {
            throw new app.factdeck.web.BadRequest("Finish step 1 first (title, publisher, date and the article's "
                    + "lines): facts are marked in the cleaned article.");
        }
        return read.get().sentence(anchor).orElseThrow(() -> new NotFound("The article has no sentence '"
                + ArticlePages.cut(anchor, 20) + "'. Choose one from the article's sentences."));
    }

    /** The fact's sentence in the article as it is now; the stored text alone when the article lost it. */
    private Article.Sentence sentenceOf(TeacherArticle a, MarkedFact m) {
        return articles.article(a).flatMap(r -> r.sentences().stream().filter(s -> s.text().equals(m.sentence()))
                .findFirst()).orElse(new Article.Sentence(LOST_SENTENCE, m.sentence()));
    }

    private static int number(String anchor) {
        return anchor.matches("s-\\d{1,6}") ? Integer.parseInt(anchor.substring(2)) : 0;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
