package app.factdeck.proposals;

import app.factdeck.content.Article;
import app.factdeck.content.Gazetteer;
import app.factdeck.content.Library;

import java.util.List;

/**
 * Proposes an article's facts from its sentences. Pure: no database, no web; the same article and library give the
 * same proposals.
 */
public final class FactProposer {

    private final Library library;
    private final Gazetteer gazetteer;

    public FactProposer(Library library, Gazetteer gazetteer) {
        this.library = library;
        this.gazetteer = gazetteer;
    }

    /** The article's facts as proposals, in reading order; the article's published date anchors relative dates. */
    public List<Proposal> propose(Article article) {
        return List.of();
    }
}
