package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claim fact in facts.yaml: what loads, and each bad field refused as file:line with what to do. */
class ClaimFactFileTest {

    private static final String SOURCE = "Rasmussen warned that it is dangerous to leave Ukraine in the alliance's "
            + "waiting room indefinitely.";

    @TempDir
    Path dir;

    @BeforeEach
    void writeArticleAndEntities() throws IOException {
        Files.createDirectories(dir.resolve("story"));
        Files.writeString(dir.resolve("story/article.md"), """
                ---
                title: "T"
                publisher: "P"
                published: 2023-06-08
                language: en
                ---
                """ + SOURCE + " Kuleba said that foreign countries will not deploy their troops.\n");
        Files.writeString(dir.resolve("entities.yaml"), "- {id: ukraine, type: country, name: Ukraine}\n");
    }

    @Test
    void aClaimLoadsWithItsKeyPhraseWordingsContradictionAndChoice() throws IOException {
        facts("""
                - id: c-1
                  kind: claim
                  statement: "Rasmussen warned that it is dangerous to leave Ukraine in NATO's {answer} indefinitely."
                  answer: "waiting room"
                  accepted: ["waiting area"]
                  contradiction: "Rasmussen said that it is safe to leave Ukraine in NATO's waiting room indefinitely."
                  question: "Where did Rasmussen warn that Ukraine must not be left indefinitely?"
                  right: "In the alliance's waiting room"
                  wrong: ["Outside Europe", "In the European Union"]
                  source: "%s"
                - id: c-2
                  kind: claim
                  statement: "Kuleba said that foreign countries will not deploy their {answer}."
                  answer: troops
                  contradiction: "Kuleba said that foreign countries will deploy their troops."
                  source: "Kuleba said that foreign countries will not deploy their troops."
                """.formatted(SOURCE));
        List<Fact> facts = new ContentLoader().load(dir).facts();
        Fact.Claim c = facts.get(0).claim();
        assertEquals(Fact.Kind.CLAIM, facts.get(0).kind());
        assertEquals("waiting room", c.answer());
        assertEquals(List.of("waiting area"), c.accepted());
        assertTrue(c.contradiction().contains("safe"));
        assertEquals("In the alliance's waiting room", c.right());
        assertEquals(List.of("Outside Europe", "In the European Union"), c.wrong());
        assertNull(facts.get(1).claim().question(), "the multiple choice is optional");
        assertEquals(List.of(), facts.get(1).claim().accepted(), "so are other wordings");
    }

    @Test
    void eachBadClaimFieldIsRefusedWithItsFileAndLine() throws IOException {
        String good = "  statement: \"Rasmussen warned that it is dangerous to leave Ukraine in NATO's {answer} "
                + "indefinitely.\"\n";
        String source = "  source: \"" + SOURCE + "\"\n";
        String contradiction = "  contradiction: \"Rasmussen said it is safe to leave Ukraine waiting.\"\n";
        facts(String.join("",
                // 1: the key phrase is not the sentence's words
                "- id: c-1\n  kind: claim\n", good, "  answer: \"waiting hall\"\n", contradiction, source,
                // 7: seven words are not a key phrase
                "- id: c-2\n  kind: claim\n", "  statement: \"Rasmussen warned that {answer} Ukraine.\"\n",
                "  answer: \"it is dangerous to leave Ukraine in\"\n", contradiction, source,
                // 13: no contradiction
                "- id: c-3\n  kind: claim\n", good, "  answer: \"waiting room\"\n", source,
                // 18: the statement says the key phrase outside the gap
                "- id: c-4\n  kind: claim\n",
                "  statement: \"Rasmussen warned about the waiting room: Ukraine must not stay in the {answer}.\"\n",
                "  answer: \"waiting room\"\n", contradiction, source,
                // 24: the contradiction is the statement again
                "- id: c-5\n  kind: claim\n", good, "  answer: \"waiting room\"\n",
                "  contradiction: \"Rasmussen warned that it is dangerous to leave Ukraine in NATO's waiting room "
                        + "indefinitely.\"\n", source,
                // 30: a multiple choice with one wrong option
                "- id: c-6\n  kind: claim\n", good, "  answer: \"waiting room\"\n", contradiction,
                "  question: \"Where must Ukraine not be left?\"\n", "  right: \"In the waiting room\"\n",
                "  wrong: [\"Outside\"]\n", source,
                // 39: a wrong option that says the key phrase, a right one that does not
                "- id: c-7\n  kind: claim\n", good, "  answer: \"waiting room\"\n", contradiction,
                "  question: \"Where must Ukraine not be left?\"\n", "  right: \"In the lobby\"\n",
                "  wrong: [\"Outside\", \"In a waiting room elsewhere\"]\n", source,
                // 48: too many accepted wordings, and an unknown field
                "- id: c-8\n  kind: claim\n", good, "  answer: \"waiting room\"\n",
                "  accepted: [a1, a2, a3, a4, a5, a6, a7, a8, a9]\n", "  hint: \"rooms\"\n", contradiction, source));
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        String f = dir.getFileName() + "/story/facts.yaml:";
        List<String> expected = List.of(
                f + "4: the answer 'waiting hall' of c-1 does not occur in its source sentence",
                f + "10: the answer of c-2 is the claim's key phrase of 1 to 6 words",
                f + "20: the statement of c-4 says 'waiting room' outside the gap",
                f + "28: the contradiction of c-5 is the statement itself",
                f + "30: the multiple choice of c-6 needs 'question', 'right' and 2 to 4 'wrong' options",
                f + "45: the right option of c-7 must say the key phrase 'waiting room'",
                f + "46: the wrong option 'In a waiting room elsewhere' of c-7 says the key phrase 'waiting room'",
                f + "53: 'hint' is not a field of a claim fact; it has accepted, answer, contradiction, question, right,"
                        + " statement, wrong",
                f + "52: 'accepted' of c-8 has 9 entries; at most 8");
        for (String problem : expected) {
            assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(problem)),
                    "missing: " + problem + "\nin: " + String.join("\n", e.problems()));
        }
        assertEquals(expected.size(), e.problems().size(), String.join("\n", e.problems()));
    }

    private void facts(String yaml) throws IOException {
        Files.writeString(dir.resolve("story/facts.yaml"), yaml);
    }
}
