package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Entity;
import app.factdeck.content.Gazetteer;
import app.factdeck.content.Library;
import app.factdeck.content.Text;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article whose catalogue knows one country still gets accurate country distractors from the gazetteer. */
class GazetteerDistractorsTest {

    @TempDir
    Path dir;

    private static final String FACT = """
            - id: st-1
              kind: answer
              question: "Which country hosted the alliance's summit in the story?"
              statement: "{answer} hosted the alliance's summit."
              answer: %s
              source: "%s"
            """;

    @Test
    void aLoneCountryGetsCountriesSharingItsTags() throws IOException {
        Library library = SmallTree.load(dir, "Portugal hosted the summit of the alliance.",
                "- {id: portugal, type: country, name: Portugal, tags: [member-nato, subregion-southern-europe]}\n",
                FACT.formatted("portugal", "Portugal hosted the summit of the alliance."));
        Entity key = library.entity("portugal");

        List<String> wrong = wrongOptions(SmallTree.generate(library), "st-1/multiple-choice/1");

        assertEquals(DistractorPicker.WANTED, wrong.size(), wrong.toString());
        for (String option : wrong) {
            Entity e = byName(library, option);
            assertEquals("country", e.type(), option);
            assertTrue(e.tags().stream().anyMatch(key.tags()::contains), option + " shares no tag with Portugal");
            assertFalse(e.names().stream().map(Text::normalise).anyMatch(n -> key.names().stream()
                    .map(Text::normalise).anyMatch(n::equals)), option + " is Portugal under another name");
        }
        // Both tags in common come first: southern European NATO members, not any NATO member.
        Gazetteer gazetteer = Gazetteer.builtIn();
        for (String option : wrong) {
            Set<String> tags = gazetteer.find(option).orElseThrow().tags();
            assertTrue(tags.containsAll(key.tags()), option + " has " + tags);
        }
    }

    @Test
    void theKeyIsNeverOfferedUnderTheGazetteersName() throws IOException {
        // The catalogue says "Turkey"; the gazetteer's Türkiye must not come back as a wrong option.
        Library library = SmallTree.load(dir, "Turkey hosted the summit of the alliance.",
                "- {id: turkey, type: country, name: Turkey, tags: [member-nato, region-asia, member-g20]}\n",
                FACT.formatted("turkey", "Turkey hosted the summit of the alliance."));
        List<String> wrong = wrongOptions(SmallTree.generate(library), "st-1/multiple-choice/1");
        assertEquals(DistractorPicker.WANTED, wrong.size(), wrong.toString());
        Set<String> turkeyNames = Gazetteer.builtIn().find("Türkiye").orElseThrow().names().stream()
                .map(Text::normalise).collect(Collectors.toSet());
        for (String option : wrong) {
            assertFalse(turkeyNames.contains(Text.normalise(option)), option);
        }
    }

    @Test
    void aGroupIsNeverOfferedBesideItsMember() throws IOException {
        // The key is a group the catalogue has; the gazetteer's groups share its tag, but the EU and NATO hold
        // Poland, one of its members, so only groups without Poland may be wrong options.
        Library library = SmallTree.load(dir, "The Weimar Triangle met in the story.", """
                - {id: poland, type: country, name: Poland, tags: [cee]}
                - {id: weimar, type: organisation, prefix: the, name: Weimar Triangle, tags: [intergovernmental-organisation], members: [poland]}
                """, """
                - id: st-1
                  kind: answer
                  question: "Which group met in the story?"
                  statement: "{answer} met in the story."
                  answer: weimar
                  source: "The Weimar Triangle met in the story."
                """);
        assertTrue(library.entity("org-eu").members().contains("poland"));
        for (Question q : SmallTree.generate(library)) {
            for (String option : q.listing().options()) {
                assertFalse(Set.of("European Union", "NATO").contains(option), q.id() + " offers " + option);
            }
        }
        List<String> wrong = wrongOptions(SmallTree.generate(library), "st-1/multiple-choice/1");
        assertEquals(Set.of("G7", "G20"), Set.copyOf(wrong));
    }

    private static List<String> wrongOptions(List<Question> bank, String id) {
        MultipleChoice mc = (MultipleChoice) SmallTree.byId(bank, id);
        return mc.choices().stream().filter(c -> c.fraction() == 0).map(c -> c.text()).toList();
    }

    private static Entity byName(Library library, String name) {
        Map<String, Entity> byName = new java.util.HashMap<>();
        library.entities().values().forEach(e -> e.names().forEach(n -> byName.put(Text.normalise(n), e)));
        Entity e = byName.get(Text.normalise(name));
        assertTrue(e != null, "no entity named " + name);
        return e;
    }
}
