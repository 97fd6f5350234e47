package app.factdeck.study;

import app.factdeck.content.Article;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.questions.Question;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionType;
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
                first(asked, QuestionType.CLOZE).map(Flashcards::gapCard).ifPresent(deck::add);
            }
            byArticle.put(article.slug(), List.copyOf(deck));
            deck.forEach(c -> byId.put(c.id(), c));
        }
    }

    private static Optional<Flashcard> questionCard(List<Question> asked) {
        Optional<Question> typed = first(asked, QuestionType.SHORT_ANSWER);
        if (typed.isPresent()) {
            return typed.map(q -> card(q, Flashcard.Kind.QUESTION, q.stem(), q.keys().get(0)));
        }
        Optional<Question> all = first(asked, QuestionType.MULTI_SELECT);
        if (all.isPresent()) {
            return all.map(q -> card(q, Flashcard.Kind.QUESTION, withoutSuffix(q.stem(), " Select all."),
                    String.join("; ", q.keys())));
        }
        return first(asked, QuestionType.MULTIPLE_CHOICE)
                .map(q -> card(q, Flashcard.Kind.QUESTION, q.stem(), q.keys().get(0)));
    }

    private static Flashcard gapCard(Question q) {
        String sentence = withoutPrefix(q.stem(), "Fill in the gap: ").replace("_____", Flashcard.GAP);
        return card(q, Flashcard.Kind.GAP, sentence, q.keys().get(0));
    }

    private static Flashcard card(Question q, Flashcard.Kind kind, String front, String answer) {
        return new Flashcard(q.id(), kind, q.articleSlug(), q.factIds().get(0), front, answer, q.source());
    }

    private static Optional<Question> first(List<Question> questions, QuestionType type) {
        return questions.stream().filter(q -> q.type() == type).findFirst();
    }

    private static String withoutSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    private static String withoutPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
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
