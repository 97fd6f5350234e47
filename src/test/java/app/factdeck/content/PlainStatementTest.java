package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The words a teacher reads for a fact in the question bank's filter: the statement with its answer filled in,
 * never the "{answer}" placeholder, "null" (role facts have no statement) or an entity id.
 */
class PlainStatementTest {

    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));

    @Test
    void everyFactOfTheContentReadsAsASentenceWithoutPlaceholdersOrIds() {
        for (Fact f : LIBRARY.facts()) {
            String label = LIBRARY.plainStatement(f);
            assertFalse(label.isBlank(), f.id());
            assertFalse(label.contains("{") || label.contains("}"), f.id() + ": " + label);
            assertFalse(label.matches("(?s).*\\bnull\\b.*"), f.id() + ": " + label);
            assertTrue(Character.isUpperCase(label.codePointAt(0)), f.id() + ": " + label);
            for (String id : f.answers()) {
                assertFalse(id.contains("-") && label.contains(id), f.id() + " shows the entity id " + id);
            }
        }
    }

    @Test
    void anAnswerFactFillsInTheNameAndARoleFactSaysWhoHoldsIt() {
        Fact answer = fact("ki-002");
        assertEquals(answer.statement().replace("{answer}", LIBRARY.entity(answer.answers().get(0)).inSentence()),
                LIBRARY.plainStatement(answer));
        assertTrue(LIBRARY.plainStatement(answer).startsWith("Anders Fogh Rasmussen said"));

        Fact role = fact("ki-006");
        String label = LIBRARY.plainStatement(role);
        assertTrue(label.startsWith(LIBRARY.entity(role.person()).name() + " is "), label);
        assertTrue(label.contains(LIBRARY.entity(role.role()).name()), label);
    }

    @Test
    void aDateFactShowsTheDateAndAListFactNamesEveryAnswer() {
        Fact date = LIBRARY.facts().stream().filter(f -> f.kind() == Fact.Kind.DATE).findFirst().orElseThrow();
        assertTrue(LIBRARY.plainStatement(date).contains(date.date().orElseThrow().display()));
        Fact list = LIBRARY.facts().stream().filter(f -> f.kind() == Fact.Kind.LIST).findFirst().orElseThrow();
        String label = LIBRARY.plainStatement(list);
        for (String id : list.answers()) {
            assertTrue(label.contains(LIBRARY.entity(id).inSentence()), label);
        }
    }

    private static Fact fact(String id) {
        return LIBRARY.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
