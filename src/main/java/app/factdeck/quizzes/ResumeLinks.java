package app.factdeck.quizzes;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.WebSessions;
import app.factdeck.content.Library;
import app.factdeck.content.QuizShortcuts;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The quizzes' side of {@link QuizShortcuts}: "Continue your quiz on <title>, question k of n" for the latest
 * unfinished attempts, and "Back to question k" for an article opened from a quiz's source link.
 */
final class ResumeLinks implements QuizShortcuts {

    /** Digits only, and few enough to be an id: anything else in {@code ?quiz=} shows no link. */
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern POSITION = Pattern.compile("[1-9][0-9]{0,3}");

    private final AttemptRepository attempts;
    private final Library library;

    ResumeLinks(AttemptRepository attempts, Library library) {
        this.attempts = attempts;
        this.library = library;
    }

    @Override
    public List<Resume> unfinished(Context ctx, int limit) {
        return WebSessions.current(ctx).map(a -> unfinished(a.id(), limit)).orElse(List.of());
    }

    /** As the progress page lists them. */
    List<Resume> unfinished(long accountId, int limit) {
        return attempts.unfinished(accountId, limit).stream().map(this::continueLink).toList();
    }

    @Override
    public Optional<Resume> unfinishedOn(Context ctx, String articleSlug) {
        Optional<Account> reader = WebSessions.current(ctx);
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        // The latest per article come first; an article's is among them when it is unfinished.
        return attempts.unfinished(reader.get().id(), Integer.MAX_VALUE).stream()
                .filter(u -> u.articleSlug().equals(Optional.of(articleSlug)))
                .findFirst().map(this::continueLink);
    }

    @Override
    public Optional<Link> backToQuiz(Context ctx, String attempt, String question) {
        Optional<Account> reader = WebSessions.current(ctx);
        if (reader.isEmpty() || attempt == null || !ID.matcher(attempt).matches()
                || (question != null && !POSITION.matcher(question).matches())) {
            return Optional.empty();
        }
        Optional<AttemptRepository.Attempt> a = attempts.find(Long.parseLong(attempt))
                .filter(x -> x.accountId() == reader.get().id());
        if (a.isEmpty()) {
            return Optional.empty();
        }
        if (question == null) {
            return Optional.of(new Link("Back to your results", "/quiz/" + a.get().id() + "/summary"));
        }
        int position = Integer.parseInt(question);
        return position > a.get().size() ? Optional.empty()
                : Optional.of(new Link("Back to question " + position, "/quiz/" + a.get().id() + "/" + position));
    }

    private Resume continueLink(AttemptRepository.Unfinished u) {
        String on = u.articleSlug().map(slug -> library.article(slug).map(a -> a.title()).orElse(slug))
                .orElse("all articles");
        return new Resume(on, u.next(), u.size(), "/quiz/" + u.id() + "/" + u.next());
    }
}
