package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code propose FILE} through the real parser, on corpus pages, over the content tree. */
@org.junit.jupiter.api.Tag("database")
class ProposeCommandTest {

    @TempDir
    Path dir;

    private CommandRun.Settings settings() {
        return CommandRun.on(dir.resolve("data"));
    }

    private Path page(String name) throws Exception {
        Path page = dir.resolve(name);
        Files.copy(Path.of("src/test/resources/articles/" + name), page);
        return page;
    }

    @Test
    void printsTheArticleItsFactsAndTheirQuestionsAsOneObject() throws Exception {
        // A page with a subheading, editor's initials and a source line the cleaner drops.
        Path page = page("03-stoltenberg-defence-ministers-brussels.txt");
        CommandRun run = settings().run("propose", page.toString(), "--published", "2023-06-16");
        assertEquals(0, run.status(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(Set.of("article", "facts", "questions"), fields(root));
        JsonNode article = root.get("article");
        assertEquals("2023-06-16", article.get("published").asText());
        assertTrue(article.get("dropped").size() >= 2, article.get("dropped")::toString);
        assertTrue(article.has("title") && article.has("publisher") && article.has("author"));
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < article.get("kept").size(); i++) {
            JsonNode s = article.get("kept").get(i);
            assertEquals("s-" + (i + 1), s.get("anchor").asText());
            kept.add(s.get("sentence").asText());
        }
        assertTrue(kept.stream().anyMatch(s -> s.startsWith("Friday is day 478")), kept::toString);
        Set<String> dropped = new HashSet<>();
        article.get("dropped").forEach(d -> {
            assertTrue(d.get("line").asInt() > 0 && !d.get("reason").asText().isBlank(), d::toString);
            dropped.add(d.get("text").asText());
        });
        for (JsonNode f : root.get("facts")) {
            for (String field : List.of("kind", "subject", "relation", "answer", "answerType", "sentence", "anchor",
                    "confidence", "accepted")) {
                assertTrue(f.has(field), () -> field + " missing in " + f);
            }
            assertTrue(kept.contains(f.get("sentence").asText()), f::toString);
        }
        // The proposer finds this page's roles, counts and dates: the checks below have questions to check.
        assertTrue(root.get("facts").size() > 0 && root.get("questions").size() > 0, run.out());
        for (JsonNode q : root.get("questions")) {
            // Exactly the fields of 'questions --format json'.
            assertEquals(Set.of("id", "article", "factIds", "type", "stem", "options", "keys", "distractors",
                    "accepted", "explanation", "sources"), fields(q));
            for (JsonNode s : q.get("sources")) {
                String sentence = s.get("sentence").asText();
                assertTrue(kept.contains(sentence), () -> "cites a sentence that is not kept: " + sentence);
                assertFalse(dropped.stream().anyMatch(d -> d.contains(sentence) || sentence.contains(d)),
                        () -> "cites a dropped line: " + sentence);
                assertEquals(sentence, kept.get(Integer.parseInt(s.get("anchor").asText().substring(2)) - 1));
            }
        }
        try (Stream<Path> left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("factdeck-propose")
                    && Files.exists(p.resolve("propose.db"))), "the throwaway database is deleted");
        }
        assertFalse(Files.exists(dir.resolve("data")), "nothing written to FACTDECK_DATA");
    }

    @Test
    void thePagesOwnDateIsTakenWhenNoneIsGiven() throws Exception {
        // The store's prefix " date 2022-12-19" is the page's date.
        CommandRun run = settings().run("propose", page("08-world-cup-final-argentina-france.txt").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("2022-12-19", new ObjectMapper().readTree(run.out()).get("article").get("published").asText());
    }

    @Test
    void aPageWithoutADateNeedsPublished() throws Exception {
        Path page = page("07-ubs-credit-suisse-rescue.txt");
        CommandRun none = settings().run("propose", page.toString());
        assertEquals(2, none.status(), none.out());
        assertTrue(none.err().contains("--published"), none.err());
        assertFalse(none.err().contains("Exception"), none.err());
        CommandRun given = settings().run("propose", page.toString(), "--published", "2023-03-20", "--format",
                "text");
        assertEquals(0, given.status(), given.err());
        assertTrue(given.out().contains("2023-03-20"), given.out());
        assertTrue(given.out().contains("s-1  Switzerland’s biggest bank, UBS, has agreed to buy Credit Suisse for 3 "
                + "billion Swiss francs"), given.out());
    }

    @Test
    void badFilesAndArgumentsAreRefusedInWords() throws Exception {
        CommandRun missing = settings().run("propose", dir.resolve("nope.txt").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Path binary = dir.resolve("photo.txt");
        Files.write(binary, new byte[] {'G', 'I', 'F', '8', 0, 1, 2, 3, 0, 0});
        CommandRun bin = settings().run("propose", binary.toString(), "--published", "2023-03-20");
        assertEquals(1, bin.status());
        assertTrue(bin.err().contains("not a text file"), bin.err());

        Path big = dir.resolve("big.txt");
        Files.writeString(big, "A sentence that repeats. ".repeat(50_000));
        CommandRun tooBig = settings().run("propose", big.toString(), "--published", "2023-03-20");
        assertEquals(1, tooBig.status());
        assertTrue(tooBig.err().contains("larger than 1 MB"), tooBig.err());

        Path pdf = dir.resolve("page.pdf");
        Files.writeString(pdf, "Some text. More text.");
        CommandRun wrongType = settings().run("propose", pdf.toString(), "--published", "2023-03-20");
        assertEquals(1, wrongType.status());
        assertTrue(wrongType.err().contains(".txt, .md and .html"), wrongType.err());

        Path page = page("07-ubs-credit-suisse-rescue.txt");
        CommandRun badDate = settings().run("propose", page.toString(), "--published", "20/03/2023");
        assertEquals(2, badDate.status());
        assertTrue(badDate.err().contains("YYYY-MM-DD"), badDate.err());
        CommandRun badFormat = settings().run("propose", page.toString(), "--format", "xml");
        assertEquals(2, badFormat.status());
        for (CommandRun r : List.of(missing, bin, tooBig, wrongType, badDate, badFormat)) {
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        }
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
