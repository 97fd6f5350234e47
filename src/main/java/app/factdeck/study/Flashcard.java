package app.factdeck.study;

import app.factdeck.content.Fact.Source;

/**
 * One flashcard: a cue on the front that does not state the answer, the answer on the back with the sentence
 * that states it.
 *
 * @param id     stable: the id of the gated question it is made from, so a card keeps its history across restarts
 * @param kind   a question to answer, or a sentence with a gap
 * @param front  the cue; for a gap card the sentence with {@link #GAP} where the answer goes
 * @param factId the fact it asks about; for a teacher's question, the question's base id ({@code a/12})
 * @param answer what the back says the answer is
 * @param source the sentence that states the answer, or null for a teacher's question that cites none
 */
public record Flashcard(String id, Kind kind, String articleSlug, String factId, String front, String answer,
                        Source source) {

    public static final String GAP = "[…]";

    public enum Kind { QUESTION, GAP }

    public boolean hasSource() {
        return source != null;
    }
}
