package app.factdeck.articles;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A teacher's article as stored: the page as pasted, the lines flipped against the cleaner, and its details.
 *
 * @param html    true when {@code pageText} is an HTML page (its lines are the blocks {@code HtmlPage} reads)
 * @param flipped line numbers (1-based, in {@code pageText}) whose keep/drop decision the teacher reversed
 */
public record TeacherArticle(long id, String slug, State state, Details details, String pageText, boolean html,
                             Set<Integer> flipped, Optional<Long> createdBy, long createdAt, long updatedAt) {

    public enum State {
        DRAFT, PUBLISHED, DELETED;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the article says about itself; the published date anchors "on Wednesday" and "next year". */
    public record Details(String title, String publisher, String author, LocalDate published, String url,
                          String language) {

        public Optional<String> authorIfAny() {
            return Optional.ofNullable(author).filter(a -> !a.isBlank());
        }

        public Optional<String> urlIfAny() {
            return Optional.ofNullable(url).filter(a -> !a.isBlank());
        }
    }

    public boolean isDraft() {
        return state == State.DRAFT;
    }

    public boolean isPublished() {
        return state == State.PUBLISHED;
    }
}
