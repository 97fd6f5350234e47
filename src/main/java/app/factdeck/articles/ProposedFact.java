package app.factdeck.articles;

/**
 * A fact Factdeck proposes for an article, as the article pages hold it. The proposer's own record
 * ({@code app.factdeck.proposals.Proposal}) names {@link MarkedFact}; this one keeps the pages from naming the
 * proposer back (the composition root turns one into the other).
 *
 * @param key        stable for the same sentence, kind and answer: the teacher's decision is stored by it
 * @param fact       the fact as the fact form would hold it (id null)
 * @param confidence 0..1
 * @param preTicked  whether the proposer is sure enough to tick it for the teacher
 * @param reason     why it was proposed, in a teacher's words
 */
public record ProposedFact(String key, MarkedFact fact, double confidence, boolean preTicked, String reason) {
}
