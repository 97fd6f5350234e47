package app.factdeck.articles;

import app.factdeck.articles.ProposalStore.Decided;
import app.factdeck.articles.ProposalStore.Decision;
import app.factdeck.content.Article;
import app.factdeck.content.Text;
import app.factdeck.db.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facts Factdeck proposes for a teacher's article and what the teacher decided about each: accepted (saved as a
 * fact through {@link TeacherArticles#saveFact}, with the same checks as one marked by hand), edited (saved through
 * the fact form) or rejected. Proposals are computed again from the article, never stored; the decisions are, by the
 * proposal's key.
 *
 * <p>Proposing reads the article with OpenNLP, so the result is cached per article for its cleaned text and the
 * library's version: a page view does not read the article again, a change to its lines or to any article's facts
 * does.
 */
public final class ArticleProposals {

    /** At most this many proposals decided in one form (an article holds {@link TeacherArticles#MAX_FACTS}). */
    public static final int MAX_KEYS = 200;
    /** A proposal's key is at most this long (the column's width). */
    public static final int MAX_KEY = 200;
    /** The field of the refusal of a proposal no longer offered (the article changed since the page was shown). */
    public static final String GONE = "proposal";
    /** Articles whose proposals are kept at once; a teacher works on a few at a time. */
    private static final int CACHED_ARTICLES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleProposals.class);

    /** What step 2 shows: the proposals still open (not yet decided, not already a fact) and the rejected ones. */
    public record Listing(List<ProposedFact> open, List<ProposedFact> rejected) {
    }

    /**
     * What accepting gave: the facts saved, by proposal key, and for each proposal refused the checks' messages by
     * form field (the same messages the fact form shows).
     */
    public record Outcome(Map<String, String> saved, Map<String, Map<String, String>> refused) {
    }

    /** Proposals computed for one article at one text and library version: immutable. */
    private record Cached(String textHash, long libraryVersion, List<ProposedFact> proposals) {
    }

    private final TeacherArticles articles;
    private final ProposalStore store;
    private final Function<Article, List<ProposedFact>> proposer;
    private final LongSupplier libraryVersion;
    private final Clock clock;
    private final Map<Long, Cached> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
            return size() > CACHED_ARTICLES;
        }
    };

    /**
     * @param proposer       what proposes an article's facts (the real one is {@code FactProposer::propose}; a test
     *                       may give its own)
     * @param libraryVersion the library's {@link app.factdeck.content.Library#version}, which proposals depend on
     */
    public ArticleProposals(TeacherArticles articles, Database database, Function<Article, List<ProposedFact>> proposer,
                            LongSupplier libraryVersion, Clock clock) {
        this.articles = articles;
        this.store = new ProposalStore(database);
        this.proposer = proposer;
        this.libraryVersion = libraryVersion;
        this.clock = clock;
    }

    /**
     * Every proposal for the article as it reads now, in the proposer's order; none for an article that cannot be read
     * yet (step 1 unfinished) or is not in English (the proposer reads English only).
     */
    public List<ProposedFact> proposals(TeacherArticle a) {
        Optional<Article> read = articles.article(a);
        if (read.isEmpty() || !ArticlePages.isEnglish(a.details().language())) {
            return List.of();
        }
        // The version first: proposals computed from a newer library are then at worst computed once more.
        long version = libraryVersion.getAsLong();
        String hash = TeacherArticles.hash(read.get().sentences().stream().map(Article.Sentence::text)
                .collect(Collectors.joining("\n")));
        synchronized (cache) {
            Cached c = cache.get(a.id());
            if (c != null && c.textHash().equals(hash) && c.libraryVersion() == version) {
                return c.proposals();
            }
        }
        List<ProposedFact> proposed;
        try {
            proposed = valid(read.get(), proposer.apply(read.get()));
        } catch (RuntimeException e) {
            // The page still works without proposals: the teacher marks facts by hand.
            LOG.warn("Proposing the facts of article {} failed", a.id(), e);
            return List.of();
        }
        synchronized (cache) {
            cache.put(a.id(), new Cached(hash, version, proposed));
        }
        return proposed;
    }

    /** Only proposals the pages and the store can hold: a sentence of the article, a key that fits, each key once. */
    private static List<ProposedFact> valid(Article article, List<ProposedFact> proposed) {
        Set<String> sentences = article.sentences().stream().map(Article.Sentence::text).collect(Collectors.toSet());
        Set<String> keys = new LinkedHashSet<>();
        List<ProposedFact> out = new ArrayList<>();
        for (ProposedFact p : proposed) {
            if (p.key() != null && !p.key().isBlank() && p.key().length() <= MAX_KEY && p.fact() != null
                    && p.fact().kind() != null && sentences.contains(p.fact().sentence()) && keys.add(p.key())) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The proposals step 2 offers: not accepted or edited before, not the same as a fact the article has (same
     * sentence, kind and answer), and not rejected — those are listed apart.
     */
    public Listing listing(TeacherArticle a) {
        Map<String, Decided> decided = store.decisions(a.id());
        List<MarkedFact> facts = articles.facts(a).stream().map(TeacherArticles.FactView::fact).toList();
        List<ProposedFact> open = new ArrayList<>();
        List<ProposedFact> rejected = new ArrayList<>();
        for (ProposedFact p : proposals(a)) {
            Decided d = decided.get(p.key());
            if (d != null && d.decision() != Decision.REJECTED || facts.stream().anyMatch(f -> sameFact(f, p.fact()))) {
                continue;
            }
            (d == null ? open : rejected).add(p);
        }
        return new Listing(List.copyOf(open), List.copyOf(rejected));
    }

    /** A proposal the teacher can still act on (open or rejected), by key. */
    public Optional<ProposedFact> offered(TeacherArticle a, String key) {
        Listing l = listing(a);
        return java.util.stream.Stream.concat(l.open().stream(), l.rejected().stream())
                .filter(p -> p.key().equals(key)).findFirst();
    }

    static boolean sameFact(MarkedFact f, MarkedFact p) {
        return f.kind() == p.kind() && f.sentence().equals(p.sentence())
                && f.answerWords().stream().map(Text::normalise).toList()
                .equals(p.answerWords().stream().map(Text::normalise).toList());
    }

    /**
     * Why these keys cannot be decided in one form (none, too many, one too long); empty when they can.
     */
    public static Optional<String> badKeys(List<String> keys) {
        if (keys.isEmpty()) {
            return Optional.of("Tick at least one proposed fact to accept, or press Accept beside one.");
        }
        if (keys.size() > MAX_KEYS) {
            return Optional.of("At most " + MAX_KEYS + " proposals can be decided at once; " + keys.size()
                    + " were sent.");
        }
        if (keys.stream().anyMatch(k -> k == null || k.isBlank() || k.length() > MAX_KEY)) {
            return Optional.of("The form named a proposal Factdeck does not know. Open the article's facts again.");
        }
        return Optional.empty();
    }

    /**
     * Saves each proposal as a fact through {@link TeacherArticles#saveFacts} (the checks of
     * {@link TeacherArticles#saveFact}, the questions generated once). One the checks refuse is left open with the
     * messages; the others are saved all the same. A key already settled (a form sent twice) is skipped.
     *
     * @throws IllegalArgumentException for keys {@link #badKeys} refuses
     */
    public Outcome accept(long articleId, List<String> keys, long accountId) {
        Optional<String> bad = badKeys(keys);
        if (bad.isPresent()) {
            throw new IllegalArgumentException(bad.get());
        }
        TeacherArticle a = articles.find(articleId).orElseThrow(() -> new IllegalArgumentException(
                "no article " + articleId));
        Map<String, ProposedFact> offered = new LinkedHashMap<>();
        Listing listing = listing(a);
        listing.open().forEach(p -> offered.put(p.key(), p));
        listing.rejected().forEach(p -> offered.put(p.key(), p));
        Set<String> settled = store.decisions(articleId).entrySet().stream()
                .filter(e -> e.getValue().decision() != Decision.REJECTED).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<String, String> saved = new LinkedHashMap<>();
        Map<String, Map<String, String>> refused = new LinkedHashMap<>();
        List<ProposedFact> toSave = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            ProposedFact p = offered.get(key);
            if (p != null) {
                toSave.add(p);
            } else if (!settled.contains(key)) {
                refused.put(key, Map.of(GONE, "This proposal is no longer offered: the article's lines or facts "
                        + "changed since the page was opened."));
            }
        }
        List<TeacherArticles.FactSave> results = articles.saveFacts(articleId, toSave.stream()
                .map(p -> p.fact().withId(null)).toList(), accountId);
        for (int i = 0; i < toSave.size(); i++) {
            String key = toSave.get(i).key();
            TeacherArticles.FactSave result = results.get(i);
            if (result.id().isPresent()) {
                store.decide(articleId, key, Decision.ACCEPTED, result.id().get(), accountId, clock.millis());
                saved.put(key, result.id().get());
            } else {
                refused.put(key, result.problems());
            }
        }
        return new Outcome(Map.copyOf(saved), java.util.Collections.unmodifiableMap(refused));
    }

    /** Rejects a proposal: step 2 no longer offers it (it is listed with the rejected ones). */
    public void reject(long articleId, String key, long accountId) {
        store.decide(articleId, key, Decision.REJECTED, null, accountId, clock.millis());
    }

    /** The proposal was saved through the fact form as the teacher changed it. */
    void edited(long articleId, String key, String factId, long accountId) {
        store.decide(articleId, key, Decision.EDITED, factId, accountId, clock.millis());
    }
}
