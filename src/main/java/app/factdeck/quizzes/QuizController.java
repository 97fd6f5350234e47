package app.factdeck.quizzes;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.WebSessions;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionKinds;
import app.factdeck.questions.core.Response;
import app.factdeck.web.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quiz pages: one question per page; POST an answer, then GET its feedback (so reloading the feedback page
 * never submits again); the summary at the end. Every attempt resumes at its first unanswered question.
 */
final class QuizController {

    private final QuizService quizzes;
    private final Library library;
    private final AttemptPolicy policy;

    private final AnswerFields answerFields;

    QuizController(QuizService quizzes, Library library, AttemptPolicy policy, AnswerFields answerFields) {
        this.quizzes = quizzes;
        this.library = library;
        this.policy = policy;
        this.answerFields = answerFields;
    }

    void startArticleQuiz(Context ctx) {
        long id = quizzes.start(WebSessions.required(ctx), Optional.of(ctx.pathParam("slug")), QuizPlanner.DEFAULT_SIZE);
        ctx.redirect("/quiz/" + id);
    }

    void startMixedQuiz(Context ctx) {
        ctx.redirect("/quiz/" + quizzes.start(WebSessions.required(ctx), Optional.empty(), QuizPlanner.DEFAULT_SIZE));
    }

    /** Where to go in an attempt: the first unanswered question, or the results. */
    void resume(Context ctx) {
        AttemptRepository.Attempt a = attempt(ctx);
        if (closed(a)) {
            ctx.redirect("/quiz/" + a.id() + "/summary");
            return;
        }
        ctx.redirect(a.nextPosition().map(p -> "/quiz/" + a.id() + "/" + p).orElse("/quiz/" + a.id() + "/summary"));
    }

    void showQuestion(Context ctx) {
        // The attempt's head and this position only, as the answer reads them: the page shows no other answer.
        AttemptRepository.AtPosition at = attemptAt(ctx);
        Question q = quizzes.question(at);
        if (at.head().closedUnanswered() && !at.answered()) {
            ctx.redirect("/quiz/" + at.head().id() + "/summary");
            return;
        }
        // Only the first view writes (it starts the clock for the time taken); a reload is a read.
        if (!at.answered() && at.shownAt().isEmpty()) {
            quizzes.shown(at);
        }
        render(ctx, at, q, Map.of(), null);
    }

    void answer(Context ctx) {
        AttemptRepository.AtPosition at = attemptAt(ctx);
        int position = at.position();
        long id = at.head().id();
        Question q = quizzes.question(at);
        // Already answered: the first answer wins, so a repeat is neither read nor graded; show the feedback.
        if (at.answered()) {
            ctx.redirect("/quiz/" + id + "/" + position);
            return;
        }
        if (at.head().closedUnanswered()) {
            // Closed at an assignment's cut-off: no more answers; the results say so.
            ctx.redirect("/quiz/" + id + "/summary");
            return;
        }
        // The form's fields as the question's type reads them; see Response.
        Response response = QuestionKinds.readResponse(q, ctx.formParamMap(), q.optionsFor(at.head().seed()));
        Optional<String> incomplete = Grader.incomplete(q, response);
        if (incomplete.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, at, q, kept(ctx), incomplete.get());
            return;
        }
        quizzes.answer(at, q, response);
        ctx.redirect("/quiz/" + id + "/" + position);
    }

    void showSummary(Context ctx) {
        AttemptRepository.Attempt a = attempt(ctx);
        List<Map<String, Object>> review = new ArrayList<>();
        for (int p = 1; p <= a.size(); p++) {
            Optional<Question> q = quizzes.find(a, p);
            Map<String, Object> item = new HashMap<>();
            item.put("position", p);
            item.put("question", q.orElse(null));
            AttemptRepository.Answer answer = a.answers().get(p);
            item.put("answer", answer);
            item.put("correctAnswer", q.map(Question::correctAnswer).orElse(""));
            item.put("given", answer != null && q.isPresent() ? given(q.get(), answer.response()) : "");
            item.put("spelling", answer != null && answer.correct() && q.isPresent()
                    ? Grader.correctSpelling(q.get(), answer.response()).orElse(null) : null);
            review.add(item);
        }
        Score score = Score.of(a);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Your results");
        model.put("attempt", a);
        model.put("review", review);
        model.put("score", score);
        model.put("finished", a.nextPosition().isEmpty());
        model.put("withheld", policy.answersWithheld(a.head()).orElse(null));
        model.put("endNote", policy.endNote(a.head()).orElse(null));
        model.put("missed", score.partlyRight() + score.missed());
        // The next steps lead back to the quiz's article, or to every article for a mixed quiz.
        model.put("article", a.articleSlug().flatMap(library::article).orElse(null));
        ctx.render("quizzes/summary", model);
    }

    void practiseMissed(Context ctx) {
        AttemptRepository.Attempt a = attempt(ctx);
        if (policy.answersWithheld(a.head()).isPresent()) {
            // Practising the missed questions would show their answers before the assignment allows.
            ctx.redirect("/quiz/" + a.id() + "/summary");
            return;
        }
        Optional<Long> next = quizzes.practiseMissed(WebSessions.required(ctx), a.id());
        ctx.redirect(next.map(id -> "/quiz/" + id).orElse("/quiz/" + a.id() + "/summary"));
    }

    private void render(Context ctx, AttemptRepository.AtPosition at, Question q, Map<String, Object> kept,
                        String error) {
        Map<String, Object> model = new HashMap<>();
        AttemptRepository.Head a = at.head();
        int position = at.position();
        AttemptRepository.Answer answer = at.answer().orElse(null);
        model.put("title", "Question " + position + " of " + a.size());
        model.put("position", position);
        model.put("question", q);
        // Plain values, not method chains: each chain is a reflective call in every request's rendering.
        model.put("size", a.size());
        model.put("attemptId", a.id());
        model.put("action", "/quiz/" + a.id() + "/" + position);
        model.put("questionId", q.id());
        model.put("authored", q.isAuthored());
        List<String> shown = q.optionsFor(a.seed());
        model.put("shown", shown);
        model.put("answer", answer);
        model.put("given", answer == null ? "" : given(q, answer.response()));
        model.put("correctAnswer", q.correctAnswer());
        model.put("spelling", answer != null && answer.correct()
                ? Grader.correctSpelling(q, answer.response()).orElse(null) : null);
        model.put("kept", kept);
        model.put("withheld", answer == null ? null : policy.answersWithheld(a).orElse(null));
        model.put("error", error);
        model.put("answerError", error); // ties the typed answer's box to the message (aria-describedby)
        model.put("positions", java.util.stream.IntStream.rangeClosed(1, shown.size()).boxed().toList());
        model.put("answerFeedback", answer == null ? List.of() : q.answerFeedback(answer.response()));
        model.put("next", position < a.size() ? "/quiz/" + a.id() + "/" + (position + 1) : "/quiz/" + a.id() + "/summary");
        // A first view (nothing typed, no message) shows the same fields to every student with these options.
        model.put("fieldsHtml", answer == null && kept.isEmpty() && error == null
                ? answerFields.of(q, shown, model) : null);
        model.put("stemHtml", answer == null ? answerFields.stem(q, model) : null);
        ctx.render("quizzes/question", model);
    }

    /** The most of a refused typed answer shown back: five times what an answer may hold. */
    static final int KEPT_ANSWER = 5 * Grader.MAX_TYPED_ANSWER;

    /** What the student sent, to put back in the form when it was incomplete. */
    private static Map<String, Object> kept(Context ctx) {
        // Every field as posted, whatever the type names its fields (answer, position-i, match-i, gap-i …), so a
        // new type's fields come back without an edit here; a field not sent reads as "". What was typed comes
        // back whole when a little too long (the student shortens it, nothing is lost), but a 900 KB answer is not
        // echoed back: at most KEPT_ANSWER characters. The request's size already bounds how many fields there are.
        Map<String, Object> kept = new HashMap<>() {
            @Override
            public Object get(Object key) {
                return getOrDefault(key, "");
            }
        };
        ctx.formParamMap().forEach((name, values) -> {
            if (!name.equals("csrf") && !values.isEmpty()) {
                kept.put(name, shortened(values.get(0)));
            }
        });
        kept.put("ticked", ctx.formParams("answer"));
        return kept;
    }

    private static String shortened(String typed) {
        return typed.length() > KEPT_ANSWER ? typed.substring(0, KEPT_ANSWER) : typed;
    }

    static String given(Question q, Response r) {
        return q.describe(r);
    }

    private AttemptRepository.Attempt attempt(Context ctx) {
        Account student = WebSessions.required(ctx);
        long id = PathIds.of(ctx, "id", QuizService.NO_SUCH_QUIZ);
        AttemptRepository.Attempt a = quizzes.owned(student, id);
        // An assignment's attempt still open at its cut-off is closed on its next request, then read again.
        return policy.closeIfDue(a.head()) ? quizzes.owned(student, id) : a;
    }

    private AttemptRepository.AtPosition attemptAt(Context ctx) {
        Account student = WebSessions.required(ctx);
        long id = PathIds.of(ctx, "id", QuizService.NO_SUCH_QUIZ);
        int position = position(ctx);
        AttemptRepository.AtPosition at = quizzes.ownedAt(student, id, position);
        return policy.closeIfDue(at.head()) ? quizzes.ownedAt(student, id, position) : at;
    }

    /** Ended before every question was answered: closed at an assignment's cut-off. */
    private static boolean closed(AttemptRepository.Attempt a) {
        return a.head().closedUnanswered();
    }

    private static int position(Context ctx) {
        return PathIds.position(ctx, "position", "There is no question '" + PathIds.shown(ctx, "position")
                + "' in this quiz.");
    }
}
