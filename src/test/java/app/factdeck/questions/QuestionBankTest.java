package app.factdeck.questions;

import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Entity;
import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import app.factdeck.questions.types.multiselect.SelectAllKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole bank of both seed articles, against every gate and the product brief. */
class QuestionBankTest {

    private final Library library = TestLibrary.SHIPPED;
    private static final List<Question> GENERATED = new QuestionGenerator(TestLibrary.SHIPPED,
            QuestionGenerator.DEFAULT_SEED).generateAll();

    @Test
    void everyGeneratedQuestionPassesEveryGate() {
        QualityGates gates = new QualityGates(library);
        Map<String, List<String>> violations = GENERATED.stream()
                .collect(Collectors.toMap(Question::id, gates::violations))
                .entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), violations);
        assertEquals(Map.of(), QuestionBank.build(library, QuestionGenerator.DEFAULT_SEED).rejected());
    }

    @Test
    void idsAreUniqueAndTheSameOnEveryRun() {
        assertEquals(GENERATED.size(), GENERATED.stream().map(Question::id).distinct().count());
        List<Question> again = new QuestionGenerator(TestLibrary.SHIPPED, QuestionGenerator.DEFAULT_SEED).generateAll();
        assertEquals(GENERATED, again);
    }

    @Test
    void everyFactYieldsQuestionsAndEveryTypeIsProduced() {
        Set<String> asked = GENERATED.stream().flatMap(q -> q.factIds().stream()).collect(Collectors.toSet());
        for (Fact f : library.facts()) {
            assertTrue(asked.contains(f.id()), () -> "no question for fact " + f.id());
        }
        assertEquals(QuestionKinds.generated(),
                GENERATED.stream().map(Question::type).collect(Collectors.toSet()));
        for (var article : library.articles()) {
            long types = GENERATED.stream().filter(q -> q.articleSlug().equals(article.slug())).map(Question::type)
                    .distinct().count();
            assertTrue(types >= 5, article.slug() + " has only " + types + " question types");
        }
    }

    @Test
    void theBriefsCoChairQuestionComesOutWithExactlyOneCoChairAmongTheOptions() {
        List<Question> coChair = GENERATED.stream().filter(q -> q.type() == MultipleChoiceKind.INSTANCE
                && q.stem().equals("Who co-chairs the Group on International Security Guarantees for Ukraine?")).toList();
        // The Kyiv Independent writes "Rasmussen"/"Anders Rasmussen", never "Anders Fogh Rasmussen": keys use its form.
        assertEquals(Set.of("Anders Rasmussen", "Andriy Yermak"),
                coChair.stream().map(q -> q.listing().keys().get(0)).collect(Collectors.toSet()));
        for (Question q : coChair) {
            long coChairsOffered = q.listing().options().stream()
                    .filter(o -> o.equals("Anders Rasmussen") || o.equals("Andriy Yermak")).count();
            assertEquals(1, coChairsOffered, q.id());
            assertTrue(q.listing().options().size() >= 3, q.id());
        }
    }

    @Test
    void theBriefsSelectAllQuestionListsTheNineSignatoryCountries() {
        Question q = GENERATED.stream().filter(x -> x.type() == SelectAllKind.INSTANCE
                && x.stem().startsWith("Which countries' presidents signed the 2 October 2022 statement")).findFirst()
                .orElseThrow();
        assertTrue(q.stem().endsWith("? Select all."), q.stem());
        // Read off the article's sentence s-26 by hand.
        assertEquals(Set.of("Czech Republic", "Estonia", "Latvia", "Lithuania", "North Macedonia", "Montenegro",
                "Poland", "Slovakia", "Romania"), Set.copyOf(q.listing().keys()));
        assertTrue(q.listing().distractors().size() >= 2);
        for (String d : q.listing().distractors()) {
            Entity e = entityNamed(d);
            assertEquals("country", e.type());
            assertTrue(e.tags().contains("nato-cee"), d + " is not a Central/Eastern European NATO member");
        }
        assertEquals("espreso-nato-troops-warning", q.source().articleSlug());
        assertEquals("s-26", q.source().anchor());
    }

    @Test
    void noListMemberIsEverADistractorForItsList() {
        for (Question q : GENERATED) {
            for (String factId : q.factIds()) {
                Fact f = library.facts().stream().filter(x -> x.id().equals(factId)).findFirst().orElseThrow();
                Set<String> members = f.answers().stream().map(id -> Text.normalise(library.entity(id).name()))
                        .collect(Collectors.toSet());
                for (String d : q.listing().distractors()) {
                    assertFalse(members.contains(Text.normalise(d)), q.id() + " offers list member " + d);
                }
            }
        }
    }

    @Test
    void distractorsShareTheKeysTypeAndDatesTheirPrecision() {
        for (Question q : GENERATED) {
            if (q.type() != MultipleChoiceKind.INSTANCE || q.listing().keys().isEmpty()) {
                continue;
            }
            // A claim's options are the author's sentences, not picked values: they have no entity type.
            boolean claim = library.facts().stream().anyMatch(f -> q.factIds().contains(f.id())
                    && f.kind() == app.factdeck.content.Fact.Kind.CLAIM);
            if (claim) {
                continue;
            }
            String key = q.listing().keys().get(0);
            for (String d : q.listing().distractors()) {
                if (key.matches("\\d{1,2} \\w+ \\d{4}")) {
                    assertTrue(d.matches("\\d{1,2} \\w+ \\d{4}"), q.id() + ": " + d + " is not a day like " + key);
                } else if (key.matches("[A-Z][a-z]+ \\d{4}")) {
                    assertTrue(d.matches("[A-Z][a-z]+ \\d{4}"), q.id() + ": " + d + " is not a month like " + key);
                } else if (AnswerMatcher.parseNumber(key).isPresent()) {
                    assertTrue(AnswerMatcher.parseNumber(d).isPresent(), q.id() + ": " + d);
                } else {
                    assertEquals(entityNamed(key).type(), entityNamed(d).type(), q.id() + ": " + d);
                }
            }
        }
    }

    @Test
    void keyPositionIsUniformAcrossAttempts() {
        List<Question> fourOptions = GENERATED.stream()
                .filter(q -> q.type() == MultipleChoiceKind.INSTANCE && q.listing().options().size() == 4).toList();
        int[] positions = new int[4];
        int attempts = 500;
        for (Question q : fourOptions) {
            for (long attempt = 0; attempt < attempts; attempt++) {
                positions[q.optionsFor(attempt).indexOf(q.listing().keys().get(0))]++;
            }
        }
        double expected = fourOptions.size() * attempts / 4.0;
        double chiSquare = 0;
        for (int p : positions) {
            chiSquare += (p - expected) * (p - expected) / expected;
        }
        // 3 degrees of freedom: 16.27 is the 0.1% critical value.
        assertTrue(chiSquare < 16.27, "key positions " + java.util.Arrays.toString(positions) + ", chi² " + chiSquare);
        Question q = fourOptions.get(0);
        assertEquals(q.optionsFor(42), q.optionsFor(42), "one attempt always sees the same order");
    }

    @Test
    void typedQuestionsAcceptTheirOwnKeyAndEveryAlias() {
        for (Question q : GENERATED) {
            if (!(q instanceof app.factdeck.questions.types.shortanswer.ShortAnswer || q instanceof app.factdeck.questions.types.cloze.Cloze)) {
                continue;
            }
            for (String a : q.listing().accepted()) {
                assertTrue(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(q), a), q.id() + " refuses its own accepted answer " + a);
            }
            assertTrue(AnswerMatcher.matches(app.factdeck.testing.Questions.typed(q), q.listing().keys().get(0)), q.id());
        }
    }

    private Entity entityNamed(String name) {
        return library.entities().values().stream()
                .filter(e -> e.names().stream().anyMatch(n -> Text.normalise(n).equals(Text.normalise(name))))
                .findFirst().orElseThrow(() -> new AssertionError("no entity named " + name));
    }
}
