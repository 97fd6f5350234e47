package app.factdeck.questions.types.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.authoring.DraftCheck;
import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.QuestionKinds;
import app.factdeck.questions.core.Response;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A gaps question as the form's check builds it: its checks, how a response is read, graded, described, shown. */
class GapsTest {

    private static final Article ARTICLE = new ContentLoader().load(Path.of("content"))
            .article("kyiv-independent-nato-troops-warning").orElseThrow();
    private static final String TEXT = "The 2023 summit was held in [[Vilnius|Vilnyus]], the capital of "
            + "[[Lithuania]], in [[July; June; May]].";

    static Gaps question(String text) {
        DraftCheck.Checked c = DraftCheck.check(QuestionDraft.of(GapsKind.INSTANCE, text, "markdown", "", "", ""),
                ARTICLE, 7, 1);
        assertEquals(Map.of(), c.errors());
        return (Gaps) c.question();
    }

    private static Map<String, String> errors(String text) {
        return DraftCheck.check(QuestionDraft.of(GapsKind.INSTANCE, text, "markdown", "", "", ""), ARTICLE, 7, 1)
                .errors();
    }

    @Test
    void theFormsChecksPutEachProblemUnderTheText() {
        assertEquals(Map.of("stem", "Write the text with its gaps, e.g. \"The summit was held in [[Vilnius]] in "
                + "[[July; June; May]].\""), errors("  "));
        assertTrue(errors("No gap at all.").get("stem").startsWith("The text has no gap"));
        assertEquals(Map.of("stem", "Gap 1 is a drop-down with one choice ('July'): add the wrong choices after ;, "
                + "e.g. [[Vilnius; Warsaw; Riga]], or remove the ; to make it a typed gap."), errors("In [[July;]]."));
        assertTrue(errors("[[a]] ".repeat(21)).get("stem").startsWith("This question has 21 gaps; at most 20"));
        assertTrue(errors("x".repeat(4001)).get("stem").startsWith("The question is 4001 characters long"));
    }

    @Test
    void theStemIsTheTextWithNumberedBlanksAndThePiecesHoldItsWords() {
        Gaps q = question(TEXT);
        assertEquals("The 2023 summit was held in _____ (1), the capital of _____ (2), in _____ (3).", q.stem());
        assertEquals(List.of("<p>The 2023 summit was held in ", ", the capital of ", ", in ", ".</p>"), q.pieces());
        assertEquals("a/7/1", q.id());
        assertTrue(q.type().answersInText());
        assertEquals("gaps", q.type().slug());
        assertFalse(q.type().generated());
    }

    @Test
    void aResponseIsCompleteOnlyWithEveryGapFilledAndTheFirstEmptyOneIsNamed() {
        Gaps q = question(TEXT);
        assertEquals(Optional.of("Fill in every gap: gap 2 of 3 is empty. Type your answer in its box."),
                q.incomplete(Response.of("Vilnius", " ", "")));
        assertEquals(Optional.of("Fill in every gap: gap 3 of 3 is empty. Choose an answer from its list."),
                q.incomplete(Response.of("Vilnius", "Lithuania")));
        assertEquals(Optional.of("Choose the answer for gap 3 of 3 from its list."),
                q.incomplete(Response.of("Vilnius", "Lithuania", "August")));
        assertEquals(Optional.of("Your answer in gap 1 of 3 is 201 characters long; an answer has at most 200. "
                + "Shorten it."), q.incomplete(Response.of("v".repeat(201), "Lithuania", "July")));
        assertEquals(Optional.empty(), q.incomplete(Response.of("Vilnius", "Lithuania", "June")));
    }

    @Test
    void eachGapIsWorthTheSameShareAndTypedGapsAreComparedAsTeachersAnswersAre() {
        Gaps q = question(TEXT);
        assertTrue(q.grade(Response.of("vilnyus", "LITHUANIA!", "July")).correct(), "any spelling, case, punctuation");
        assertEquals(2.0 / 3, q.grade(Response.of("Vilnius", "Latvia", "July")).credit(), 1e-9);
        assertFalse(q.grade(Response.of("Vilnius", "Latvia", "July")).correct());
        assertEquals(1.0 / 3, q.grade(Response.of("Riga", "Lithuania", "June")).credit(), 1e-9);
        assertEquals(0, q.grade(Response.of("Vilnus", "Lithuana", "May")).credit(), "typos are not forgiven");
        assertEquals(1.0 / 3, q.grade(Response.of("Vilnius")).credit(), 1e-9, "a short stored response reads");
        assertEquals(1, question("It is [[the Baltic Sea]].").grade(Response.of("Baltic sea")).credit(),
                "a leading 'the' never matters");
    }

    @Test
    void theResponseIsDescribedAndMarkedGapByGap() {
        Gaps q = question(TEXT);
        Response r = Response.of("Vilnius", "Latvia", "July");
        assertEquals("(1) Vilnius, (2) Latvia, (3) July", q.describe(r));
        assertEquals("(1) Vilnius, (2) Lithuania, (3) July", q.correctAnswer());
        assertEquals(List.of(new Question.Mark("Gap 1", "Vilnius", true, "Vilnius"),
                new Question.Mark("Gap 2", "Latvia", false, "Lithuania"),
                new Question.Mark("Gap 3", "July", true, "July")), q.marks(r));
    }

    @Test
    void eachDropDownIsShuffledPerAttemptTheSameOnEveryReload() {
        Gaps q = question("In [[a; b; c; d]] and [[e]] and [[f; g]].");
        List<String> shown = q.optionsFor(42);
        assertEquals(shown, q.optionsFor(42));
        assertEquals(Set.of("a", "b", "c", "d"), Set.copyOf(q.choicesShown(shown, 0)));
        assertEquals(List.of(), q.choicesShown(shown, 1));
        assertEquals(Set.of("f", "g"), Set.copyOf(q.choicesShown(shown, 2)));
        Set<String> firsts = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            firsts.add(q.choicesShown(q.optionsFor(seed), 0).get(0));
        }
        assertEquals(Set.of("a", "b", "c", "d"), firsts, "the right choice is not always first");
        assertNotEquals(q.choicesShown(q.optionsFor(1), 0), List.of("a", "b", "c", "d"), "seed 1 shuffles");
    }

    @Test
    void theFormsFieldsAreReadInTheTextsOrder() {
        Gaps q = question(TEXT);
        Response r = QuestionKinds.readResponse(q, Map.of("gap-0", List.of(" Vilnius "), "gap-2", List.of("May"),
                "gap-9", List.of("ignored")), q.optionsFor(3));
        assertEquals(List.of("Vilnius", "", "May"), r.values());
    }

    @Test
    void aTeachersQuestionMakesAPlainCardAndListsItsAnswers() {
        Gaps q = question(TEXT);
        assertEquals(Optional.of(new Question.CardSide(false, q.stem(), "(1) Vilnius, (2) Lithuania, (3) July")),
                q.flashcard());
        Question.Listing l = q.listing();
        assertEquals(List.of("Vilnius", "Lithuania", "July"), l.keys());
        assertEquals(List.of("July", "June", "May"), l.options());
        assertEquals(List.of("June", "May"), l.distractors());
        assertEquals(List.of("Vilnius", "Vilnyus", "Lithuania"), l.accepted());
    }

    @Test
    void asADraftAgainItIsTheSameQuestion() {
        Gaps q = question(TEXT);
        QuestionDraft d = QuestionKinds.draftOf(q);
        assertEquals("The 2023 summit was held in [[Vilnius|Vilnyus]], the capital of [[Lithuania]], in "
                + "[[July; June; May]].", d.stem());
        assertEquals(q.gaps(), question(d.stem()).gaps());
    }
}
