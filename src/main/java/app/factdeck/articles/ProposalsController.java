package app.factdeck.articles;

import app.factdeck.accounts.WebSessions;
import app.factdeck.web.BadRequest;
import app.factdeck.web.NotFound;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The facts Factdeck proposes, on step 2 of a teacher's article: accept the ticked ones, accept one, edit one in the
 * fact form, reject one. Handlers read the form, call {@link ArticleProposals} and show the facts page again.
 */
final class ProposalsController {

    /** Below this a proposal reads "check this" beside its number; at or above {@link #LIKELY}, "likely". */
    static final double LIKELY = 0.8;

    private final ArticleProposals proposals;
    private final FactsController facts;
    private final ArticlePages pages;

    ProposalsController(ArticleProposals proposals, FactsController facts, ArticlePages pages) {
        this.proposals = proposals;
        this.facts = facts;
        this.pages = pages;
    }

    // --- what the facts page shows ---------------------------------------------------------------------------------

    /** A piece of the cited sentence: the answer words are marked. */
    record Piece(String text, boolean answer) {
    }

    /** A proposal as its row shows it; {@code n} numbers the row's ids, {@code problem} is the checks' refusal. */
    record Row(int n, ProposedFact proposal, List<Piece> sentence, String certainty, String confidence,
               boolean ticked, String problem, String editPath) {

        public String key() {
            return proposal.key();
        }

        public MarkedFact fact() {
            return proposal.fact();
        }
    }

    /** The proposals of one kind. */
    record Group(String label, String slug, List<Row> rows) {
    }

    /** The proposals section of step 2. */
    record Section(List<Group> groups, int open, List<Row> rejected, int rejectedCount) {
    }

    /**
     * The section for the facts page: open proposals grouped by kind in the form's order (pre-ticked unless the
     * teacher's own ticks came back with a refusal), then the rejected ones when asked for.
     *
     * @param refused messages by proposal key, from accepting; those rows keep the teacher's tick
     */
    static Section section(ArticleProposals proposals, TeacherArticle a, boolean showRejected,
                           Map<String, String> refused, List<String> ticked) {
        ArticleProposals.Listing listing = proposals.listing(a);
        int[] n = {0};
        List<Group> groups = new ArrayList<>();
        for (MarkedFact.Kind kind : MarkedFact.Kind.values()) {
            List<Row> rows = listing.open().stream().filter(p -> p.fact().kind() == kind)
                    .map(p -> row(a, ++n[0], p, refused, ticked)).toList();
            if (!rows.isEmpty()) {
                groups.add(new Group(kind.label(), kind.slug(), rows));
            }
        }
        List<Row> rejected = showRejected ? listing.rejected().stream().map(p -> row(a, ++n[0], p, refused, List.of()))
                .toList() : List.of();
        return new Section(groups, listing.open().size(), rejected, listing.rejected().size());
    }

    private static Row row(TeacherArticle a, int n, ProposedFact p, Map<String, String> refused, List<String> ticked) {
        boolean tick = ticked.isEmpty() ? p.preTicked() && !refused.containsKey(p.key()) : ticked.contains(p.key());
        return new Row(n, p, pieces(p.fact().sentence(), p.fact().answerWords()), certainty(p),
                String.format(Locale.ROOT, "%.2f", p.confidence()), tick, refused.get(p.key()),
                "/teacher/articles/" + a.id() + "/proposals/edit?key="
                        + java.net.URLEncoder.encode(p.key(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The teacher reads a confidence as words first: "likely", "probably" (ticked for her), "check this" (not ticked).
     */
    static String certainty(ProposedFact p) {
        if (p.confidence() >= LIKELY && p.preTicked()) {
            return "likely";
        }
        return p.preTicked() ? "probably" : "check this";
    }

    /** The sentence cut into pieces, the answer words (each list member, first occurrence) marked. */
    static List<Piece> pieces(String sentence, List<String> answers) {
        boolean[] marked = new boolean[sentence.length()];
        for (String a : answers) {
            int at = a.isEmpty() ? -1 : sentence.indexOf(a);
            if (at < 0) {
                at = a.isEmpty() ? -1 : sentence.toLowerCase(Locale.ROOT).indexOf(a.toLowerCase(Locale.ROOT));
            }
            // (Lower-casing may change a string's length: never mark past the sentence's end.)
            for (int i = Math.max(at, 0); at >= 0 && i < Math.min(at + a.length(), sentence.length()); i++) {
                marked[i] = true;
            }
        }
        List<Piece> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sentence.length(); i++) {
            if (i == sentence.length() || marked[i] != marked[start]) {
                out.add(new Piece(sentence.substring(start, i), marked[start]));
                start = i;
            }
        }
        return out;
    }

    // --- handlers --------------------------------------------------------------------------------------------------

    /**
     * Accepts the ticked proposals ({@code key}, one per checkbox) or the one whose Accept was pressed ({@code one}).
     * All saved: back to the facts. Any refused: the facts page with each refused one's message beside it (400).
     */
    void accept(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        String one = ctx.formParam("one");
        List<String> keys = one != null ? List.of(one) : ctx.formParams("key");
        ArticleProposals.badKeys(keys).ifPresent(m -> {
            throw new BadRequest(m);
        });
        ArticleProposals.Outcome outcome = proposals.accept(a.id(), keys, WebSessions.required(ctx).id());
        if (outcome.refused().isEmpty()) {
            ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=" + (outcome.saved().size() == 1 ? "proposal"
                    : "proposals") + "#proposals");
            return;
        }
        Map<String, String> messages = new LinkedHashMap<>();
        int gone = 0;
        for (var refused : outcome.refused().entrySet()) {
            if (refused.getValue().containsKey(ArticleProposals.GONE)) {
                gone++;
            } else {
                messages.put(refused.getKey(), FactsController.forThisFact(String.join(" ",
                        refused.getValue().values())));
            }
        }
        List<String> said = new ArrayList<>();
        if (!outcome.saved().isEmpty()) {
            said.add(outcome.saved().size() == 1 ? "1 proposed fact was saved."
                    : outcome.saved().size() + " proposed facts were saved.");
        }
        if (!messages.isEmpty()) {
            said.add((messages.size() == 1 ? "1 needs a change" : messages.size() + " need a change")
                    + " before it can be saved: see the message beside it, or edit it.");
        }
        if (gone > 0) {
            said.add((gone == 1 ? "1 proposal is" : gone + " proposals are") + " no longer offered: the article's "
                    + "lines or facts changed since the page was opened.");
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        facts.renderFacts(ctx, a, String.join(" ", said), messages,
                keys.stream().filter(messages::containsKey).toList());
    }

    /** Rejects the proposal whose Reject was pressed: it leaves the list (the rejected ones can be shown again). */
    void reject(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        String key = Optional.ofNullable(ctx.formParam("one")).orElse("");
        ArticleProposals.badKeys(List.of(key)).ifPresent(m -> {
            throw new BadRequest("Press Reject beside the proposed fact to reject.");
        });
        offered(a, key);
        proposals.reject(a.id(), key, WebSessions.required(ctx).id());
        ctx.redirect("/teacher/articles/" + a.id() + "/facts?done=rejected#proposals");
    }

    /** The fact form filled with the proposal's fields; saving it saves the fact and settles the proposal. */
    void serveEdit(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        ProposedFact p = offered(a, Optional.ofNullable(ctx.queryParam("key")).orElse(""));
        facts.renderProposalForm(ctx, a, p);
    }

    void saveEdit(Context ctx) {
        TeacherArticle a = pages.changeable(ctx);
        String key = Optional.ofNullable(ctx.formParam("proposal")).orElse("");
        ProposedFact p = offered(a, key);
        facts.saveFact(ctx, a, null, id -> proposals.edited(a.id(), p.key(), id, WebSessions.required(ctx).id()), p);
    }

    private ProposedFact offered(TeacherArticle a, String key) {
        if (key.isBlank() || key.length() > ArticleProposals.MAX_KEY) {
            throw new BadRequest("The form lost which proposed fact it is about. Open the article's facts and choose "
                    + "it again.");
        }
        return proposals.offered(a, key).orElseThrow(() -> new NotFound("This article has no open proposed fact '"
                + ArticlePages.cut(key, 60) + "' (it may be saved already, or the article changed). Open the article's "
                + "facts to see the proposals."));
    }
}
