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
 *   <li>{@code number}: a count, written {@code asWritten} in the source;</li>
 *   <li>{@code claim}: what someone says, as a {@code statement} whose key phrase ({@link Claim#answer}) is words of
 *       the source, not an entity; see {@link Claim}.</li>
 * </ul>
 *
 * @param statement declarative sentence with one {@code {answer}} placeholder (true/false items)
 * @param gap optional standalone sentence with one {@code {answer}} where the gap goes, for a fact whose
 *            statement does not make a good gap item; null means the statement is the gap text
 * @param notDistractors entity ids never offered as wrong answers for this fact, because they are arguably
 *                       right too (e.g. a later NATO chief)
 * @param claim          what a {@code claim} fact asks beyond its statement; null for every other kind
 */
public record Fact(String id, Kind kind, Source source, List<Source> also, String question, String statement,
                   String gap, List<String> answers, String person, String role, Optional<FactDate> date, String event,
                   Optional<Integer> number, String asWritten, boolean single, Set<String> notDistractors,
                   String file, int line, Claim claim) {

    public enum Kind { ROLE, ANSWER, LIST, DATE, NUMBER, CLAIM }

    /**
     * A claim's key phrase and what is asked with it: a gap on the phrase inside the statement, the statement
     * as a true item, the contradiction as a false one, and a multiple choice when the author wrote one.
     *
     * @param answer        the key phrase as the source sentence writes it ("waiting room"); the words in the gap
     * @param accepted      other wordings a student may type for the phrase
     * @param contradiction a statement the article rules out (never a paraphrase that could also be true)
     * @param question      a multiple-choice stem ("Why …?"), or null for none
     * @param right         its right option, which contains the key phrase; null without a question
     * @param wrong         its wrong options, each ruled out by the article; empty without a question
     */
    public record Claim(String answer, List<String> accepted, String contradiction, String question, String right,
                        List<String> wrong) {

        public Claim {
            accepted = List.copyOf(accepted);
            wrong = List.copyOf(wrong);
        }

        /** The statement with the key phrase filled in. */
        public String filled(String statement) {
            return statement.replace("{answer}", answer);
        }
    }

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
