package app.factdeck.quizzes;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.ClassRepository;
import app.factdeck.accounts.WebSessions;
import app.factdeck.study.StudyService;
import app.factdeck.web.NotFound;
import app.factdeck.web.PathIds;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /progress}: a student's own dashboard (quizzes and flashcards); teachers read their class's students'
 * dashboards.
 */
final class ProgressController {

    private final ProgressService progress;
    private final ClassRepository classes;
    private final StudyService study;
    private final ResumeLinks resume;

    ProgressController(ProgressService progress, ClassRepository classes, StudyService study, ResumeLinks resume) {
        this.progress = progress;
        this.classes = classes;
        this.study = study;
        this.resume = resume;
    }

    /** At most this many unfinished quizzes are offered (one per article at most, and the mixed one). */
    static final int UNFINISHED_LISTED = 20;

    void showOwn(Context ctx) {
        Account me = WebSessions.required(ctx);
        render(ctx, me, true, null);
    }

    /** Read-only: only a teacher of a class the student is in (or an admin). */
    void showStudent(Context ctx) {
        Account teacher = WebSessions.required(ctx);
        long classId = PathIds.of(ctx, "id", ClassRepository.NO_SUCH_CLASS);
        ClassRepository.SchoolClass k = classes.requireTaughtBy(classId, teacher);
        String notInClass = "That student is not in " + k.name() + ".";
        long studentId = PathIds.of(ctx, "accountId", notInClass);
        Account student = classes.members(classId).stream().filter(a -> a.id() == studentId).findFirst()
                .orElseThrow(() -> new NotFound(notInClass));
        render(ctx, student, false, k);
    }

    /** {@code fromClass}: the class a teacher opened this from (the way back), null on the student's own page. */
    private void render(Context ctx, Account student, boolean own, ClassRepository.SchoolClass fromClass) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", own ? "Your progress" : "Progress of " + student.displayName());
        model.put("student", student);
        model.put("own", own);
        model.put("fromClass", fromClass);
        model.put("progress", progress.of(student.id()));
        model.put("cards", study.stats(student.id()));
        // Only the student continues their own quizzes; a teacher's view has no links into them.
        model.put("unfinishedQuizzes", own ? resume.unfinished(student.id(), UNFINISHED_LISTED) : List.of());
        ctx.render("quizzes/progress", model);
    }
}
