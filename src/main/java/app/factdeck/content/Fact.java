package app.factdeck.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One quiz-worthy statement of an article, with what answers it and the exact sentence that says so.
 *
 * <p>Kinds and the fields each uses:
 * <ul>
 *   <li>{@code role}: {@code person} holds {@code role} (both entity ids);</li>
 *   <li>{@code answer}: {@code question}/{@code statement} answered by one entity ({@code answers} has one id);</li>
 *   <li>{@code list}: answered by several entities together; {@code single} also asks for one at a time;</li>
 *   <li>{@code date}: an {@code event} on {@code date}, written {@code asWritten} in the source;</li>
 *   <li>{@code number}: a count, written {@code asWritten} in the source.</li>
 * </ul>
 *
 * @param statement declarative sentence with one {@code {answer}} placeholder (true/false items)
 * @param gap optional standalone sentence with one {@code {answer}} where the gap goes, for a fact whose
 *            statement does not make a good gap item; null means the statement is the gap text
 * @param notDistractors entity ids never offered as wrong answers for this fact, because they are arguably
 *                       right too (e.g. a later NATO chief)
 */
public record Fact(String id, Kind kind, Source source, List<Source> also, String question, String statement,
                   String gap, List<String> answers, String person, String role, Optional<FactDate> date, String event,
                   Optional<Integer> number, String asWritten, boolean single, Set<String> notDistractors,
                   String file, int line) {

    public enum Kind { ROLE, ANSWER, LIST, DATE, NUMBER }

    /** The article sentence a fact cites. */
    public record Source(String articleSlug, String anchor, String text) {
    }

    /** Every source: the main one first. */
    public List<Source> sources() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(source), also.stream()).toList();
    }

    /** The standalone wording a gap item blanks: the author's {@code gap}, else the statement (may be null). */
    public String gapText() {
        return gap != null ? gap : statement;
    }

    public String articleSlug() {
        return source.articleSlug();
    }
}
