package app.factdeck.assignments;

import app.factdeck.accounts.ClassRepository;
import app.factdeck.accounts.WebSessions;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.shortanswer.TypedQuestion;
import app.factdeck.web.NotFound;
import app.factdeck.web.PathIds;
import app.factdeck.web.RequestRefused;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An assignment's item analysis (the teacher of its class, or an admin): the test's figures, the score histogram,
 * each question's statistics and responses, and the regrade of a typed answer with its audit.
 */
final class AnalysisController {

    static final String NOT_TYPED = "Only a typed answer to a question of this assignment can be regraded.";

    private final AssignmentStore store;
    private final AnalysisStore analysis;
    private final ClassRepository classes;
    private final QuestionCatalog catalog;
    private final Clock clock;

    AnalysisController(AssignmentStore store, AnalysisStore analysis, ClassRepository classes, QuestionCatalog catalog,
                       Clock clock) {
        this.store = store;
        this.analysis = analysis;
        this.classes = classes;
        this.catalog = catalog;
        this.clock = clock;
    }

    void show(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        Assignment a = ownAssignment(ctx, k);
        store.closeOverdue(clock.instant());
        AnalysisReport.Which which = AnalysisReport.Which.of(ctx.queryParam("attempts"));
        List<AnalysisStore.Row> rows = analysis.rows(a.id());
        AnalysisReport.Report report = AnalysisReport.of(rows, which, counting(a), catalog::find);
        Set<String> ids = new java.util.LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.questionId()));
        Map<String, Integer> positionOf = new HashMap<>();
        report.lines().forEach(l -> positionOf.put(l.questionId(), l.position()));
        List<Map<String, Object>> audit = new ArrayList<>();
        for (AnalysisStore.Regrade g : analysis.regrades(new ArrayList<>(ids))) {
            Map<String, Object> row = new HashMap<>();
            row.put("question", positionOf.containsKey(g.questionId()) ? "Q" + positionOf.get(g.questionId())
                    : g.questionId());
            row.put("answer", g.answer());
            row.put("old", g.oldCredit() == null ? "—" : Math.round(100 * g.oldCredit()) + " %");
            row.put("new", Math.round(100 * g.newCredit()) + " %");
            row.put("changed", g.responsesChanged());
            row.put("by", g.decidedBy());
            row.put("when", a.rules().words(g.decidedAt()));
            audit.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Item analysis of " + a.title());
        model.put("schoolClass", k);
        model.put("assignment", a);
        model.put("report", report);
        model.put("which", which.slug());
        model.put("whichChoices", AnalysisReport.Which.values());
        model.put("minAttempts", ItemAnalysis.MIN_ATTEMPTS);
        model.put("drawn", a.fixed().isEmpty());
        model.put("audit", audit);
        model.put("histogramHeight", ScoreHistogram.HEIGHT);
        model.put("figures", report.test() == null ? List.of() : figures(report.test()));
        model.put("lines", report.lines().stream().map(AnalysisController::line).toList());
        String regraded = regradedCount(ctx.queryParam("changed"));
        model.put("notice", switch (String.valueOf(ctx.queryParam("done"))) {
            case "accepted" -> "The answer was accepted" + regraded;
            case "rejected" -> "The answer was marked wrong" + regraded;
            default -> null;
        });
        ctx.render("assignments/analysis", model);
    }

    /** Accepts a typed answer (full credit) or marks it wrong, for every stored and future response to the question. */
    void regrade(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        Assignment a = ownAssignment(ctx, k);
        String questionId = ctx.formParam("question");
        String typed = ctx.formParam("answer");
        String decision = ctx.formParam("decision");
        boolean held = questionId != null && analysis.rows(a.id()).stream().anyMatch(r -> r.questionId().equals(questionId));
        Question q = held ? catalog.find(questionId).orElse(null) : null;
        if (!(q instanceof TypedQuestion) || typed == null || typed.isBlank()
                || typed.length() > app.factdeck.questions.core.Response.MAX_TYPED_ANSWER
                || !("accept".equals(decision) || "reject".equals(decision))) {
            throw new RequestRefused(400, NOT_TYPED);
        }
        double credit = "accept".equals(decision) ? 1 : 0;
        int changed = analysis.regrade(questionId, typed, credit, WebSessions.required(ctx).id(), clock.instant());
        ctx.redirect("/teacher/classes/" + k.id() + "/assignments/" + a.id() + "/analysis?done="
                + ("accept".equals(decision) ? "accepted" : "rejected") + "&changed=" + changed);
    }

    /**
     * "; 1 response was regraded." from the redirect's count. The count comes from the address, so anything but a
     * small number is left out rather than repeated on the page.
     */
    static String regradedCount(String changed) {
        if (changed == null || !changed.matches("\\d{1,9}")) {
            return ".";
        }
        int n = Integer.parseInt(changed);
        return "; " + n + (n == 1 ? " response was" : " responses were") + " regraded.";
    }

    /** The whole test's figures, each with a line saying what it means. */
    private static List<Map<String, String>> figures(ItemAnalysis.TestStats t) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(Map.of("id", "attempts", "name", "Attempts", "value", String.valueOf(t.attempts()),
                "means", "How many attempts these figures are computed over."));
        out.add(Map.of("id", "mean", "name", "Mean score", "value", percent(t.mean()),
                "means", "The average score, as a percentage of the maximum."));
        out.add(Map.of("id", "median", "name", "Median score", "value", percent(t.median()),
                "means", "Half of the attempts scored this or less."));
        out.add(Map.of("id", "sd", "name", "Standard deviation", "value", percent(t.sd()),
                "means", "How far scores typically lie from the mean."));
        out.add(Map.of("id", "skewness", "name", "Skewness", "value", number(t.skewness()),
                "means", "Below 0: a tail of low scores; above 0: a tail of high scores."));
        out.add(Map.of("id", "kurtosis", "name", "Kurtosis", "value", number(t.kurtosis()),
                "means", "Above 0: scores bunched with long tails; below 0: spread flat."));
        out.add(Map.of("id", "alpha", "name", "Coefficient of internal consistency", "value",
                percent(t.internalConsistency()),
                "means", "Cronbach's alpha: how consistently the questions measure one thing; above 75 % is good."));
        out.add(Map.of("id", "error-ratio", "name", "Error ratio", "value", percent(t.errorRatio()),
                "means", "The share of the spread of scores due to chance, not to what students know; below 50 % is good."));
        out.add(Map.of("id", "standard-error", "name", "Standard error", "value", percent(t.standardError()),
                "means", "How much a student's score could move by chance alone."));
        return out;
    }

    private static Map<String, Object> line(AnalysisReport.Line l) {
        ItemAnalysis.QuestionStats s = l.stats();
        Map<String, Object> m = new HashMap<>();
        m.put("line", l);
        m.put("attempts", s.attempts());
        m.put("facility", percent(s.facility()));
        m.put("sd", percent(s.sd()));
        m.put("randomGuess", percent(s.randomGuess()));
        m.put("intended", percent(s.intendedWeight()));
        m.put("effective", percent(s.effectiveWeight()));
        m.put("discrimination", percent(s.discriminationIndex()));
        m.put("efficiency", percent(s.discriminativeEfficiency()));
        m.put("dubious", s.dubious());
        return m;
    }

    /** Two decimals with a point, "—" when the data cannot give the figure. */
    static String number(Double x) {
        // A figure within rounding of zero is 0.00, not "-0.00" (a covariance of −1e-17 is no negative one).
        return x == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", Math.abs(x) < 0.005 ? 0.0 : x);
    }

    static String percent(Double x) {
        // A non-breaking space: a narrow cell never leaves the % sign alone on a line.
        return x == null ? "—" : number(x) + "\u00a0%";
    }

    /** The attempt that counts for each student's grade, by the assignment's rule. */
    private Set<Long> counting(Assignment a) {
        Map<Long, List<AssignmentRules.Attempt>> byStudent = new HashMap<>();
        for (AssignmentStore.StoredAttempt s : store.attemptsOfClass(a.classId())) {
            if (s.assignmentId() == a.id()) {
                byStudent.computeIfAbsent(s.accountId(), x -> new ArrayList<>()).add(s.asRulesSee());
            }
        }
        Set<Long> out = new HashSet<>();
        byStudent.values().forEach(list -> a.rules().counting(list).ifPresent(c -> out.add(c.id())));
        return out;
    }

    private ClassRepository.SchoolClass ownClass(Context ctx) {
        return classes.requireTaughtBy(PathIds.of(ctx, "id", ClassRepository.NO_SUCH_CLASS), WebSessions.required(ctx));
    }

    private Assignment ownAssignment(Context ctx, ClassRepository.SchoolClass k) {
        String none = "There is no such assignment in " + k.name() + ". Its assignments are listed on its page.";
        long id = PathIds.of(ctx, "assignmentId", none);
        return store.find(id).filter(x -> x.classId() == k.id()).orElseThrow(() -> new NotFound(none));
    }
}
