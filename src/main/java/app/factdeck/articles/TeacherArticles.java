package app.factdeck.articles;

import app.factdeck.articles.ArticleStore.StoredFact;
import app.factdeck.content.Article;
import app.factdeck.content.ArticleRepository;
import app.factdeck.content.Entity;
import app.factdeck.content.Fact;
import app.factdeck.content.Hedges;
import app.factdeck.content.Library;
import app.factdeck.content.PageCleaner;
import app.factdeck.content.PageLine;
import app.factdeck.content.PageReading;
import app.factdeck.content.TeacherContent;
import app.factdeck.content.Text;
import app.factdeck.db.Database;
import app.factdeck.content.DateMention;
import app.factdeck.content.DateReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Teachers' own articles, from a pasted page to published questions: take in a page, keep the article's lines, mark
 * facts in its sentences, publish. Every change is stored first, then the library is rebuilt from the content tree
 * and the database and the article's questions generated again (through the listener the composition root gives).
 *
 * <p>Results that can fail for something the teacher typed are maps of form field to message (empty: it worked).
 */
public final class TeacherArticles {

    /** Largest page taken in, in UTF-8 bytes: a news article is a few thousand; a whole saved site is not one. */
    public static final int MAX_PAGE_BYTES = 1_000_000;
    public static final int MAX_LINES = 20_000;
    public static final int MAX_TITLE = 300;
    public static final int MAX_NAME = 200;
    public static final int MAX_URL = 2000;
    public static final int MAX_TEXT = 500;
    public static final int MAX_ANSWER = 200;
    public static final int MAX_LIST = 12;
    public static final int MAX_FACTS = 200;
    /** Answer types a teacher can give an entity answer (the catalogue's types that a news fact names). */
    public static final List<String> ANSWER_TYPES = List.of("person", "country", "organisation", "place", "city",
            "document", "event", "programme", "measure", "newspaper", "category");
    public static final Set<String> UPLOAD_TYPES = Set.of("txt", "md", "html", "htm");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    /** A fact as the facts page lists it: the teacher's marking, and what the loader says is wrong with it. */
    public record FactView(StoredFact stored, Map<String, String> problems) {

        public MarkedFact fact() {
            return stored.fact();
        }

        public String id() {
            return stored.id();
        }

        public boolean withdrawn() {
            return stored.withdrawn();
        }
    }

    /** What taking in a page gave: the new article, or messages by field. */
    public record Intake(Optional<TeacherArticle> article, Map<String, String> problems) {

        static Intake refused(String field, String message) {
            return new Intake(Optional.empty(), Map.of(field, message));
        }
    }

    /** What saving a fact gave: its id, or messages by field. */
    public record FactSave(Optional<String> id, Map<String, String> problems) {
    }

    private final ArticleStore store;
    private final ArticleRepository reader;
    private final Library library;
    private final Library base;
    private final Clock clock;
    private volatile BiConsumer<String, Set<String>> changed = (slug, withdrawn) -> { };
    private final ContentChanges changes;
    /** The version of each article this instance's library holds (see {@link #catchUp}); guarded by this. */
    private final Map<String, Long> seen = new HashMap<>();
    /** Loader messages per teacher's fact id, and per article slug, from the last rebuild. */
    private volatile Map<String, List<String>> factProblems = Map.of();
    private volatile Map<String, List<String>> articleProblems = Map.of();

    /**
     * Reads the teachers' articles into {@code library} (which holds the content tree's now and the teachers' ones
     * too from here on).
     */
    public TeacherArticles(Database database, Library library, Clock clock) {
        this.store = new ArticleStore(database);
        this.reader = new ArticleRepository(database);
        this.library = library;
        this.base = library.frozen();
        this.clock = clock;
        this.changes = new ContentChanges(database);
        // Versions first: a change made while the library is read is then seen by the next catch-up.
        seen.putAll(changes.versions());
        rebuild(null);
    }

    /**
     * Rebuilds what other instances on the same database changed since this one last looked: the library, then each
     * changed article's questions and cards (through the listener). Called every second or so where several instances
     * share a PostgreSQL database; cheap when nothing changed (one small query).
     *
     * @return the slugs of the articles that changed elsewhere
     */
    public synchronized List<String> catchUp() {
        Map<String, Long> now = changes.versions();
        List<String> changedElsewhere = new ArrayList<>();
        now.forEach((slug, version) -> {
            if (!version.equals(seen.get(slug))) {
                changedElsewhere.add(slug);
            }
        });
        if (changedElsewhere.isEmpty()) {
            return List.of();
        }
        rebuild(null); // the reader's copy was written by the instance that made the change
        Map<String, Long> ids = store.all().stream().collect(Collectors.toMap(TeacherArticle::slug,
                TeacherArticle::id));
        for (String slug : changedElsewhere) {
            seen.put(slug, now.get(slug));
            changed.accept(slug, ids.containsKey(slug) ? withdrawnOf(ids.get(slug)) : Set.of());
        }
        return List.copyOf(changedElsewhere);
    }

    /** Tells the other instances (through the database), then this one's listener, that an article changed. */
    private void notifyChanged(String slug, long articleId) {
        announce(slug);
        changed.accept(slug, withdrawnOf(articleId));
    }

    private void announce(String slug) {
        if (slug == null) {
            return;
        }
        long before = seen.getOrDefault(slug, 0L);
        long version = changes.announce(slug, clock.millis());
        if (version != before + 1) {
            // Another instance changed this article too since this one last looked, perhaps after this one's rebuild
            // read the database: read it again, so this instance does not mark as seen a change it lacks.
            rebuild(null);
        }
        seen.put(slug, version);
    }

    /**
     * Who to tell when an article changed: called with its slug and the ids of its withdrawn facts, after the library
     * holds the change (the composition root generates its questions again).
     */
    public void onChange(BiConsumer<String, Set<String>> listener) {
        this.changed = listener;
    }

    // --- taking a page in ----------------------------------------------------------------------------------------

    /** A pasted page. */
    public synchronized Intake addPage(String text, String url, long accountId) {
        if (text == null || text.isBlank()) {
            return Intake.refused("text", "Paste the article's text here, or choose a file to upload.");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PAGE_BYTES) {
            return Intake.refused("text", "The pasted text is " + megabytes(bytes) + "; Factdeck takes at most 1 MB. "
                    + "Paste only the article, not the whole site.");
        }
        return take(text, false, url, accountId);
    }

    /** An uploaded .txt, .md or .html file. */
    public synchronized Intake addUpload(String fileName, byte[] content, String url, long accountId) {
        String name = fileName == null ? "" : fileName.strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (content == null || content.length == 0) {
            return Intake.refused("file", "The file " + (name.isEmpty() ? "" : "'" + name + "' ") + "is empty.");
        }
        if (!UPLOAD_TYPES.contains(extension)) {
            return Intake.refused("file", "Factdeck reads .txt, .md and .html files; '" + name + "' is not one. Save "
                    + "the page as text or HTML, or paste its text.");
        }
        if (content.length > MAX_PAGE_BYTES) {
            return Intake.refused("file", "'" + name + "' is " + megabytes(content.length) + "; Factdeck takes at most "
                    + "1 MB. Save only the article, or paste its text.");
        }
        if (looksBinary(content)) {
            return Intake.refused("file", "'" + name + "' is not a text file (it holds binary data). Upload the page "
                    + "as .txt, .md or .html.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return Intake.refused("file", "'" + name + "' is not UTF-8 text. Open it in an editor and save it as "
                    + "UTF-8, or paste its text.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return take(text, extension.startsWith("htm"), url, accountId);
    }

    private Intake take(String text, boolean html, String url, long accountId) {
        if (text.lines().count() > MAX_LINES) {
            return Intake.refused("text", "The page has more than " + MAX_LINES + " lines; paste only the article.");
        }
        if (url != null && url.length() > MAX_URL) {
            return Intake.refused("url", "The address is longer than " + MAX_URL + " characters.");
        }
        PageReading reading = read(text, html);
        if (reading.lines().stream().noneMatch(l -> l.text().matches("(?s).*\\p{L}.*[.!?…][\"'”’)\\]]*"))) {
            return Intake.refused("text", "Factdeck found no sentence in this text: no line ends with '.', '!' or "
                    + "'?'. Paste the article's paragraphs, not only its headline or links.");
        }
        List<String> body = PageCleaner.body(reading.lines(), Set.of());
        String hash = hash(body.isEmpty() ? text : String.join("\n", body));
        Optional<TeacherArticle> same = store.withHash(hash);
        if (same.isPresent()) {
            return Intake.refused("text", "This page is already the article '" + same.get().details().title()
                    + "' (" + same.get().state().slug() + "); open it from the article list instead of adding it again.");
        }
        for (Article a : library.articles()) {
            if (sameText(body, a)) {
                return Intake.refused("text", "This page is already the article '" + a.title() + "'.");
            }
        }
        var meta = reading.meta();
        String title = meta.title().orElseGet(() -> body.isEmpty() ? "Untitled article" : shortened(
                body.get(0).replaceFirst("^## ", ""), 120));
        TeacherArticle.Details details = new TeacherArticle.Details(shortened(title, MAX_TITLE),
                meta.publisher().map(p -> shortened(p, MAX_NAME)).orElse(""),
                meta.author().map(p -> shortened(p, MAX_NAME)).orElse(null), meta.published().orElse(null),
                url != null && !url.isBlank() ? url.strip() : meta.url().orElse(null),
                meta.language().isEmpty() ? "en" : meta.language());
        long now = clock.millis();
        long id = store.create(uniqueSlug(title), details, text, html, hash, accountId, now);
        String slug = store.find(id).map(TeacherArticle::slug).orElse(null);
        rebuild(slug);
        announce(slug);
        return new Intake(store.find(id), Map.of());
    }

    private static boolean looksBinary(byte[] content) {
        int control = 0;
        int n = Math.min(content.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return control * 20 > n;
    }

    private String uniqueSlug(String title) {
        String words = Text.normalise(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > 60) {
            words = words.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        if (words.isEmpty()) {
            words = "article";
        }
        String slug = words;
        for (int n = 2; store.slugTaken(slug) || library.article(slug).isPresent(); n++) {
            slug = words + "-" + n;
        }
        return slug;
    }

    /**
     * True when a page's body (as {@link PageCleaner#body} gives it) is the article's text, case and punctuation
     * aside: adding it would add that article again.
     */
    public static boolean sameText(List<String> body, Article a) {
        return !body.isEmpty() && hash(String.join("\n", body)).equals(hash(a.sentences().stream()
                .map(Article.Sentence::text).collect(Collectors.joining("\n"))));
    }

    /** The words of a page, case and punctuation aside: two pastes of one article hash alike. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Text.normalise(text)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static String shortened(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** Every teacher's article, newest first, deleted ones left out. */
    public List<TeacherArticle> all() {
        return store.all().stream().filter(a -> a.state() != TeacherArticle.State.DELETED).toList();
    }

    public Optional<TeacherArticle> find(long id) {
        return store.find(id).filter(a -> a.state() != TeacherArticle.State.DELETED);
    }

    /**
     * Whether this account may change the article (its lines, details, facts, state): the teacher who added it, or an
     * admin. An article added from the command line belongs to the school: any teacher may. Every teacher can read
     * every article and review its questions, as for the shipped ones.
     */
    public static boolean mayChange(TeacherArticle a, long accountId, boolean admin) {
        return admin || a.createdBy().isEmpty() || a.createdBy().get() == accountId;
    }

    /** The page line by line with the cleaner's decision (flips not applied: {@link TeacherArticle#flipped} says). */
    public PageReading reading(TeacherArticle a) {
        return read(a.pageText(), a.html());
    }

    private static PageReading read(String page, boolean html) {
        return html ? app.factdeck.content.HtmlPage.read(page) : PageCleaner.read(page);
    }

    /** Whether a line is kept now, after the teacher's flips. */
    public static boolean keptNow(TeacherArticle a, PageLine line) {
        return line.kept() != a.flipped().contains(line.number());
    }

    /** The article as the reader and the generator see it; empty while its details are incomplete. */
    public Optional<Article> article(TeacherArticle a) {
        return library.article(a.slug());
    }

    /** Why the article cannot be read yet (missing date, no sentence kept…); empty when it can. */
    public List<String> articleProblems(TeacherArticle a) {
        return articleProblems.getOrDefault(a.slug(), List.of()).stream().map(TeacherArticles::withoutPlace).toList();
    }

    /** The article's facts in the order marked, withdrawn ones left out. */
    public List<FactView> facts(TeacherArticle a) {
        Map<String, List<String>> problems = factProblems;
        return store.facts().stream().filter(f -> f.articleId() == a.id() && !f.withdrawn())
                .map(f -> new FactView(f, problemsOf(f, problems.getOrDefault(f.id(), List.of())))).toList();
    }

    public Optional<FactView> fact(TeacherArticle a, String factId) {
        return facts(a).stream().filter(f -> f.id().equals(factId)).findFirst();
    }

    private Map<String, String> problemsOf(StoredFact f, List<String> problems) {
        if (problems.isEmpty()) {
            return Map.of();
        }
        FactYaml.Entry entry = FactYaml.of(f.fact(), f.id(), padded(f.answerIds()), f.roleId());
        return FactYaml.byField(problems, entry);
    }

    private static List<String> padded(List<String> ids) {
        return ids.isEmpty() ? List.of("") : ids;
    }

    /** Tags entities of a type share, for the "wrong answers come from" choice; most used first. */
    public List<String> groups(String type) {
        Map<String, Long> counts = library.entities().values().stream().filter(e -> e.type().equals(type))
                .flatMap(e -> e.tags().stream()).filter(t -> !t.contains("-in-article-"))
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).limit(40).toList();
    }

    // --- step 1: cleaning ------------------------------------------------------------------------------------------

    /**
     * Saves the article's details and the lines the teacher flipped. Lines can change only while the article is a
     * draft: a published article's sentences are what students' answers cite.
     */
    public synchronized Map<String, String> saveCleaning(long id, TeacherArticle.Details d, Set<Integer> flipped) {
        TeacherArticle a = find(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "title", d.title(), MAX_TITLE, "the headline students see");
        required(problems, "publisher", d.publisher(), MAX_NAME, "the newspaper or site, e.g. Reuters");
        if (d.author() != null && d.author().length() > MAX_NAME) {
            problems.put("author", "Keep the author to " + MAX_NAME + " characters.");
        }
        LocalDate today = LocalDate.now(clock);
        if (d.published() == null) {
            problems.put("published", "Give the date the article was published (YYYY-MM-DD): it anchors \"on "
                    + "Wednesday\" and \"next year\" in its sentences.");
        } else if (d.published().isAfter(today.plusDays(1)) || d.published().getYear() < 1900) {
            problems.put("published", "The date " + d.published() + " is not a publication date; give one between "
                    + "1900 and today.");
        }
        if (d.urlIfAny().isPresent()) {
            String url = d.url().strip();
            if (url.length() > MAX_URL || !(url.startsWith("http://") || url.startsWith("https://"))
                    || url.chars().anyMatch(Character::isWhitespace)) {
                problems.put("url", "Give the original address as a web address starting http:// or https:// (at "
                        + "most " + MAX_URL + " characters), or leave it empty.");
            }
        }
        if (d.language() == null || !LANGUAGE.matcher(d.language()).matches()) {
            problems.put("language", "Give the language as a code such as en, de or uk.");
        }
        PageReading reading = reading(a);
        Set<Integer> numbers = reading.lines().stream().map(PageLine::number).collect(Collectors.toSet());
        Set<Integer> valid = new TreeSet<>(flipped);
        valid.retainAll(numbers);
        if (!a.isDraft() && !valid.equals(a.flipped())) {
            problems.put("lines", "The lines of a published article cannot change: students' answers cite its "
                    + "sentences. Unpublish it first, or add the corrected page as a new article.");
        }
        List<String> body = PageCleaner.body(reading.lines(), valid);
        if (body.stream().noneMatch(l -> !l.startsWith("## "))) {
            problems.put("lines", "Keep at least one line of the article's text (tick its box).");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        store.saveCleaning(id, new TeacherArticle.Details(d.title().strip(), d.publisher().strip(),
                d.authorIfAny().map(String::strip).orElse(null), d.published(),
                d.urlIfAny().map(String::strip).orElse(null), d.language()), valid, clock.millis());
        rebuild(a.slug());
        notifyChanged(a.slug(), a.id());
        List<String> left = articleProblems(find(id).orElseThrow());
        return left.isEmpty() ? Map.of() : Map.of("lines", String.join(" ", left));
    }

    private static void required(Map<String, String> problems, String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            problems.put(field, "Give the " + field + ": " + what + ".");
        } else if (value.strip().length() > max) {
            problems.put(field, "Keep the " + field + " to " + max + " characters (it has " + value.strip().length()
                    + ").");
        }
    }

    // --- step 2: facts ---------------------------------------------------------------------------------------------

    /**
     * Checks a marked fact with the content loader's own checks and saves it (a new one when its id is null); the
     * entities its answer names that Factdeck did not know yet are saved with it.
     */
    public synchronized FactSave saveFact(long articleId, MarkedFact f, long accountId) {
        FactSave saved = checkAndStore(articleId, f, accountId, true);
        if (saved.id().isPresent()) {
            notifyChanged(find(articleId).orElseThrow().slug(), articleId);
        }
        return saved;
    }

    /**
     * Saves several new facts as {@link #saveFact} saves each (the same checks, in order, each seeing the entities the
     * ones before it added), generating the article's questions once at the end rather than once per fact.
     */
    public synchronized List<FactSave> saveFacts(long articleId, List<MarkedFact> facts, long accountId) {
        List<FactSave> out = new ArrayList<>();
        for (MarkedFact f : facts) {
            // A fact changes no sentence: the reader's copy of the article need not be written again for each.
            out.add(checkAndStore(articleId, f, accountId, false));
        }
        if (out.stream().anyMatch(r -> r.id().isPresent())) {
            notifyChanged(find(articleId).orElseThrow().slug(), articleId);
        }
        return out;
    }

    /**
     * Checks and stores one fact and rebuilds the library (and the reader's copy of the article when {@code reader});
     * the caller tells the listener.
     */
    private FactSave checkAndStore(long articleId, MarkedFact f, long accountId, boolean reader) {
        TeacherArticle a = find(articleId).orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        Optional<Article> article = article(a);
        Map<String, String> problems = new LinkedHashMap<>();
        if (article.isEmpty()) {
            return new FactSave(Optional.empty(), Map.of("sentence", "Finish step 1 first (title, publisher, date and "
                    + "the article's lines): facts are marked in the cleaned article."));
        }
        if (f.id() != null && fact(a, f.id()).isEmpty()) {
            return new FactSave(Optional.empty(), Map.of("kind", "This fact is not part of the article any more."));
        }
        if (f.id() == null && facts(a).size() >= MAX_FACTS) {
            return new FactSave(Optional.empty(), Map.of("kind", "An article holds at most " + MAX_FACTS + " facts."));
        }
        MarkedFact fact = completed(f, a.details().published(), problems);
        if (article.get().sentences().stream().noneMatch(s -> s.text().equals(fact.sentence()))) {
            problems.put("sentence", "Choose a sentence of the cleaned article.");
        }
        if (!problems.isEmpty()) {
            return new FactSave(Optional.empty(), problems);
        }
        Map<String, Entity> entities = new LinkedHashMap<>(library.entities());
        Naming naming = new Naming(entities, store.entities().keySet(), articleText(article.get()),
                a.id());
        List<String> answerIds = new ArrayList<>();
        String roleId = null;
        if (fact.kind().answersWithEntity()) {
            for (String words : fact.answerWords()) {
                answerIds.add(naming.resolve(words, typeFor(fact), fact.group(), fact.aliases()));
            }
            if (fact.kind() == MarkedFact.Kind.ROLE) {
                roleId = naming.resolve(fact.roleWords(), "role", "", "");
            }
        }
        List<Entity> created = naming.created;
        String id = fact.id() != null ? fact.id() : "t" + articleId + "-new";
        FactYaml.Entry entry = FactYaml.of(fact, id, padded(answerIds), roleId);
        Set<String> others = library.facts().stream().map(Fact::id).filter(x -> !x.equals(id))
                .collect(Collectors.toSet());
        TeacherContent.Assembly checked = TeacherContent.assemble(entities, library.articles(), List.of(),
                List.of(new TeacherContent.FactEntry(a.slug(), id, entry.yaml())), others);
        List<String> loaderProblems = checked.factProblems().getOrDefault(id, List.of());
        if (!loaderProblems.isEmpty()) {
            return new FactSave(Optional.empty(), FactYaml.byField(loaderProblems, entry));
        }
        String saved = store.saveFact(articleId, fact, answerIds, roleId, created, naming.aliasesAdded, accountId,
                clock.millis());
        rebuild(reader ? a.slug() : null); // saveFact and saveFacts tell the other instances, once
        return new FactSave(Optional.of(saved), Map.of());
    }

    /** Withdraws a fact: students no longer get its questions; answers already given stay readable. */
    public synchronized void withdrawFact(long articleId, String factId) {
        TeacherArticle a = find(articleId).orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        store.withdrawFact(articleId, factId, clock.millis());
        rebuild(a.slug());
        notifyChanged(a.slug(), articleId);
    }

    private Set<String> withdrawnOf(long articleId) {
        return store.facts().stream().filter(f -> f.articleId() == articleId && f.withdrawn()).map(StoredFact::id)
                .collect(Collectors.toSet());
    }

    private static String typeFor(MarkedFact f) {
        if (f.kind() == MarkedFact.Kind.ROLE || f.kind() == MarkedFact.Kind.SAID) {
            return "person";
        }
        return f.answerType();
    }

    /**
     * The form's fields checked for what a form can see (lengths, required fields, the kind's own fields) and the
     * blanks the form leaves to Factdeck filled: the statement from the sentence, a date from the words as written.
     */
    private MarkedFact completed(MarkedFact f, LocalDate published, Map<String, String> problems) {
        List<String> answers = f.answerWords().stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
        if (f.kind() == null) {
            problems.put("kind", "Choose what the fact asks: who holds a role, who said it, when, where, how many, "
                    + "which ones, a key phrase, or who or what.");
            return f;
        }
        if (answers.isEmpty()) {
            problems.put("answerWords", "Mark the answer: type (or select) the words of the sentence that answer it.");
        } else if (answers.stream().anyMatch(w -> w.length() > MAX_ANSWER)) {
            problems.put("answerWords", "Keep each answer to " + MAX_ANSWER + " characters.");
        } else if (f.kind() == MarkedFact.Kind.WHICH && (answers.size() < 2 || answers.size() > MAX_LIST)) {
            problems.put("answerWords", "A list has 2 to " + MAX_LIST + " answers, one per line.");
        } else if (f.kind() != MarkedFact.Kind.WHICH && answers.size() > 1) {
            problems.put("answerWords", "Give one answer; for several, choose 'Which ones (a list)'.");
        }
        for (String w : answers) {
            if (f.sentence() != null && !Text.containsPhrase(f.sentence(), w)) {
                problems.put("answerWords", "'" + w + "' is not in the sentence. Copy the answer exactly as the "
                        + "sentence writes it.");
                break;
            }
        }
        String type = f.answerType() == null ? "" : f.answerType().strip();
        Set<String> named = Set.of("person", "country", "city", "place", "organisation");
        String typeNow = f.kind() == MarkedFact.Kind.ROLE || f.kind() == MarkedFact.Kind.SAID ? "person" : type;
        if (f.kind().answersWithEntity() && named.contains(typeNow) && !problems.containsKey("answerWords")
                && answers.stream().anyMatch(w -> !Character.isUpperCase(w.codePointAt(0))
                && !Character.isDigit(w.codePointAt(0)))) {
            problems.put("answerWords", "A " + typeNow + "'s name starts with a capital letter; '" + answers.get(0)
                    + "' looks like an ordinary word. For words someone said, choose 'A key phrase'.");
        }
        if ((f.kind() == MarkedFact.Kind.WHERE || f.kind() == MarkedFact.Kind.WHICH || f.kind() == MarkedFact.Kind.WHAT)
                && !ANSWER_TYPES.contains(type)) {
            problems.put("answerType", "Choose what the answer is (person, country, organisation, …).");
        }
        String group = f.group() == null ? "" : f.group().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (group.length() > 60) {
            problems.put("group", "Keep the group to 60 characters.");
        }
        String aliases = f.aliases() == null ? "" : f.aliases().strip();
        if (aliases.length() > MAX_NAME || aliases.split(",").length > 10) {
            problems.put("aliases", "Give at most 10 other names, comma-separated, " + MAX_NAME + " characters in all.");
        }
        String roleWords = blankToNull(f.roleWords());
        if (f.kind() == MarkedFact.Kind.ROLE) {
            if (roleWords == null) {
                problems.put("roleWords", "Give the role as the sentence writes it, e.g. 'Prime Minister'.");
            } else if (roleWords.length() > MAX_ANSWER || f.sentence() == null
                    || !Text.containsPhrase(f.sentence(), roleWords)) {
                problems.put("roleWords", "'" + roleWords + "' is not in the sentence. Copy the role exactly as the "
                        + "sentence writes it.");
            }
        }
        String question = blankToNull(f.question());
        boolean asks = f.kind() != MarkedFact.Kind.ROLE && f.kind() != MarkedFact.Kind.PHRASE;
        if (asks && question == null) {
            problems.put("question", "Write the question this fact answers, e.g. 'Who chairs the group?'.");
        }
        for (var field : List.of(Map.entry("question", String.valueOf(f.question())),
                Map.entry("statement", String.valueOf(f.statement())), Map.entry("event", String.valueOf(f.event())),
                Map.entry("contradiction", String.valueOf(f.contradiction())))) {
            if (field.getValue().length() > MAX_TEXT) {
                problems.put(field.getKey(), "Keep it to " + MAX_TEXT + " characters.");
            }
        }
        String statement = blankToNull(f.statement());
        if (statement == null && f.kind() != MarkedFact.Kind.ROLE && !answers.isEmpty() && f.sentence() != null) {
            statement = gapped(f.sentence(), f.kind() == MarkedFact.Kind.WHICH ? answers : List.of(answers.get(0)));
        }
        if (f.statement() == null || f.statement().isBlank()) {
            if (statement != null && f.sentence() != null && insideQuote(f.sentence(), answers)) {
                // A question must never put words in a speaker's mouth: a false variant would change a quotation.
                statement = null;
                if (f.kind() != MarkedFact.Kind.ROLE) {
                    problems.put("statement", "The answer is inside a quotation: write the statement in your own "
                            + "words, with {answer} where the answer goes, so that nobody's words are changed.");
                }
            }
        }
        if (statement == null && f.kind() == MarkedFact.Kind.PHRASE && !problems.containsKey("statement")) {
            problems.put("statement", "Write the statement with {answer} where the key phrase goes.");
        }
        String event = blankToNull(f.event());
        String date = blankToNull(f.date());
        if (f.kind() == MarkedFact.Kind.WHEN) {
            if (event == null) {
                problems.put("event", "Say what happened on the date, e.g. 'the summit opened'.");
            }
            if (date == null && !answers.isEmpty()) {
                date = dateOf(answers.get(0), f.sentence(), published).orElse(null);
            }
            if (date == null) {
                problems.put("date", "Give the date as YYYY-MM-DD (or YYYY-MM for a month).");
            } else if (!ISO_DATE.matcher(date).matches()) {
                problems.put("date", "Write the date as YYYY-MM-DD (or YYYY-MM), not '" + date + "'.");
            }
        }
        String number = blankToNull(f.number());
        if (f.kind() == MarkedFact.Kind.HOW_MANY && !answers.isEmpty()) {
            String words = answers.get(0);
            Optional<Count> count = Count.in(words);
            if (NOT_A_COUNT.matcher(words).find() || count.isEmpty()) {
                problems.put("answerWords", "Factdeck asks whole counts as numbers (13 days, 24 states, 156 million "
                        + "votes, 2050); mark a percentage, an amount of money, a decimal or an ordinal such as "
                        + "'28th' as a key phrase instead.");
            } else if (number != null && !number.replace(",", "").equals(String.valueOf(count.get().value()))) {
                problems.put("number", "The sentence says '" + count.get().written() + "', which is "
                        + count.get().value() + ", not " + number + ". Leave the number empty to take it from the "
                        + "words.");
            } else if (count.get().value() > 2_000_000_000L) {
                problems.put("number", "Factdeck asks counts up to 2 billion.");
            } else if (f.statement() != null && !f.statement().isBlank() && approximation(words).isPresent()
                    && !f.statement().toLowerCase(Locale.ROOT).contains(approximation(words).get() + " {answer}")) {
                problems.put("statement", "The sentence says '" + words + "': keep '" + approximation(words).get()
                        + "' before {answer} in the statement, or it states an exact number the article does not.");
            } else {
                number = String.valueOf(count.get().value());
                if (f.statement() == null || f.statement().isBlank()) {
                    // Only the number is the gap: "After {answer} days of talks", not "After {answer} of talks".
                    statement = f.sentence() == null ? null : gapped(f.sentence(), List.of(count.get().written()));
                }
            }
        }
        String contradiction = blankToNull(f.contradiction());
        return new MarkedFact(f.id(), f.kind(), f.sentence() == null ? null : PageCleaner.strip(f.sentence()), answers,
                type, group, aliases, roleWords, question, statement, event, date, number, contradiction);
    }

    private static final Pattern APPROXIMATION = Pattern.compile("(?i)\\b(" + Hedges.WORDS + ")\\s+\\d");

    /** "nearly" in "nearly 200": the words that make a number a bound, not a count. */
    static Optional<String> approximation(String words) {
        Matcher m = APPROXIMATION.matcher(words);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Money, percentages, decimals and ordinals: the number kind would ask them as bare counts. */
    private static final Pattern NOT_A_COUNT = Pattern.compile(
            "(?i)[%$€£¥]|\\bper ?cent\\b|\\d[.,]\\d{1,2}\\b(?![,.]?\\d)|\\d(st|nd|rd|th)\\b|\\b(dollars?|euros?|francs?"
                    + "|pounds?|yen|yuan|rupees?|roubles?|rubles?|hryvnias?|bn|m)\\b|\\b(first|second|third|fourth|fifth|"
                    + "sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\\b");

    /** A count as the sentence writes it ("60,048,560", "156 million", "nine") and its value. */
    record Count(String written, long value) {

        private static final Pattern DIGITS = Pattern.compile(
                "\\d{1,3}(?:,\\d{3})+|\\d+(?:\\s+(?:thousand|million|billion))?", Pattern.CASE_INSENSITIVE);
        private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
                "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty");

        static Optional<Count> in(String words) {
            Matcher m = DIGITS.matcher(words);
            if (m.find()) {
                String written = m.group();
                String[] parts = written.replace(",", "").split("\\s+");
                try {
                    long value = Long.parseLong(parts[0]);
                    if (parts.length > 1) {
                        value *= switch (parts[1].toLowerCase(Locale.ROOT)) {
                            case "thousand" -> 1_000L;
                            case "million" -> 1_000_000L;
                            default -> 1_000_000_000L;
                        };
                    }
                    return m.find() ? Optional.empty() : Optional.of(new Count(written, value));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            for (String w : words.split("[^\\p{L}]+")) {
                int i = WORDS.indexOf(w.toLowerCase(Locale.ROOT));
                if (i >= 0) {
                    return Optional.of(new Count(w, i + 1));
                }
            }
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** True when the first answer stands inside quotation marks in the sentence. */
    static boolean insideQuote(String sentence, List<String> answers) {
        if (answers.isEmpty()) {
            return false;
        }
        int at = sentence.indexOf(answers.get(0));
        if (at < 0) {
            return false;
        }
        String before = sentence.substring(0, at);
        long open = before.chars().filter(ch -> ch == '“').count();
        long close = before.chars().filter(ch -> ch == '”').count();
        long straight = before.chars().filter(ch -> ch == '"').count();
        return open > close || straight % 2 == 1;
    }

    /** The sentence with the answer (a list: from its first member to its last) as the {answer} gap. */
    public static String gapped(String sentence, List<String> answers) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String a : answers) {
            int i = sentence.indexOf(a);
            if (i < 0) {
                return null;
            }
            start = Math.min(start, i);
            end = Math.max(end, i + a.length());
        }
        return sentence.substring(0, start) + "{answer}" + sentence.substring(end);
    }

    /**
     * The date the words name, read against the article's date by {@link DateReader}: "30 May 2023", "May 30, 2023",
     * "May 30" (that year, or the year before when that would be well after the article), "April 2023" (a month),
     * a weekday (the latest one on or before the article's date). Without an article date only a full date counts.
     */
    static Optional<String> dateOf(String words, LocalDate published) {
        return dateOf(words, null, published);
    }

    /**
     * As {@link #dateOf(String, LocalDate)}, but reading the words where the sentence writes them, so that the
     * sentence's verb decides which way a weekday or a day without year goes ("will meet on Wednesday").
     */
    static Optional<String> dateOf(String words, String sentence, LocalDate published) {
        if (published == null) {
            return PageCleaner.dateIn(words).map(LocalDate::toString);
        }
        int at = sentence == null ? -1 : sentence.indexOf(words);
        List<DateMention> mentions = at < 0 ? DateReader.in(words, published) : DateReader.in(sentence, published)
                .stream().filter(d -> d.start() < at + words.length() && at < d.end()).toList();
        // A fact's date is a day or a month; a year alone is asked as a number.
        return mentions.stream().filter(d -> d.precision() != DateMention.Precision.YEAR).findFirst()
                .map(DateMention::iso);
    }

    private static String articleText(Article a) {
        return a.sentences().stream().map(Article.Sentence::text).collect(Collectors.joining(" "));
    }

    /** A tag only this article's new entities carry: their wrong options come from the same article. */
    static String ownGroup(String type, long articleId) {
        return type + "-in-article-" + articleId;
    }

    /**
     * Which entity the words of one fact name: one Factdeck knows by that name (of a fitting type), else a new one,
     * shared from then on by every article that names it.
     *
     * <p>Only names that cannot mean someone else count: a role only by its full name ("Prime Minister" in one article
     * is not the "Prime Minister of Ukraine" another article calls by that alias), a person by the name or an alias of
     * two words or more (a surname alone may be anybody's) — or by a surname alone when exactly one person the article
     * names in full has it ("Bolsonaro" after "Jair Bolsonaro"), or when one of the other names the teacher gives is
     * a known person's. Such a short name is added to that entity's aliases.
     */
    static final class Naming {

        private final Map<String, Entity> known;
        private final Set<String> stored;
        private final String articleText;
        private final long articleId;
        final List<Entity> created = new ArrayList<>();
        final List<Map.Entry<String, String>> aliasesAdded = new ArrayList<>();

        Naming(Map<String, Entity> known, Set<String> stored, String articleText, long articleId) {
            this.known = known;
            this.stored = stored;
            this.articleText = articleText;
            this.articleId = articleId;
        }

        String resolve(String words, String type, String group, String aliases) {
            String wanted = Text.normalise(words);
            List<String> others = new ArrayList<>();
            if (aliases != null) {
                for (String alias : aliases.split(",")) {
                    String s = alias.strip();
                    if (!s.isEmpty() && !Text.normalise(s).equals(wanted) && !others.contains(s)) {
                        others.add(s);
                    }
                }
            }
            Optional<Entity> byName = named(wanted, type);
            if (byName.isPresent()) {
                return byName.get().id();
            }
            // The teacher says who it is: "Bolsonaro", other name "Jair Bolsonaro".
            for (String other : others) {
                Optional<Entity> e = named(Text.normalise(other), type).filter(x -> stored.contains(x.id()));
                if (e.isPresent()) {
                    return withAlias(e.get(), words.strip());
                }
            }
            if (type.equals("person") && !wanted.contains(" ")) {
                List<Entity> bySurname = known.values().stream().filter(e -> e.type().equals("person"))
                        .filter(e -> stored.contains(e.id()))
                        .filter(e -> Text.normalise(e.name()).endsWith(" " + wanted))
                        .filter(e -> Text.containsPhrase(articleText, e.name())).toList();
                if (bySurname.size() == 1) {
                    return withAlias(bySurname.get(0), words.strip());
                }
            }
            String idBase = wanted.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (idBase.isEmpty()) {
                idBase = type;
            }
            if (idBase.length() > 80) {
                idBase = idBase.substring(0, 80);
            }
            String id = idBase;
            for (int n = 2; known.containsKey(id); n++) {
                id = idBase + "-" + n;
            }
            String tag = group == null || group.isBlank() ? ownGroup(type, articleId) : group;
            Entity e = new Entity(id, type, words.strip(), List.copyOf(others), Set.of(tag), true, "");
            known.put(id, e);
            created.add(e);
            return id;
        }

        private Optional<Entity> named(String normalised, String type) {
            return known.values().stream().filter(e -> fits(e.type(), type))
                    .filter(e -> unambiguousNames(e).stream().anyMatch(n -> Text.normalise(n).equals(normalised)))
                    .findFirst();
        }

        private String withAlias(Entity e, String alias) {
            List<String> aliases = new ArrayList<>(e.aliases());
            aliases.add(alias);
            known.put(e.id(), new Entity(e.id(), e.type(), e.name(), List.copyOf(aliases), e.tags(), e.inArticle(),
                    e.prefix(), e.members()));
            aliasesAdded.add(Map.entry(e.id(), alias));
            return e.id();
        }
    }

    private static List<String> unambiguousNames(Entity e) {
        return switch (e.type()) {
            case "role" -> List.of(e.name());
            case "person" -> e.names().stream().filter(n -> n.equals(e.name()) || n.strip().contains(" ")).toList();
            default -> e.names();
        };
    }

    /** The entities a fact's answer resolved to (known ones and those it added), for the facts list. */
    public List<Entity> answerEntities(FactView f) {
        List<Entity> out = new ArrayList<>();
        for (String id : f.stored().answerIds()) {
            Entity e = library.entities().get(id);
            if (e != null) {
                out.add(e);
            }
        }
        if (f.stored().roleId() != null && library.entities().containsKey(f.stored().roleId())) {
            out.add(library.entities().get(f.stored().roleId()));
        }
        return out;
    }

    /** A place the teacher calls a place may be a country or a city the catalogue knows. */
    private static boolean fits(String known, String wanted) {
        Set<String> places = Set.of("place", "city", "country");
        return known.equals(wanted) || (places.contains(known) && places.contains(wanted));
    }

    // --- step 3: publishing ----------------------------------------------------------------------------------------

    /** Makes the article and its approved questions visible to students; a message when it cannot be yet. */
    public synchronized Optional<String> publish(long id, int questions) {
        TeacherArticle a = find(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
        if (article(a).isEmpty()) {
            return Optional.of("Finish step 1 first: the article needs its title, publisher, date and text.");
        }
        if (facts(a).stream().noneMatch(f -> f.problems().isEmpty())) {
            return Optional.of("Mark at least one fact first: an article without facts has no questions.");
        }
        if (questions == 0) {
            return Optional.of("None of the facts made a question that passed the checks yet; look at the facts' "
                    + "messages, or add a question by hand in the review queue.");
        }
        store.setState(id, TeacherArticle.State.PUBLISHED, clock.millis());
        rebuild(a.slug());
        notifyChanged(a.slug(), id);
        return Optional.empty();
    }

    /** Hides the article from students again; their answers and cards stay. */
    public synchronized void unpublish(long id) {
        TeacherArticle a = find(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
        store.setState(id, TeacherArticle.State.DRAFT, clock.millis());
        rebuild(a.slug());
        notifyChanged(a.slug(), id);
    }

    /**
     * Deletes the article for everyone: it leaves every list, students can no longer start anything on it, and the
     * answers they gave stay readable (its rows stay, its facts are all withdrawn).
     */
    public synchronized void delete(long id) {
        TeacherArticle a = find(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
        store.setState(id, TeacherArticle.State.DELETED, clock.millis());
        for (StoredFact f : store.facts()) {
            if (f.articleId() == id && !f.withdrawn()) {
                store.withdrawFact(id, f.id(), clock.millis());
            }
        }
        rebuild(a.slug());
        notifyChanged(a.slug(), id);
    }

    // --- the library -----------------------------------------------------------------------------------------------

    /**
     * The library made again: the content tree's articles, entities and facts, then every teacher's article whose
     * text reads, the entities their facts added, and their facts that pass the loader's checks. A draft or deleted
     * article is in it (its questions are generated and findable) but hidden from students.
     */
    private void rebuild(String changedSlug) {
        List<TeacherArticle> stored = store.all();
        Map<String, Entity> entities = new LinkedHashMap<>(base.entities());
        // Only entities some fact names: one left behind by a fact that was changed is nobody's wrong option.
        Set<String> named = new HashSet<>();
        List<StoredFact> storedFacts = store.facts();
        storedFacts.forEach(f -> {
            named.addAll(f.answerIds());
            if (f.roleId() != null) {
                named.add(f.roleId());
            }
        });
        store.entities().forEach((id, e) -> {
            if (named.contains(id)) {
                entities.putIfAbsent(id, e);
            }
        });
        List<TeacherContent.Page> pages = new ArrayList<>();
        Map<Long, String> slugs = new LinkedHashMap<>();
        Set<String> hidden = new HashSet<>();
        Set<String> gone = new HashSet<>();
        for (TeacherArticle a : stored) {
            slugs.put(a.id(), a.slug());
            if (a.isDraft()) {
                hidden.add(a.slug());
            }
            if (a.state() == TeacherArticle.State.DELETED) {
                gone.add(a.slug());
            }
            pages.add(new TeacherContent.Page(a.slug(), a.details().title(), markdown(a)));
        }
        List<TeacherContent.FactEntry> entries = new ArrayList<>();
        for (StoredFact f : storedFacts) {
            String slug = slugs.get(f.articleId());
            if (slug != null) {
                entries.add(new TeacherContent.FactEntry(slug, f.id(),
                        FactYaml.of(f.fact(), f.id(), padded(f.answerIds()), f.roleId()).yaml()));
            }
        }
        Set<String> baseIds = base.facts().stream().map(Fact::id).collect(Collectors.toSet());
        TeacherContent.Assembly assembly = TeacherContent.assemble(entities, base.articles(), pages, entries, baseIds);
        List<Article> articles = new ArrayList<>(base.articles());
        articles.addAll(assembly.articles());
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.addAll(assembly.facts());
        library.replace(articles, entities, facts, hidden, gone);
        factProblems = Map.copyOf(assembly.factProblems());
        articleProblems = Map.copyOf(assembly.articleProblems());
        Map<String, TeacherArticle> bySlug = stored.stream().collect(Collectors.toMap(TeacherArticle::slug, a -> a));
        // The reader's copy (the rows students' answers cite) is written for the article that changed only: start-up
        // and the commands that only read never write.
        if (changedSlug != null) {
            Optional<Article> changed = assembly.articles().stream().filter(a -> a.slug().equals(changedSlug))
                    .findFirst();
            if (changed.isPresent()) {
                reader.save(changed.get(), bySlug.get(changedSlug).isPublished());
            } else {
                reader.unlist(changedSlug);
            }
        }
    }

    /** The article as an article.md file: its details as front matter, then the lines kept. */
    static String markdown(TeacherArticle a) {
        TeacherArticle.Details d = a.details();
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(FactYaml.quoted(d.title())).append('\n');
        b.append("publisher: ").append(FactYaml.quoted(d.publisher())).append('\n');
        d.authorIfAny().ifPresent(x -> b.append("author: ").append(FactYaml.quoted(x)).append('\n'));
        if (d.published() != null) {
            b.append("published: ").append(d.published()).append('\n');
        }
        d.urlIfAny().ifPresent(x -> b.append("url: ").append(FactYaml.quoted(x)).append('\n'));
        b.append("language: ").append(FactYaml.quoted(d.language())).append('\n');
        b.append("---\n");
        b.append(String.join("\n\n", PageCleaner.body(read(a.pageText(), a.html()).lines(), a.flipped())));
        b.append('\n');
        return b.toString();
    }

    private static String withoutPlace(String problem) {
        return problem.replaceFirst("^[^:]*:\\d+: ", "");
    }
}
