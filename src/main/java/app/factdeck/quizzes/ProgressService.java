package app.factdeck.quizzes;

import app.factdeck.content.Article;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.questions.core.Question;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A student's progress: per article, what a quiz asks about (its facts, and the teachers' questions students get,
 * each its own item as in quiz planning) by mastery; recent attempts; and the streak (days in UTC).
 */
public final class ProgressService {

    private final Library library;
    private final QuestionCatalog catalog;
    private final AttemptRepository attempts;
    private final Clock clock;

    public ProgressService(Library library, QuestionCatalog catalog, AttemptRepository attempts, Clock clock) {
        this.library = library;
        this.catalog = catalog;
        this.attempts = attempts;
        this.clock = clock;
    }

    public record ArticleProgress(Article article, int mastered, int learning, int fresh) {
        public int total() {
            return mastered + learning + fresh;
        }

        public int percent(int n) {
            return total() == 0 ? 0 : Math.round(100f * n / total());
        }
    }

    public record Progress(List<ArticleProgress> articles, List<AttemptRepository.Summary> recent, int streakDays) {

        /** What a quiz was on, as a reader names it: the article's title, or "All articles" for a mixed quiz. */
        public String quizName(AttemptRepository.Summary quiz) {
            return quiz.articleSlug().map(slug -> articles.stream().filter(a -> a.article().slug().equals(slug))
                    .map(a -> a.article().title()).findFirst().orElse(slug)).orElse("All articles");
        }
    }

    public Progress of(long accountId) {
        Map<String, Mastery.Level> levels = Mastery.levels(attempts.results(accountId), catalog::find);
        List<ArticleProgress> articles = new ArrayList<>();
        for (Article a : library.forStudents()) {
            Set<String> items = new LinkedHashSet<>();
            library.factsOf(a.slug()).stream().map(Fact::id).forEach(items::add);
            catalog.forStudents(a.slug()).stream().map(Question::masteryKeys).forEach(items::addAll);
            int mastered = 0;
            int learning = 0;
            int fresh = 0;
            for (String item : items) {
                switch (Mastery.of(levels, item)) {
                    case MASTERED -> mastered++;
                    case LEARNING -> learning++;
                    case NEW -> fresh++;
                }
            }
            articles.add(new ArticleProgress(a, mastered, learning, fresh));
        }
        Set<LocalDate> days = attempts.answerTimes(accountId).stream()
                .map(t -> t.atZone(ZoneOffset.UTC).toLocalDate()).collect(Collectors.toSet());
        return new Progress(articles, attempts.recent(accountId, 10),
                Streak.days(days, clock.instant().atZone(ZoneOffset.UTC).toLocalDate()));
    }
}
