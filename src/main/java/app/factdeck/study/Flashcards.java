package app.factdeck.study;

import app.factdeck.content.Article;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.types.cloze.Cloze;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.multiselect.SelectAll;
import app.factdeck.questions.types.shortanswer.ShortAnswer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every fact's flashcards, made from its gated questions so that the cards inherit the generator's promise
 * (the cue does not give the answer away, the answer is stated in the cited sentence):
 * <ul>
 *   <li>a question card from the fact's typed question, or its select-all question (the back lists every
 *       answer), or else its multiple-choice stem;</li>
 *   <li>a gap card from its fill-in-the-gap question, when it has one.</li>
 * </ul>
 * Decks are per article, in the article's fact order, then the teachers' questions students get (each type says
 * what card it makes, {@link Question#flashcard}): read each time, so a question a teacher writes, edits, hides or
 * deletes changes the deck at once. A teacher's card is named by the question's base id ({@code a/12}), so its
 * history follows the question across versions.
 */
public final class Flashcards {

    /** Generated cards, by article, and by id: replaced whole when an article's questions change. */
    private volatile Map<String, List<Flashcard>> byArticle;
    private volatile Map<String, Flashcard> byId;
    private final Function<String, List<Question>> teachers;
    private final Library library;
    private final QuestionBank bank;

    /** Generated cards only. */
    public Flashcards(Library library, QuestionBank bank) {
        this(library, bank, slug -> List.of());
    }

    /**
     * @param teachers an article's teachers' questions that students get (not hidden, deleted or needing a fix)
     */
    public Flashcards(Library library, QuestionBank bank, Function<String, List<Question>> teachers) {
        this.teachers = teachers;
        this.library = library;
        this.bank = bank;
        Map<String, List<Flashcard>> decks = new LinkedHashMap<>();
        for (Article article : library.articles()) {
            decks.put(article.slug(), generatedDeck(article.slug()));
        }
        install(decks);
    }

    /** Builds one article's generated deck again, after {@link QuestionBank#refresh} (a teacher changed it). */
    public synchronized void refresh(String articleSlug) {
        Map<String, List<Flashcard>> decks = new LinkedHashMap<>();
        for (Article article : library.articles()) {
            String slug = article.slug();
            decks.put(slug, slug.equals(articleSlug) ? generatedDeck(slug) : byArticle.getOrDefault(slug,
                    generatedDeck(slug)));
        }
        // A card of a withdrawn question stays findable: its review history must still open.
        Map<String, Flashcard> earlier = new LinkedHashMap<>(byId);
        install(decks);
        earlier.forEach(byId::putIfAbsent);
    }

    private void install(Map<String, List<Flashcard>> decks) {
        Map<String, Flashcard> ids = new java.util.concurrent.ConcurrentHashMap<>();
        decks.values().forEach(deck -> deck.forEach(c -> ids.put(c.id(), c)));
        byId = ids;
        byArticle = java.util.Collections.unmodifiableMap(decks);
    }

    private List<Flashcard> generatedDeck(String slug) {
        List<Flashcard> deck = new ArrayList<>();
        List<Question> questions = bank.questionsOf(slug);
        for (Fact fact : library.factsOf(slug)) {
            List<Question> asked = questions.stream().filter(q -> q.factIds().equals(List.of(fact.id()))).toList();
            questionCard(asked).ifPresent(deck::add);
            first(asked, Cloze.class).flatMap(Flashcards::gapCard).ifPresent(deck::add);
        }
        return List.copyOf(deck);
    }

    private static Optional<Flashcard> questionCard(List<Question> asked) {
        return first(asked, ShortAnswer.class).or(() -> first(asked, SelectAll.class))
                .or(() -> first(asked, MultipleChoice.class))
                .flatMap(q -> q.flashcard().map(side -> card(q, Flashcard.Kind.QUESTION, side.front(), side.back())));
    }

    private static Optional<Flashcard> gapCard(Question q) {
        return q.flashcard().filter(Question.CardSide::gap).map(side -> card(q, Flashcard.Kind.GAP,
                side.front().replace(Cloze.GAP, Flashcard.GAP), side.back()));
    }

    private static Flashcard card(Question q, Flashcard.Kind kind, String front, String answer) {
        return new Flashcard(q.id(), kind, q.articleSlug(), q.factIds().get(0), front, answer, q.source());
    }

    /** A teacher's question's card, if its type makes one. */
    private static Optional<Flashcard> teacherCard(Question q) {
        return q.flashcard().map(side -> new Flashcard(q.authored().baseId(),
                side.gap() ? Flashcard.Kind.GAP : Flashcard.Kind.QUESTION, q.articleSlug(), q.authored().baseId(),
                side.gap() ? side.front().replace(Cloze.GAP, Flashcard.GAP) : side.front(), side.back(),
                q.firstSource().orElse(null)));
    }

    private List<Flashcard> teacherCards(String articleSlug) {
        return teachers.apply(articleSlug).stream().filter(Question::isAuthored).map(Flashcards::teacherCard)
                .flatMap(Optional::stream).toList();
    }

    private static Optional<Question> first(List<Question> questions, Class<? extends Question> type) {
        return questions.stream().filter(type::isInstance).findFirst();
    }

    /** An article's deck; empty for an unknown slug. */
    public List<Flashcard> deck(String articleSlug) {
        List<Flashcard> generated = byArticle.get(articleSlug);
        if (generated == null) {
            return List.of();
        }
        List<Flashcard> deck = new ArrayList<>(generated);
        deck.addAll(teacherCards(articleSlug));
        return deck;
    }

    /** True for an article students may study (a draft's or a deleted article's deck is nobody's to study). */
    public boolean hasDeck(String articleSlug) {
        return byArticle.containsKey(articleSlug) && library.visibleToStudents(articleSlug);
    }

    /** Every card of the articles students see (drafts and deleted articles have no deck to study). */
    public List<Flashcard> all() {
        List<Flashcard> all = new ArrayList<>();
        byArticle.keySet().stream().filter(library::visibleToStudents).forEach(slug -> all.addAll(deck(slug)));
        return all;
    }

    public Optional<Flashcard> find(String id) {
        Flashcard generated = byId.get(id);
        if (generated != null || !id.startsWith("a/")) {
            return Optional.ofNullable(generated);
        }
        return byArticle.keySet().stream().flatMap(slug -> teacherCards(slug).stream())
                .filter(c -> c.id().equals(id)).findFirst();
    }
}
