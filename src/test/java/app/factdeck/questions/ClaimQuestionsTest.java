package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Fact;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.TypedAnswer;
import app.factdeck.questions.types.cloze.Cloze;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.truefalse.TrueFalse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Claim facts as questions: a gap on the key phrase, the statement as true, the contradiction as false. */
class ClaimQuestionsTest {

    private static final Library LIBRARY = TestLibrary.SHIPPED;
    private static final QuestionBank BANK = QuestionBank.build(LIBRARY, QuestionGenerator.DEFAULT_SEED);
    private static final List<Fact> CLAIMS = LIBRARY.facts().stream().filter(f -> f.kind() == Fact.Kind.CLAIM)
            .toList();

    @Test
    void anOrdinalKeyPhraseAcceptsItsOtherSpelling() {
        assertEquals(List.of("3rd"), QuestionGenerator.ordinalForms("third").toList());
        assertEquals(List.of("2nd"), QuestionGenerator.ordinalForms("Second").toList());
        assertEquals(List.of("eleventh"), QuestionGenerator.ordinalForms("11th").toList());
        assertEquals(List.of("twelfth"), QuestionGenerator.ordinalForms("12th").toList());
        assertEquals(List.of(), QuestionGenerator.ordinalForms("36th").toList());
        assertEquals(List.of(), QuestionGenerator.ordinalForms("a hat-trick").toList());
        Library cup = new app.factdeck.content.ContentLoader().load(
                java.nio.file.Path.of("src/test/resources/content-fixtures/two-gaps"));
        Cloze gap = (Cloze) new QuestionGenerator(cup, QuestionGenerator.DEFAULT_SEED).generate("cup-final").stream()
                .filter(q -> q.id().equals("cf-1/cloze/1")).findFirst().orElseThrow();
        // "Spain won their _____ cup": the ordinal with its noun is what a student who writes it out types.
        assertEquals(List.of("second", "2nd", "second cup"), gap.answer().accepted());
    }

    @Test
    void aClaimWithoutAContradictionIsAskedByItsGapAloneWithItsOtherWordings() {
        Library cup = new app.factdeck.content.ContentLoader().load(
                java.nio.file.Path.of("src/test/resources/content-fixtures/gap-only"));
        List<Question> questions = new QuestionGenerator(cup, QuestionGenerator.DEFAULT_SEED).generate("cup-final");
        assertEquals(List.of("go-1/cloze/1"), questions.stream().map(Question::id).toList(),
                "no true/false item: a true one alone would teach that every statement is true");
        Cloze gap = (Cloze) questions.get(0);
        assertEquals("Italy", gap.answer().key());
        assertTrue(gap.answer().accepted().contains("the Italians"), gap.answer().accepted().toString());
        QuestionBank bank = QuestionBank.build(cup, QuestionGenerator.DEFAULT_SEED);
        assertEquals(Map.of(), bank.rejectedOf("cup-final"), "the gap passes the gates");
        assertEquals(List.of("go-1/cloze/1"), bank.questionsOf("cup-final").stream().map(Question::id).toList());
    }

    @Test
    void aGapThatEndsTheStatementAcceptsTheNounBeforeWhatItIsAbout() {
        assertEquals(List.of("a vote", "vote"),
                QuestionGenerator.topicHead("a vote on the deal", "Shareholders were deprived of {answer}.").toList());
        // Inside the statement the rest of it may be what the gap needs; "of" is part of the thing itself.
        assertEquals(List.of(), QuestionGenerator.topicHead("a vote on the deal", "They held {answer} on Monday.")
                .toList());
        assertEquals(List.of(), QuestionGenerator.topicHead("the process of entry", "Allies agreed to simplify "
                + "{answer}.").toList());
    }

    @Test
    void aKeyPhraseIsAcceptedWithoutItsLeadingArticle() {
        assertEquals(List.of("veto"), QuestionGenerator.withoutArticle("a veto").toList());
        assertEquals(List.of("emergency rescue"), QuestionGenerator.withoutArticle("an emergency rescue").toList());
        assertEquals(List.of("front line"), QuestionGenerator.withoutArticle("The front line").toList());
        assertEquals(List.of(), QuestionGenerator.withoutArticle("anthem").toList());
        assertEquals(List.of(), QuestionGenerator.withoutArticle("theatre tickets").toList());
        assertEquals(List.of(), QuestionGenerator.withoutArticle("compulsory").toList());
    }

    @Test
    void everyClaimYieldsAGapOnItsKeyPhraseAndATrueAndAFalseItemThatPassTheGates() {
        assertFalse(CLAIMS.isEmpty());
        for (Fact f : CLAIMS) {
            Fact.Claim c = f.claim();
            Cloze gap = (Cloze) question(f.id() + "/cloze/1");
            assertEquals(c.answer(), gap.answer().key(), "the key is exactly the words in the gap");
            assertTrue(Text.containsPhrase(f.source().text(), gap.answer().key()), f.id() + ": key in the source");
            assertTrue(gap.stem().contains(Cloze.GAP), f.id());
            assertEquals(f.statement().replace("{answer}", c.answer()),
                    gap.stem().replace("Fill in the gap: ", "").replace(Cloze.GAP, c.answer()),
                    f.id() + ": the gap stands where the statement's key phrase is");
            for (String wording : gap.listing().accepted()) {
                assertFalse(Text.containsPhrase(gap.stem(), wording), f.id() + ": the stem says " + wording);
            }
            TrueFalse truth = (TrueFalse) question(f.id() + "/true-false/true");
            TrueFalse falsehood = (TrueFalse) question(f.id() + "/true-false/false");
            assertTrue(truth.truth());
            assertFalse(falsehood.truth());
            assertTrue(truth.stem().endsWith(c.filled(f.statement())), truth.stem());
            assertTrue(falsehood.stem().endsWith(c.contradiction()), falsehood.stem());
            assertNotEquals(Text.normalise(truth.stem()), Text.normalise(falsehood.stem()), f.id());
        }
        List<String> claimRejected = BANK.rejected().keySet().stream()
                .filter(id -> CLAIMS.stream().anyMatch(f -> id.startsWith(f.id() + "/"))).toList();
        assertEquals(List.of(), claimRejected, "no claim item fails a gate: " + BANK.rejected());
    }

    @Test
    void aClaimGapAcceptsItsWordingsAndSmallTyposButNotAnotherPhrase() {
        for (Fact f : CLAIMS) {
            TypedAnswer answer = ((Cloze) question(f.id() + "/cloze/1")).answer();
            for (String wording : Stream.concat(Stream.of(f.claim().answer()), f.claim().accepted().stream()).toList()) {
                assertTrue(AnswerMatcher.matches(answer, wording), f.id() + " refuses " + wording);
            }
            assertFalse(AnswerMatcher.matches(answer, "Vladimir Putin"), f.id());
        }
        TypedAnswer waitingRoom = ((Cloze) question("esp-044/cloze/1")).answer();
        assertTrue(AnswerMatcher.matches(waitingRoom, "waiting rom"), "one slip in a 12-letter phrase is forgiven");
        assertFalse(AnswerMatcher.matches(waitingRoom, "dining room"));
    }

    @Test
    void aClaimsMultipleChoiceOffersTheAuthorsRightAndWrongOptions() {
        List<Fact> withChoice = CLAIMS.stream().filter(f -> f.claim().question() != null).toList();
        assertFalse(withChoice.isEmpty());
        for (Fact f : withChoice) {
            MultipleChoice mc = (MultipleChoice) question(f.id() + "/multiple-choice/1");
            assertEquals(f.claim().question(), mc.stem());
            assertEquals(List.of(f.claim().right()), mc.keys());
            assertEquals(f.claim().wrong(), mc.listing().distractors());
            assertFalse(Text.containsPhrase(mc.stem(), f.claim().answer()), "the stem does not say the key phrase");
        }
    }

    @Test
    void aClaimGapWhoseStemSaysAnAcceptedWordingIsRefusedByGateG1() {
        Fact f = CLAIMS.stream().filter(x -> x.id().equals("esp-044")).findFirst().orElseThrow();
        Cloze leaky = new Cloze(Question.Common.generated("esp-044/cloze/1", f.articleSlug(), List.of(f.id()),
                "Fill in the gap: Ukraine must not wait in NATO's waiting area, its _____, indefinitely.",
                List.of(List.of("waiting room", "waiting area")), "Answer: waiting room.", f.sources()),
                new TypedAnswer("waiting room", List.of("waiting room", "waiting area"), Question.AnswerKind.PHRASE,
                        List.of()));
        List<String> violations = new QualityGates(LIBRARY).violations(leaky);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("G1 the stem gives away")), violations.toString());
    }

    @Test
    void aClaimsPlainStatementHasItsKeyPhraseFilledIn() {
        for (Fact f : CLAIMS) {
            String plain = LIBRARY.plainStatement(f);
            assertFalse(plain.contains("{answer}"), plain);
            assertTrue(Text.containsPhrase(plain, f.claim().answer()), plain);
        }
    }

    private static Question question(String id) {
        return BANK.find(id).orElseThrow(() -> new AssertionError("no question " + id + "; the bank has "
                + BANK.all().stream().map(Question::id).filter(x -> x.startsWith(id.split("/")[0] + "/"))
                .collect(Collectors.toList())));
    }
}
