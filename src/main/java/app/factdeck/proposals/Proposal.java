package app.factdeck.proposals;

import app.factdeck.articles.MarkedFact;

/**
 * One fact Factdeck proposes for an article, with how sure it is.
 *
 * @param key        stable for the same sentence, kind and answer (a teacher's accept or reject is stored by it)
 * @param fact       the fact as the teacher's form would hold it (id null: not saved)
 * @param confidence 0..1; below {@link #PRE_TICKED} the proposal is shown but not ticked
 * @param reason     why it was proposed, in a teacher's words ("a count with its noun", "who said the quotation")
 */
public record Proposal(String key, MarkedFact fact, double confidence, String reason) {

    public static final double PRE_TICKED = 0.6;

    public boolean preTicked() {
        return confidence >= PRE_TICKED;
    }
}
