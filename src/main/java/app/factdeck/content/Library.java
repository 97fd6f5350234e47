package app.factdeck.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Factdeck knows: articles (the content tree's and the teachers'), the entity catalogue and every
 * article's facts.
 *
 * <p>What it holds is one immutable state, replaced whole when a teacher changes an article ({@link #replace}), so a
 * reader always sees one consistent library. Code that works over the library for a while (the generator, the
 * gates) takes a {@link #frozen} copy, which never changes under it.
 */
public final class Library {

    /**
     * One consistent library; {@code hidden} are the articles students must not see (drafts, deleted ones), {@code gone}
     * the deleted ones, which no list shows any more but whose questions answers already given still name.
     */
    private record State(List<Article> every, List<Article> articles, Map<String, Entity> entities, List<Fact> facts,
                         Map<String, Article> bySlug, Map<String, List<Fact>> factsBySlug, Set<String> hidden) {

        static State of(List<Article> every, Map<String, Entity> entities, List<Fact> facts, Set<String> hidden,
                        Set<String> gone) {
            List<Article> articles = every.stream().filter(a -> !gone.contains(a.slug())).toList();
            Map<String, Article> bySlug = new LinkedHashMap<>();
            every.forEach(a -> bySlug.put(a.slug(), a));
            Map<String, List<Fact>> factsBySlug = new LinkedHashMap<>();
            facts.forEach(f -> factsBySlug.computeIfAbsent(f.articleSlug(), k -> new java.util.ArrayList<>()).add(f));
            factsBySlug.replaceAll((k, v) -> List.copyOf(v));
            Set<String> unseen = new java.util.HashSet<>(hidden);
            unseen.addAll(gone);
            // In the order given, not Map.copyOf's: its iteration order changes from one JVM to the next, and whatever
            // walks the entities (a name looked up, a wrong option drawn) then gave another bank on every start.
            return new State(List.copyOf(every), List.copyOf(articles),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities)), List.copyOf(facts), bySlug,
                    factsBySlug, Set.copyOf(unseen));
        }
    }

    private volatile State state;
    private final boolean frozen;
    /** Counts {@link #replace} calls: what was computed from the library at one version holds until the next. */
    private volatile long version;

    public Library(List<Article> articles, Map<String, Entity> entities, List<Fact> facts) {
        this(State.of(articles, entities, facts, Set.of(), Set.of()), false);
    }

    private Library(State state, boolean frozen) {
        this.state = state;
        this.frozen = frozen;
    }

    /**
     * Puts a new library in place of this one's content, at once for every reader.
     *
     * @param hidden slugs of articles only teachers see (drafts)
     * @param gone   slugs of deleted articles: in no list, but {@link #article} and {@link #everyArticle} still hold
     *               them for the answers given on them
     */
    public void replace(List<Article> articles, Map<String, Entity> entities, List<Fact> facts, Set<String> hidden,
                        Set<String> gone) {
        if (frozen) {
            throw new IllegalStateException("a frozen library never changes");
        }
        state = State.of(articles, entities, facts, hidden, gone);
        version++;
    }

    /** Changes whenever the content changes (a teacher's article rebuilt): a cache of what was read from it keys on it. */
    public long version() {
        return version;
    }

    /** This library as it is now, never changing afterwards: what a long computation over it reads. */
    public Library frozen() {
        return frozen ? this : new Library(state, true);
    }

    /** Every article, drafts included, deleted ones not: teachers' pages use this. */
    public List<Article> articles() {
        return state.articles;
    }

    /** Every article, deleted ones too: the question bank generates them all, for answers already given. */
    public List<Article> everyArticle() {
        return state.every;
    }

    /** The articles students see: published ones. */
    public List<Article> forStudents() {
        State s = state;
        return s.articles.stream().filter(a -> !s.hidden.contains(a.slug())).toList();
    }

    /** False for a teacher's draft and a deleted article: students neither list, read, quiz nor study it. */
    public boolean visibleToStudents(String slug) {
        State s = state;
        return s.bySlug.containsKey(slug) && !s.hidden.contains(slug);
    }

    public Map<String, Entity> entities() {
        return state.entities;
    }

    public List<Fact> facts() {
        return state.facts;
    }

    public Optional<Article> article(String slug) {
        return Optional.ofNullable(state.bySlug.get(slug));
    }

    public Entity entity(String id) {
        Entity e = state.entities.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no entity " + id);
        }
        return e;
    }

    public List<Fact> factsOf(String slug) {
        return state.factsBySlug.getOrDefault(slug, List.of());
    }

    /**
     * The fact as one sentence a teacher reads in a list: its statement with the answer filled in ("Anders Fogh
     * Rasmussen warned that…"), or "person is role" for a role fact, which has no statement. Never the
     * {@code {answer}} placeholder or an entity id.
     */
    public String plainStatement(Fact f) {
        if (f.kind() == Fact.Kind.ROLE || f.statement() == null) {
            return capitalised(entity(f.person()).name() + " is " + entity(f.role()).inSentence() + ".");
        }
        String answer = switch (f.kind()) {
            case DATE -> f.date().map(FactDate::display).orElse(f.asWritten());
            case NUMBER -> f.asWritten() != null ? f.asWritten() : f.number().map(String::valueOf).orElse("");
            case CLAIM -> f.claim().answer();
            case LIST -> spokenList(f.answers().stream().map(id -> entity(id).inSentence()).toList());
            default -> f.answers().isEmpty() ? "" : entity(f.answers().get(0)).inSentence();
        };
        return capitalised(f.statement().replace("{answer}", answer));
    }

    private static String spokenList(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
