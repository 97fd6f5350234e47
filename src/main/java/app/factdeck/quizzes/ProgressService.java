package app.factdeck.quizzes;

import app.factdeck.content.Article;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.questions.QuestionBank;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A student's progress: facts by mastery per article, recent attempts, and the streak (days in UTC). */
public final class ProgressService {

    private final Library library;
    private final QuestionBank bank;
    private final AttemptRepository attempts;
    private final Clock clock;

    public ProgressService(Library library, QuestionBank bank, AttemptRepository attempts, Clock clock) {
        this.library = library;
        this.bank = bank;
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
        List<Mastery.Result> results = new ArrayList<>();
        for (Map.Entry<String, Boolean> r : attempts.results(accountId)) {
            bank.find(r.getKey()).ifPresent(q -> q.factIds().forEach(f -> results.add(new Mastery.Result(f, r.getValue()))));
        }
        Map<String, Mastery.Level> levels = Mastery.levels(results);
        List<ArticleProgress> articles = new ArrayList<>();
        for (Article a : library.articles()) {
            int mastered = 0;
            int learning = 0;
            int fresh = 0;
            for (Fact f : library.factsOf(a.slug())) {
                switch (Mastery.of(levels, f.id())) {
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
