package app.factdeck.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped articles' flashcards keep the promise: every fact carded, no cue gives its answer away. */
class FlashcardsTest {

    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final QuestionBank BANK = QuestionBank.build(LIBRARY, QuestionGenerator.DEFAULT_SEED);
    private static final Flashcards CARDS = new Flashcards(LIBRARY, BANK);

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The phrase as whole words ("2" is not in "May 23"), ignoring case and accents. */
    private static boolean containsWords(String text, String phrase) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(norm(phrase))
                + "(?![\\p{L}\\p{N}])").matcher(norm(text)).find();
    }

    @Test
    void everyFactYieldsAQuestionCardAndGapCardsWhereTheBankHasAGap() {
        Set<String> carded = CARDS.all().stream().filter(c -> c.kind() == Flashcard.Kind.QUESTION)
                .map(Flashcard::factId).collect(Collectors.toSet());
        // A claim has no question to put on a card unless its author wrote a multiple choice; its gap is its card.
        assertEquals(LIBRARY.facts().stream().filter(f -> f.kind() != Fact.Kind.CLAIM || f.claim().question() != null)
                .map(Fact::id).collect(Collectors.toSet()), carded);
        Set<String> gapCarded = CARDS.all().stream().filter(c -> c.kind() == Flashcard.Kind.GAP)
                .map(Flashcard::factId).collect(Collectors.toSet());
        LIBRARY.facts().stream().filter(f -> f.kind() == Fact.Kind.CLAIM)
                .forEach(f -> assertTrue(gapCarded.contains(f.id()), f.id() + " has no card"));
        long gaps = BANK.all().stream().filter(q -> q.type() == app.factdeck.questions.types.cloze.ClozeKind.INSTANCE
                && q.factIds().size() == 1).map(q -> q.factIds().get(0)).distinct().count();
        assertEquals(gaps, CARDS.all().stream().filter(c -> c.kind() == Flashcard.Kind.GAP).count());
        assertEquals(CARDS.all().size(), new HashSet<>(CARDS.all().stream().map(Flashcard::id).toList()).size());
    }

    @Test
    void noFrontContainsItsAnswerAndEveryAnswerIsStatedInTheCitedSentence() {
        for (Flashcard card : CARDS.all()) {
            Question q = BANK.find(card.id()).orElseThrow();
            for (List<String> forms : q.answerForms()) {
                for (String form : forms) {
                    assertFalse(containsWords(card.front(), form), card.id() + " front gives away '" + form + "'");
                }
                assertTrue(forms.stream().anyMatch(f -> q.sources().stream().anyMatch(s -> norm(s.text()).contains(norm(f)))),
                        card.id() + ": none of " + forms + " is in a cited sentence");
            }
            assertTrue(card.source().text().length() > 20, card.id());
            assertFalse(card.front().startsWith("Fill in the gap"), "gap cards show only the sentence");
            assertFalse(card.front().endsWith("Select all."), "question cards are not multiple choice");
            if (card.kind() == Flashcard.Kind.GAP) {
                assertEquals(1, card.front().split(java.util.regex.Pattern.quote(Flashcard.GAP), -1).length - 1, card.id());
            }
        }
    }

    @Test
    void theBriefsExampleIsACardWithBothCoChairsOnTheBack() {
        Flashcard coChairs = CARDS.deck("kyiv-independent-nato-troops-warning").stream()
                .filter(c -> c.front().equals("Who co-chairs the Group on International Security Guarantees for Ukraine?"))
                .findFirst().orElseThrow();
        // Keys use the article's own name: the Kyiv Independent writes "Anders Rasmussen", not "Anders Fogh Rasmussen".
        assertEquals("Anders Rasmussen; Andriy Yermak", coChairs.answer());
    }

    @Test
    void decksFollowTheArticlesFactOrder() {
        for (var article : LIBRARY.articles()) {
            List<String> factOrder = LIBRARY.factsOf(article.slug()).stream().map(Fact::id).toList();
            List<String> deckOrder = CARDS.deck(article.slug()).stream().map(Flashcard::factId).distinct().toList();
            assertEquals(factOrder, deckOrder);
        }
        assertTrue(CARDS.deck("no-such-article").isEmpty());
    }
}
