package app.factdeck.authoring;

import app.factdeck.content.Article;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions students get: the generated bank less what teachers hid or replaced, plus teachers' own
 * questions at their current version. Read from the database each time, so a question imported on the command
 * line while the server runs is in the next quiz; a version never changes once stored, so versions are cached.
 */
public final class QuestionCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(QuestionCatalog.class);
    private static final Pattern AUTHORED_ID = Pattern.compile("a/(\\d{1,18})/(\\d{1,9})");
    private static final int CACHE_LIMIT = 10_000;
    private static final int PLACEHOLDER_STEM = 200;

    private final Library library;
    private final QuestionBank bank;
    private final TeacherQuestionRepository repository;
    private final Map<String, Question> versions = new ConcurrentHashMap<>();
    /** Versions that fail the checks, with why: checked once, like the versions that pass. */
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    public QuestionCatalog(Library library, QuestionBank bank, TeacherQuestionRepository repository) {
        this.library = library;
        this.bank = bank;
        this.repository = repository;
    }

    /**
     * A generated question as a teacher reviews it, or a teacher's question.
     *
     * @param problem why a teacher's question {@link Status#NEEDS_FIX needs a fix} (its question is then only a
     *                placeholder: type, id and the start of its text), else ""
     */
    public record Entry(Question question, Status status, Optional<String> overrides, Optional<String> overriddenBy,
                        String problem) {
    }

    /**
     * Approved and authored questions reach students; hidden and overridden ones never do, nor does a teacher's
     * question that no longer passes the checks (stored before a limit existed, or citing a sentence the article
     * lost): it needs a fix, and the bank says which.
     */
    public enum Status {
        APPROVED, HIDDEN, OVERRIDDEN, AUTHORED, NEEDS_FIX;

        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public boolean visible() {
            return this == APPROVED || this == AUTHORED;
        }
    }

    /** The questions of one article that students may be asked: none while it is a draft or after it is deleted. */
    public List<Question> forStudents(String articleSlug) {
        if (!library.visibleToStudents(articleSlug)) {
            return List.of();
        }
        return entries(articleSlug).stream().filter(e -> e.status().visible()).map(Entry::question).toList();
    }

    /** Every article's questions that students may be asked. */
    public List<Question> forStudents() {
        List<Question> all = new ArrayList<>();
        library.forStudents().forEach(a -> all.addAll(forStudents(a.slug())));
        return all;
    }

    /** The generated questions teachers hid or replaced, in every article: students never get them. */
    public Set<String> withheld() {
        return repository.withheld();
    }

    /** Every question of an article with its review status: generated ones first, then teachers' ones. */
    public List<Entry> entries(String articleSlug) {
        Map<String, String> statuses = repository.statuses(articleSlug);
        List<Entry> teachers = new ArrayList<>();
        Optional<Article> article = library.article(articleSlug);
        if (article.isPresent()) {
            for (TeacherQuestionRepository.Stored s : repository.current(articleSlug)) {
                Optional<Question> q = build(s, article.get());
                teachers.add(q.isPresent() ? new Entry(q.get(), Status.AUTHORED, s.overrides(), Optional.empty(), "")
                        : new Entry(placeholder(s), Status.NEEDS_FIX, s.overrides(), Optional.empty(),
                                problems.getOrDefault(versionId(s), "")));
            }
        }
        Map<String, String> overriddenBy = teachers.stream().filter(e -> e.overrides().isPresent())
                .collect(Collectors.toMap(e -> e.overrides().get(), e -> e.question().authored().baseId(),
                        (a, b) -> a));
        List<Entry> out = new ArrayList<>();
        for (Question q : bank.questionsOf(articleSlug)) {
            Status status = overriddenBy.containsKey(q.id()) ? Status.OVERRIDDEN
                    : "hidden".equals(statuses.get(q.id())) ? Status.HIDDEN : Status.APPROVED;
            out.add(new Entry(q, status, Optional.empty(), Optional.ofNullable(overriddenBy.get(q.id())), ""));
        }
        out.addAll(teachers);
        return out;
    }

    /**
     * Any question by id, also one hidden, replaced, deleted or at an old version: a stored answer names the
     * version it answered ("a/12/3") and must always find it.
     */
    public Optional<Question> find(String id) {
        Matcher m = AUTHORED_ID.matcher(id);
        if (!m.matches()) {
            return bank.find(id);
        }
        Question cached = versions.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return repository.find(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)))
                .flatMap(s -> library.article(s.articleSlug()).flatMap(a -> build(s, a)));
    }

    /** The generated question ids of an article, for checking a posted id. */
    Set<String> generatedIds(String articleSlug) {
        return bank.questionsOf(articleSlug).stream().map(Question::id).collect(Collectors.toSet());
    }

    /** A stored version as a question: rendered (Markdown, sanitiser) once, then from the cache. */
    private Optional<Question> build(TeacherQuestionRepository.Stored s, Article article) {
        String id = versionId(s);
        Question cached = versions.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (problems.containsKey(id)) {
            return Optional.empty();
        }
        DraftCheck.Checked checked = DraftCheck.check(s.draft(), article, s.id(), s.version());
        if (versions.size() + problems.size() >= CACHE_LIMIT) {
            versions.clear();
            problems.clear();
        }
        if (!checked.ok()) {
            // The article's text changed under a cited sentence, or the question was stored before a limit
            // existed (a tolerance of 1e999, 1,500 pairs): leave it out of quizzes, and tell the teacher why.
            LOG.warn("Question {} left out: {}", id, checked.errors());
            problems.put(id, String.join(" ", checked.errors().values()));
            return Optional.empty();
        }
        versions.put(id, checked.question());
        return Optional.of(checked.question());
    }

    private static String versionId(TeacherQuestionRepository.Stored s) {
        return "a/" + s.id() + "/" + s.version();
    }

    /** What the bank shows of a question that needs a fix: its id, type and the start of its text, no answers. */
    private static Question placeholder(TeacherQuestionRepository.Stored s) {
        String stem = s.draft().stem().length() > PLACEHOLDER_STEM
                ? s.draft().stem().substring(0, PLACEHOLDER_STEM) + "…" : s.draft().stem();
        return s.draft().type().placeholder(new Question.Common(versionId(s), s.articleSlug(), List.of(), stem, "",
                List.of(), List.of(), new Question.Authored(s.id(), s.version(),
                        org.apache.commons.text.StringEscapeUtils.escapeHtml4(stem), "",
                        s.draft().title().length() > PLACEHOLDER_STEM ? "" : s.draft().title(), Question.DEFAULT_PENALTY)));
    }
}
