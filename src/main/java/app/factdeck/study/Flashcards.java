package app.factdeck.study;

import app.factdeck.content.Article;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.questions.Question;
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

/**
 * Every fact's flashcards, made from its gated questions so that the cards inherit the generator's promise
 * (the cue does not give the answer away, the answer is stated in the cited sentence):
 * <ul>
 *   <li>a question card from the fact's typed question, or its select-all question (the back lists every
 *       answer), or else its multiple-choice stem;</li>
 *   <li>a gap card from its fill-in-the-gap question, when it has one.</li>
 * </ul>
 * Decks are per article, in the article's fact order.
 */
public final class Flashcards {

    private final Map<String, List<Flashcard>> byArticle = new LinkedHashMap<>();
    private final Map<String, Flashcard> byId = new LinkedHashMap<>();

    public Flashcards(Library library, QuestionBank bank) {
        for (Article article : library.articles()) {
            List<Flashcard> deck = new ArrayList<>();
            for (Fact fact : library.factsOf(article.slug())) {
                List<Question> asked = bank.questionsOf(article.slug()).stream()
                        .filter(q -> q.factIds().equals(List.of(fact.id()))).toList();
                questionCard(asked).ifPresent(deck::add);
                first(asked, Cloze.class).flatMap(Flashcards::gapCard).ifPresent(deck::add);
            }
            byArticle.put(article.slug(), List.copyOf(deck));
            deck.forEach(c -> byId.put(c.id(), c));
        }
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

    private static Optional<Question> first(List<Question> questions, Class<? extends Question> type) {
        return questions.stream().filter(type::isInstance).findFirst();
    }

    /** An article's deck; empty for an unknown slug. */
    public List<Flashcard> deck(String articleSlug) {
        return byArticle.getOrDefault(articleSlug, List.of());
    }

    public boolean hasDeck(String articleSlug) {
        return byArticle.containsKey(articleSlug);
    }

    public List<Flashcard> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Flashcard> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
