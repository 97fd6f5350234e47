package app.factdeck.teaching;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.Role;
import app.factdeck.accounts.WebSessions;
import app.factdeck.articles.ArticlesModule;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.content.Article;
import app.factdeck.content.Library;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "/" for a teacher or an admin: their classes, the articles' review queues, import and export. */
final class TeacherHomeController {

    /** "Recent" on the home page: a school week and its weekend. */
    static final Duration RECENT = Duration.ofDays(7);
    /** Classes listed on the home page; the rest are on Classes. */
    static final int CLASSES_SHOWN = 20;

    private final ClassActivityRepository classes;
    private final QuestionCatalog catalog;
    private final Library library;
    private final Clock clock;
    private final java.util.function.Supplier<List<ArticlesModule.Row>> teacherArticles;

    TeacherHomeController(ClassActivityRepository classes, QuestionCatalog catalog, Library library, Clock clock,
                          java.util.function.Supplier<List<ArticlesModule.Row>> teacherArticles) {
        this.classes = classes;
        this.catalog = catalog;
        this.library = library;
        this.clock = clock;
        this.teacherArticles = teacherArticles;
    }

    /** A class as its row on the home page shows it. */
    record ClassRow(ClassActivityRepository.ClassActivity activity, String lastActivityText,
                    Optional<Instant> lastActivity) {
    }

    /**
     * An article with its bank's counts per status (approved, authored, hidden, overridden, needs-fix; every
     * status present, zeros included).
     */
    record ArticleRow(Article article, Map<QuestionCatalog.Status, Long> counts, long shownToStudents) {
    }

    /** @return false when the signed-in account (if any) is no teacher: the article list answers "/" then */
    boolean showIfTeacher(Context ctx) {
        Optional<Account> account = WebSessions.current(ctx);
        if (account.isEmpty() || !account.get().role().atLeast(Role.TEACHER)) {
            return false;
        }
        Instant now = clock.instant();
        List<ClassActivityRepository.ClassActivity> found =
                classes.classesOf(account.get().id(), now.minus(RECENT), CLASSES_SHOWN + 1);
        List<ClassRow> rows = found.stream().limit(CLASSES_SHOWN)
                .map(k -> new ClassRow(k, k.lastActivity().map(t -> Ago.since(t, now)).orElse("no quizzes yet"),
                        k.lastActivity()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Your teaching");
        model.put("classes", rows);
        model.put("moreClasses", found.size() > CLASSES_SHOWN);
        // Teachers' own articles have their own list (with their state); the rest are the content tree's.
        List<ArticlesModule.Row> own = teacherArticles.get();
        java.util.Set<String> ownSlugs = own.stream().map(r -> r.article().slug())
                .collect(java.util.stream.Collectors.toSet());
        model.put("teacherArticles", own);
        model.put("articles", library.articles().stream().filter(a -> !ownSlugs.contains(a.slug())).map(this::row)
                .toList());
        model.put("isAdmin", account.get().role() == Role.ADMIN);
        ctx.render("teacher/home", model);
        return true;
    }

    private ArticleRow row(Article article) {
        Map<QuestionCatalog.Status, Long> counts = new EnumMap<>(QuestionCatalog.Status.class);
        for (QuestionCatalog.Status s : QuestionCatalog.Status.values()) {
            counts.put(s, 0L);
        }
        long shown = 0;
        for (QuestionCatalog.Entry e : catalog.entries(article.slug())) {
            counts.merge(e.status(), 1L, Long::sum);
            shown += e.status().visible() ? 1 : 0;
        }
        return new ArticleRow(article, counts, shown);
    }
}
