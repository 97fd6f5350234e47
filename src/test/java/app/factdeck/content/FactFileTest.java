package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** facts.yaml and entities.yaml problems, each reported as file:line with what to do. */
class FactFileTest {

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
                On October 3, Lithuania called for talks. Prime Minister Denys Shmyhal signed it.
                """);
        Files.writeString(dir.resolve("entities.yaml"), """
                - {id: lithuania, type: country, name: Lithuania, tags: [baltic]}
                - {id: latvia, type: country, name: Latvia, tags: [baltic]}
                - {id: denys-shmyhal, type: person, name: Denys Shmyhal, aliases: [Shmyhal], tags: [official]}
                - {id: prime-minister, type: role, name: Prime Minister, tags: [office]}
                """);
    }

    @Test
    void validFactsLoadWithTheirSentenceAnchor() throws IOException {
        facts("""
                - id: st-1
                  kind: answer
                  question: "Which country called for talks on 3 October?"
                  statement: "{answer} called for talks on 3 October."
                  answer: lithuania
                  source: "On October 3, Lithuania called for talks."
                """);
        Library library = new ContentLoader().load(dir);
        Fact fact = library.facts().get(0);
        assertEquals("s-1", fact.source().anchor());
        assertEquals(List.of("lithuania"), fact.answers());
    }

    @Test
    void everyProblemIsNamedWithItsLine() throws IOException {
        facts("""
                - id: st-1
                  kind: answer
                  question: "Which country called for talks?"
                  statement: "{answer} called for talks."
                  answer: latvia
                  source: "On October 3, Lithuania called for talks."
                - id: st-2
                  kind: answer
                  question: "Which country called for talks"
                  statement: "A country called for talks."
                  answer: lithuania
                  source: "Lithuania called for talks."
                - id: st-1
                  kind: date
                  event: "Talks"
                  question: "When?"
                  statement: "On {answer}."
                  date: 2023-10-04
                  as_written: "October 3"
                  source: "On October 3, Lithuania called for talks."
                - id: st-4
                  kind: role
                  person: prime-minister
                  role: denys-shmyhal
                  colour: red
                  source: "Prime Minister Denys Shmyhal signed it."
                - id: st-5
                  kind: answer
                  question: "Who?"
                  statement: "{answer}."
                  answer: estonia
                  source: "Prime Minister Denys Shmyhal signed it."
                """);
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        String f = dir.getFileName() + "/story/facts.yaml";
        assertEquals(List.of(
                f + ":1: the answer 'Latvia' of st-1 is not stated in its source sentence (nor any alias); cite the "
                        + "sentence that says it, or add the wording as an alias",
                f + ":12: the source of st-2 is not a sentence of story/article.md; copy one whole sentence exactly as "
                        + "the reader shows it",
                f + ":7: the question of st-2 must end with '?'",
                f + ":7: the statement of st-2 must contain '{answer}' exactly once",
                f + ":13: 'October 3' does not read as 2023-10-04 (the date of st-1)",
                f + ":13: fact id 'st-1' is already used; ids are never reused, pick a new one",
                f + ":25: 'colour' is not a field of a role fact; it has person, role",
                f + ":23: 'prime-minister' is a role, but 'person' needs a person",
                f + ":24: 'denys-shmyhal' is a person, but 'role' needs a role",
                f + ":31: 'estonia' is not an entity id in entities.yaml"), e.problems());
    }

    @Test
    void aSecondSourceMustStateTheAnswerToo() throws IOException {
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/article.md"), "---\ntitle: T\npublisher: P\npublished: 2023-06-08\n"
                + "language: en\n---\nLatvia called for talks too.\n");
        facts("""
                - id: st-1
                  kind: answer
                  question: "Which country called for talks on 3 October?"
                  statement: "{answer} called for talks on 3 October."
                  answer: lithuania
                  source: "On October 3, Lithuania called for talks."
                  also:
                    - article: other
                      source: "Latvia called for talks too."
                """);
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        assertEquals(List.of(dir.getFileName() + "/story/facts.yaml:1: (also other) the answer 'Lithuania' of st-1 is "
                + "not stated in its source sentence (nor any alias); cite the sentence that says it, or add the "
                + "wording as an alias"), e.problems());
    }

    @Test
    void entityProblemsAreNamedToo() throws IOException {
        Files.writeString(dir.resolve("entities.yaml"), """
                - {id: lithuania, type: country, name: Lithuania}
                - {id: lietuva, type: country, name: Lietuva, aliases: [Lithuania]}
                - {id: vilnius, type: town, name: Vilnius}
                - {id: lithuania, type: country, name: Lithuania again}
                - {id: riga, name: Riga, type: city, colour: red}
                """);
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        String f = dir.getFileName() + "/entities.yaml";
        assertEquals(List.of(
                f + ":2: 'Lithuania' names both 'lithuania' and 'lietuva'; give each country its own names",
                f + ":3: unknown type 'town'; types are category, channel, city, country, country-group, document, event, "
                        + "measure, newspaper, organisation, person, place, programme, role",
                f + ":4: entity id 'lithuania' is used twice",
                f + ":5: unknown key 'colour'; an entity has id, type, name, aliases, tags, article, prefix, members"),
                e.problems());
    }

    @Test
    void aGroupsMembersMustBeEntitiesAndNotTheGroupItself() throws IOException {
        Files.writeString(dir.resolve("entities.yaml"), """
                - {id: lithuania, type: country, name: Lithuania}
                - {id: baltic-states, type: country-group, name: the Baltic states, members: [lithuania, latvia]}
                - {id: nato, type: organisation, name: NATO, members: [nato, lithuania]}
                """);
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        String f = dir.getFileName() + "/entities.yaml";
        assertEquals(List.of(f + ":3: entity 'nato' lists itself among its members",
                f + ":2: member 'latvia' of 'baltic-states' is not an entity id; add it to entities.yaml or fix the "
                        + "spelling"), e.problems());
    }

    @Test
    void membersAreReadAndOverlapBothWays() throws IOException {
        Files.writeString(dir.resolve("entities.yaml"), """
                - {id: lithuania, type: country, name: Lithuania}
                - {id: latvia, type: country, name: Latvia}
                - {id: baltic-states, type: country-group, name: the Baltic states, members: [lithuania, latvia]}
                - {id: nato, type: organisation, name: NATO, members: [lithuania]}
                """);
        Library library = new ContentLoader().load(dir);
        Entity baltics = library.entity("baltic-states");
        assertEquals(java.util.Set.of("lithuania", "latvia"), baltics.members());
        assertEquals(true, baltics.overlaps(library.entity("latvia")));
        assertEquals(true, library.entity("latvia").overlaps(baltics));
        assertEquals(true, baltics.overlaps(library.entity("nato")), "they share Lithuania");
        assertEquals(false, library.entity("latvia").overlaps(library.entity("lithuania")));
    }

    @Test
    void brokenYamlPointsAtTheLine() throws IOException {
        facts("- id: st-1\n  kind: answer\n  question: \"unclosed\n");
        ContentException e = assertThrows(ContentException.class, () -> new ContentLoader().load(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(true, e.problems().get(0).startsWith(dir.getFileName() + "/story/facts.yaml:"), e.getMessage());
        assertEquals(true, e.problems().get(0).contains("not valid YAML"), e.getMessage());
    }

    private void facts(String yaml) throws IOException {
        Files.writeString(dir.resolve("story/facts.yaml"), yaml);
    }
}
