package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** G6: a name that carries the ordinal key's number gives the key away. */
class OrdinalGiveawayTest {

    private static Optional<String> in(String stem, String... forms) {
        return OrdinalGiveaway.in(stem, List.of(List.of(forms)));
    }

    @Test
    void aNameJoinedToTheKeysNumberGivesItAway() {
        assertEquals(Optional.of("Voyager-2"),
                in("Fill in the gap: The agency's _____ probe, Voyager-2, left the solar system.", "second", "2nd"));
        assertEquals(Optional.of("Apollo 13"),
                in("True or false? NASA's twelfth crewed mission, Apollo 13, returned safely.", "thirteenth"),
                "the wrong value of a false statement meets the name's number too");
        assertEquals(Optional.of("COP28"), in("The summit, COP28, was the _____ climate conference.", "28th"));
    }

    @Test
    void datesOtherNumbersAndOtherKeysGiveNothingAway() {
        assertEquals(Optional.empty(), in("The club won its _____ title on June 3 in Madrid.", "third"));
        assertEquals(Optional.empty(), in("The striker scored in the 3rd minute of the final, Game-4.", "third"));
        assertEquals(Optional.empty(), in("Flight MH370 vanished on its _____ trip.", "third"));
        assertEquals(Optional.empty(), in("The Falcon-9 rocket carried _____ satellites.", "9"),
                "a count is not an ordinal");
        assertEquals(Optional.empty(), in("The team's _____ season in Division 2 began.", "first"));
    }
}
