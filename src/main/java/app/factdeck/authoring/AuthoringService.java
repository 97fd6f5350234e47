package app.factdeck.authoring;

import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.accounts.Account;
import app.factdeck.content.Article;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionKinds;
import app.factdeck.web.BadRequest;
import app.factdeck.web.NotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What teachers do to the bank: review generated questions, write and edit their own, import many at once. */
public final class AuthoringService {

    /**
     * Teachers' questions one article may have: every quiz on it reads them all, so a bank without end would
     * make every quiz start slow (30,000 imported questions: 2–4 s each).
     */
    public static final int MAX_QUESTIONS_PER_ARTICLE = 1000;

    private final Library library;
    private final QuestionCatalog catalog;
    private final TeacherQuestionRepository repository;
    private final Clock clock;

    public AuthoringService(Library library, QuestionCatalog catalog, TeacherQuestionRepository repository,
                            Clock clock) {
        this.library = library;
        this.catalog = catalog;
        this.repository = repository;
        this.clock = clock;
    }

    /** The outcome of saving a draft: the field errors, or the stored question's id. */
    public record Saved(DraftCheck.Checked checked, long id) {
    }

    public Article article(String slug) {
        return library.article(slug).orElseThrow(() -> new NotFound("There is no article called '" + slug
                + "', so it has no questions. The home page lists every article."));
    }

    public QuestionCatalog catalog() {
        return catalog;
    }

    /** Approves or hides a generated question of the article. */
    public void setStatus(Account teacher, String slug, String questionId, String status) {
        article(slug);
        if (!catalog.generatedIds(slug).contains(questionId)) {
            throw new NotFound("There is no generated question '" + questionId + "' in this article. "
                    + "Go back to the question list and try again.");
        }
        if (!status.equals("approved") && !status.equals("hidden")) {
            throw new BadRequest("A question can be approved or hidden, not '" + status + "'.");
        }
        repository.setStatus(questionId, slug, status, teacher.id(), clock.instant());
    }

    /** Checks a draft and, when it passes, stores it: a new question, a new version, or an override. */
    public Saved save(Account teacher, String slug, Optional<Long> editing, Optional<String> overrides,
                      QuestionDraft draft) {
        Article article = article(slug);
        overrides.ifPresent(g -> {
            if (!catalog.generatedIds(slug).contains(g)) {
                throw new NotFound("There is no generated question '" + g + "' in this article to replace.");
            }
        });
        DraftCheck.Checked checked = DraftCheck.check(draft, article, 0, 0);
        if (!checked.ok()) {
            return new Saved(checked, 0);
        }
        if (editing.isEmpty() && repository.count(slug) >= MAX_QUESTIONS_PER_ARTICLE) {
            return new Saved(new DraftCheck.Checked(Map.of("article", room(slug, 1).orElseThrow()), null), 0);
        }
        if (editing.isPresent()) {
            owned(slug, editing.get());
            repository.edit(editing.get(), draft, teacher.id(), clock.instant())
                    .orElseThrow(() -> new NotFound("That question was deleted; it can no longer be edited."));
            return new Saved(checked, editing.get());
        }
        long id = repository.create(slug, overrides, List.of(draft), overrides.isPresent() ? "overrides" : "authored",
                overrides.map(g -> "replaces " + g).orElse(""), teacher.id(), clock.instant()).get(0);
        return new Saved(checked, id);
    }

    /** Stores imported drafts (already checked) in one transaction; {@code accountId} 0 is the command line. */
    public List<Long> importAll(long accountId, String slug, List<QuestionDraft> drafts, String fileName) {
        return importAll(accountId, slug, drafts, fileName, c -> null);
    }

    /**
     * As {@link #importAll(long, String, List, String)}, after {@code first} in the same transaction (which
     * writes nothing when it throws). Refused with a {@link BadRequest} when the article has no room for them.
     */
    public List<Long> importAll(long accountId, String slug, List<QuestionDraft> drafts, String fileName,
                                app.factdeck.db.Database.SqlWork<?> first) {
        article(slug);
        return repository.create(slug, Optional.empty(), drafts, "imported", "from " + fileName, accountId,
                clock.instant(), c -> {
                    int have = TeacherQuestionRepository.count(c, slug);
                    if (have + drafts.size() > MAX_QUESTIONS_PER_ARTICLE) {
                        throw new BadRequest(roomMessage(have, drafts.size()));
                    }
                    return first.run(c);
                });
    }

    /** Why {@code adding} more teachers' questions do not fit in the article, or empty when they do. */
    public Optional<String> room(String slug, int adding) {
        int have = repository.count(slug);
        return have + adding > MAX_QUESTIONS_PER_ARTICLE ? Optional.of(roomMessage(have, adding)) : Optional.empty();
    }

    private static String roomMessage(int have, int adding) {
        return String.format(java.util.Locale.ENGLISH, "This article has %,d teachers' questions; at most %,d are "
                + "allowed, so %s cannot be added. Delete questions it no longer needs, or put these in another "
                + "article.", have, MAX_QUESTIONS_PER_ARTICLE, adding == 1 ? "another one" : String.format(
                java.util.Locale.ENGLISH, "%,d more", adding));
    }

    public TeacherQuestionRepository.Stored owned(String slug, long id) {
        TeacherQuestionRepository.Stored s = repository.find(id, -1).filter(x -> x.articleSlug().equals(slug))
                .orElseThrow(() -> new NotFound("There is no teacher's question a/" + id + " in this article."));
        if (s.deleted()) {
            throw new NotFound("Question a/" + id + " was deleted. Past answers to it are kept; it can no "
                    + "longer be edited.");
        }
        return s;
    }

    /** Quiz attempts that asked a teacher's question (any version), for the delete confirmation. */
    public int attemptsUsing(String slug, long id) {
        owned(slug, id);
        return repository.attemptsUsing(id);
    }

    public void delete(Account teacher, String slug, long id) {
        owned(slug, id);
        repository.delete(id, teacher.id(), clock.instant());
    }

    public List<TeacherQuestionRepository.Change> history(String slug, String questionId) {
        return repository.history(slug, questionId);
    }

    public java.util.Map<String, TeacherQuestionRepository.Change> lastChanges(String slug) {
        return repository.lastChanges(slug);
    }

    /** A generated question as a draft the teacher can edit into an override: the same question, in form fields. */
    public static QuestionDraft draftOf(Question q) {
        return QuestionKinds.draftOf(q);
    }
}
