package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Entity;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.shortanswer.ShortAnswer;
import app.factdeck.questions.types.truefalse.TrueFalse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 3: swaps use only names the article mentions, wrong roles are of the key's kind, and stems and
 * keys use the article's own name for an entity.
 */
class DistractorKindsTest {

    private static final List<Question> SEED = new QuestionGenerator(TestLibrary.SHIPPED,
            QuestionGenerator.DEFAULT_SEED, false).generateAll();

    @TempDir
    Path dir;

    private static final String LEADERS = """
            - {id: rasmussen, type: person, name: Anders Fogh Rasmussen, aliases: [Anders Rasmussen, Rasmussen], tags: [leader]}
            - {id: stoltenberg, type: person, name: Jens Stoltenberg, tags: [leader]}
            - {id: rutte, type: person, name: Mark Rutte, tags: [leader], article: false}
            - {id: geoana, type: person, name: Mircea Geoană, tags: [leader], article: false}
            """;

    @Test
    void aFalseVariantSwapsInOnlyAPersonTheArticleNames() throws IOException {
        Library library = SmallTree.load(dir, "Anders Rasmussen visited the troops in Lviv. Jens Stoltenberg spoke.",
                LEADERS, """
                - id: st-1
                  kind: answer
                  question: "Who visited the troops in Lviv?"
                  statement: "{answer} visited the troops in Lviv."
                  answer: rasmussen
                  source: "Anders Rasmussen visited the troops in Lviv."
                """);
        List<Question> bank = SmallTree.generate(library);
        assertEquals("True or false? Jens Stoltenberg visited the troops in Lviv.",
                SmallTree.byId(bank, "st-1/true-false/false").stem());
        // Multiple choice may fall back to unfamiliar names of the same kind, but offers the named one first.
        assertTrue(SmallTree.byId(bank, "st-1/multiple-choice/1").listing().distractors().contains("Jens Stoltenberg"));
    }

    @Test
    void withNoOtherNamedCandidateThereIsNoFalseVariant() throws IOException {
        Library library = SmallTree.load(dir, "Anders Rasmussen visited the troops in Lviv. Jens Stoltenberg spoke.",
                LEADERS, """
                - id: st-1
                  kind: answer
                  question: "Who visited the troops in Lviv?"
                  statement: "{answer} visited the troops in Lviv."
                  answer: rasmussen
                  not_distractors: [stoltenberg]
                  source: "Anders Rasmussen visited the troops in Lviv."
                """);
        List<Question> bank = SmallTree.generate(library);
        assertFalse(SmallTree.has(bank, "st-1/true-false/false"), "Mark Rutte would be false only by being unknown");
        assertTrue(SmallTree.has(bank, "st-1/true-false/true"));
    }

    @Test
    void stemsAndKeysUseTheArticlesOwnNameAndStillAcceptTheFullOne() throws IOException {
        Library library = SmallTree.load(dir,
                "Former NATO chief Anders Rasmussen warned that troops may go. Jens Stoltenberg spoke.",
                LEADERS + "- {id: former-chief, type: role, prefix: a, name: former NATO chief, tags: [intl]}\n", """
                - id: st-1
                  kind: role
                  person: rasmussen
                  role: former-chief
                  source: "Former NATO chief Anders Rasmussen warned that troops may go."
                - id: st-2
                  kind: answer
                  question: "Who warned that troops may go?"
                  statement: "{answer} warned that troops may go."
                  answer: rasmussen
                  source: "Former NATO chief Anders Rasmussen warned that troops may go."
                """);
        List<Question> bank = SmallTree.generate(library);
        assertEquals("True or false? The article describes Anders Rasmussen as a former NATO chief.",
                SmallTree.byId(bank, "st-1/true-false/true").stem());
        MultipleChoice mc = (MultipleChoice) SmallTree.byId(bank, "st-2/multiple-choice/1");
        assertEquals(List.of("Anders Rasmussen"), mc.listing().keys());
        // Wrong options the article never names come in the key's shape: full names beside a full name.
        assertTrue(mc.listing().distractors().stream().allMatch(d -> d.split(" ").length == 2), mc.listing().toString());
        ShortAnswer typed = (ShortAnswer) SmallTree.byId(bank, "st-2/short-answer/1");
        assertEquals("Anders Rasmussen", typed.answer().key());
        assertTrue(typed.answer().accepted().contains("Anders Fogh Rasmussen"));
    }

    @Test
    void aTypedAnswerMayBeTheSurnameAloneUnlessAnotherPersonHasIt() throws IOException {
        Library library = SmallTree.load(dir, "Jens Stoltenberg warned that troops may go. Lars Rasmussen spoke.",
                LEADERS + "- {id: lars, type: person, name: Lars Løkke Rasmussen, aliases: [Lars Rasmussen], tags: [leader]}\n", """
                - id: st-1
                  kind: answer
                  question: "Who warned that troops may go?"
                  statement: "{answer} warned that troops may go."
                  answer: stoltenberg
                  source: "Jens Stoltenberg warned that troops may go."
                - id: st-2
                  kind: answer
                  question: "Who spoke?"
                  statement: "{answer} spoke."
                  answer: lars
                  source: "Lars Rasmussen spoke."
                """);
        List<Question> bank = SmallTree.generate(library);
        ShortAnswer stoltenberg = (ShortAnswer) SmallTree.byId(bank, "st-1/short-answer/1");
        assertTrue(stoltenberg.answer().accepted().contains("Stoltenberg"), stoltenberg.answer().accepted().toString());
        // Two people are called Rasmussen: the surname alone names neither.
        ShortAnswer lars = (ShortAnswer) SmallTree.byId(bank, "st-2/short-answer/1");
        assertFalse(lars.answer().accepted().contains("Rasmussen"), lars.answer().accepted().toString());
    }

    @Test
    void aNameInsideAnotherEntitysNameDoesNotCountAsTheArticleUsingIt() throws IOException {
        Library library = SmallTree.load(dir, "Former NATO Secretary General Rasmussen spoke.", """
                - {id: former-sg, type: role, name: former NATO Secretary General, tags: [intl]}
                - {id: sg, type: role, name: NATO Secretary General, aliases: [NATO chief], tags: [intl]}
                """, "");
        NameForms forms = new NameForms(library);
        assertTrue(forms.mentioned(library.entity("former-sg"), SmallTree.SLUG));
        assertFalse(forms.mentioned(library.entity("sg"), SmallTree.SLUG));
    }

    @Test
    void roleDistractorsAreRolesOfTheKeysKind() throws IOException {
        Library library = SmallTree.load(dir, "Former NATO Secretary General Anders Rasmussen spoke. "
                + "Prime Minister Denys Shmyhal and Foreign Minister Dmytro Kuleba signed.", """
                - {id: rasmussen, type: person, name: Anders Rasmussen, tags: [leader]}
                - {id: former-sg, type: role, prefix: a, name: former NATO Secretary General, tags: [international-office, former-office]}
                - {id: former-un, type: role, prefix: a, name: former UN Secretary-General, tags: [international-office, former-office], article: false}
                - {id: former-ec, type: role, prefix: a, name: former President of the European Commission, tags: [international-office, former-office], article: false}
                - {id: un, type: role, prefix: the, name: UN Secretary-General, tags: [international-office], article: false}
                - {id: pm, type: role, prefix: the, name: Prime Minister, tags: [ukrainian-office]}
                - {id: fm, type: role, prefix: the, name: Foreign Minister, tags: [ukrainian-office]}
                """, """
                - id: st-1
                  kind: role
                  person: rasmussen
                  role: former-sg
                  source: "Former NATO Secretary General Anders Rasmussen spoke."
                """);
        Question q = SmallTree.byId(SmallTree.generate(library), "st-1/multiple-choice/role");
        assertEquals(Set.of("former UN Secretary-General", "former President of the European Commission"),
                Set.copyOf(q.listing().distractors()));
    }

    @Test
    void seedFalseVariantsSwapInOnlyNamesTheirArticlesMention() {
        NameForms forms = new NameForms(TestLibrary.SHIPPED);
        SEED.stream().filter(q -> q instanceof TrueFalse tf && !tf.truth()).forEach(q -> {
            for (String swapped : q.listing().distractors()) {
                TrueFalseWordingTest.byName(TestLibrary.SHIPPED, swapped).ifPresent(e -> assertTrue(
                        q.sources().stream().anyMatch(s -> forms.mentioned(e, s.articleSlug())),
                        q.id() + " swaps in " + swapped + ", which its articles never name"));
            }
        });
        Set<String> unfamiliar = Set.of("Mark Rutte", "Joe Biden", "ICTV", "a nuclear umbrella", "Mircea Geoană");
        assertTrue(SEED.stream().filter(q -> q instanceof TrueFalse)
                .noneMatch(q -> unfamiliar.stream().anyMatch(u -> q.stem().contains(u))));
    }

    @Test
    void seedRoleDistractorsShareTheKeysKind() {
        for (Question q : SEED) {
            if (!(q instanceof MultipleChoice) || !q.id().endsWith("/multiple-choice/role")) {
                continue;
            }
            Entity key = TrueFalseWordingTest.byName(TestLibrary.SHIPPED, q.listing().keys().get(0)).orElseThrow();
            for (String d : q.listing().distractors()) {
                Entity wrong = TrueFalseWordingTest.byName(TestLibrary.SHIPPED, d).orElseThrow();
                assertTrue(wrong.tags().stream().anyMatch(key.tags()::contains), q.id() + ": " + d);
            }
        }
        Question former = SEED.stream().filter(q -> q.id().equals("esp-001/multiple-choice/role")).findFirst()
                .orElseThrow();
        assertTrue(former.listing().distractors().stream().noneMatch(d -> d.contains("Ukrain")),
                former.listing().distractors().toString());
    }

    @Test
    void seedStemsAndKeysUseTheArticlesNames() {
        Set<String> neverWritten = Set.of("Anders Fogh Rasmussen", "Vladimir Putin");
        for (Question q : SEED) {
            if (q instanceof MultipleChoice || q instanceof TrueFalse) {
                String shown = q.stem() + " " + String.join(" | ", q.listing().options());
                assertTrue(neverWritten.stream().noneMatch(shown::contains), q.id() + ": " + shown);
            }
        }
        Set<String> rasmussenKeys = SEED.stream().filter(q -> q instanceof MultipleChoice)
                .flatMap(q -> q.listing().keys().stream()).filter(k -> k.contains("Rasmussen") && !k.contains("Global"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Anders Rasmussen"), rasmussenKeys);
    }

    @Test
    void aKeyNamedAfterAPersonTheArticleNamesIsNotOfferedAmongOptionsNamedAfterNoOne() {
        assertFalse(SEED.stream().anyMatch(q -> q.id().equals("ki-004/multiple-choice/1")),
                "Rasmussen Global among consultancies, in an article about Rasmussen, picks itself");
        assertTrue(SEED.stream().anyMatch(q -> q.id().equals("ki-004/short-answer/1")));
    }
}
