package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code gap} wording of a fact: one standalone sentence with one gap, checked at load. */
class GapFieldTest {

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
                On October 3, Lithuania called for talks. Latvia and Lithuania signed it.
                """);
        Files.writeString(dir.resolve("entities.yaml"), """
                - {id: lithuania, type: country, name: Lithuania, tags: [baltic]}
                - {id: latvia, type: country, name: Latvia, tags: [baltic]}
                - {id: prime-minister, type: role, name: Prime Minister, tags: [office]}
                """);
    }

    @Test
    void aGapWordingLoadsAndIsWhatAGapItemBlanks() throws IOException {
        facts("""
                - id: st-1
                  kind: answer
                  question: "Which country called for talks on 3 October?"
                  statement: "{answer} called for talks on 3 October."
                  answer: lithuania
                  source: "On October 3, Lithuania called for talks."
                  gap: "On 3 October, {answer} called for talks."
                - id: st-2
                  kind: answer
                  question: "Which country signed it with Latvia?"
                  statement: "{answer} signed it with Latvia."
                  answer: lithuania
                  source: "Latvia and Lithuania signed it."
                """);
        List<Fact> facts = new ContentLoader().load(dir).facts();
        assertEquals("On 3 October, {answer} called for talks.", facts.get(0).gap());
        assertEquals("On 3 October, {answer} called for talks.", facts.get(0).gapText());
        assertNull(facts.get(1).gap());
        assertEquals("{answer} signed it with Latvia.", facts.get(1).gapText(), "no gap: the statement is the text");
    }

    @Test
    void aBadGapWordingIsRefusedWithItsLineAndWhatToFix() throws IOException {
        facts("""
                - id: st-1
                  kind: answer
                  question: "Which country called for talks?"
                  statement: "{answer} called for talks."
                  answer: lithuania
                  source: "On October 3, Lithuania called for talks."
                  gap: "{answer} and {answer} called for talks."
                - id: st-2
                  kind: answer
                  question: "Which country called for talks?"
                  statement: "{answer} called for talks."
                  answer: lithuania
                  source: "On October 3, Lithuania called for talks."
                  gap: "On {date}, {answer} called for talks"
                - id: st-3
                  kind: list
                  question: "Which countries signed it?"
                  statement: "{answer} signed it."
                  answers: [latvia, lithuania]
                  source: "Latvia and Lithuania signed it."
                  gap: "{answer} signed it."
                - id: st-4
                  kind: answer
                  question: "Which country called for talks?"
                  statement: "{answer} called for talks."
                  answer: lithuania
                  source: "On October 3, Lithuania called for talks."
                  gap: "%s {answer} called for talks."
                """.formatted("Long ".repeat(61)));
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        String f = dir.getFileName() + "/story/facts.yaml";
        assertEquals(List.of(
                f + ":1: the gap of st-1 must contain '{answer}' exactly once and no other braces",
                f + ":8: the gap of st-2 must contain '{answer}' exactly once and no other braces",
                f + ":8: the gap of st-2 must be one sentence: start with a capital letter (or '{answer}') and end "
                        + "with '.', '?' or '!'",
                f + ":15: the gap of list fact st-3 must name every member but the one in the gap; it leaves out 2 "
                        + "(latvia, lithuania)",
                f + ":22: the gap of st-4 is 332 characters; keep it to one sentence of at most 300"), e.problems());
    }

    @Test
    void aRoleFactHasNoGapWording() throws IOException {
        facts("""
                - id: st-1
                  kind: role
                  person: lithuania
                  role: prime-minister
                  source: "On October 3, Lithuania called for talks."
                  gap: "{answer} called for talks."
                """);
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        assertEquals(true, e.problems().stream().anyMatch(p -> p.endsWith(
                "'gap' is not a field of a role fact; it has person, role")), e.getMessage());
    }

    private void facts(String yaml) throws IOException {
        Files.writeString(dir.resolve("story/facts.yaml"), yaml);
    }
}
