package app.factdeck.content;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The ways back into the reader's quizzes that the home and article pages show. The quizzes feature supplies
 * them (this package reads no attempts); every link is built on the server from an attempt the signed-in
 * reader owns, never copied from the request.
 *
 * <pre>{@code
 * shortcuts.unfinished(ctx, 3)          // [Resume("<title>", 4, 10, "/quiz/12/4")]
 * shortcuts.backToQuiz(ctx, "12", "4")  // Optional[Link("Back to question 4", "/quiz/12/4")]
 * }</pre>
 */
public interface QuizShortcuts {

    /** A link and its words. */
    record Link(String text, String href) {
    }

    /** The way back into an unfinished quiz, at its first unanswered question. */
    record Resume(String quizName, int question, int questions, String href) {

        /** "Continue your quiz on <title> — question 4 of 10". */
        public String text() {
            return "Continue your quiz on " + quizName + " — " + where();
        }

        /** "question 4 of 10". */
        public String where() {
            return "question " + question + " of " + questions;
        }
    }

    /** The signed-in reader's unfinished quizzes, newest first, at most {@code limit}; empty for a visitor. */
    List<Resume> unfinished(Context ctx, int limit);

    /** The reader's latest quiz on this article, when it is unfinished. */
    Optional<Resume> unfinishedOn(Context ctx, String articleSlug);

    /**
     * "Back to question k" (or "Back to your results" when {@code question} is null) for an article opened from
     * the reader's own attempt {@code attempt}; empty for a malformed id, someone else's attempt or no session.
     */
    Optional<Link> backToQuiz(Context ctx, String attempt, String question);
}
