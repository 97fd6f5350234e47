package app.factdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The library walks its entities in the order it was given them and an entity its tags in one order, whatever the
 * JVM: the bank's wrong options and a name's lookup depend on that order, and Map.copyOf / Set.copyOf iterate in an
 * order that changes from one start to the next (the corpus's bank differed between two runs of the same code).
 */
class LibraryOrderTest {

    @Test
    void entitiesKeepTheOrderGivenAndTagsReadSorted() {
        Map<String, Entity> given = new LinkedHashMap<>();
        for (String id : List.of("zeta", "alpha", "mu", "beta", "omega", "kappa", "delta", "sigma")) {
            given.put(id, new Entity(id, "person", id, List.of(), Set.of("t-" + id, "a-" + id, "m-" + id), true, ""));
        }
        Library library = new Library(List.of(), given, List.of());
        assertEquals(List.copyOf(given.keySet()), List.copyOf(library.entities().keySet()));
        library.replace(List.of(), given, List.of(), Set.of(), Set.of());
        assertEquals(List.copyOf(given.keySet()), List.copyOf(library.entities().keySet()));
        assertEquals(List.of("a-mu", "m-mu", "t-mu"), List.copyOf(library.entities().get("mu").tags()));
    }
}
