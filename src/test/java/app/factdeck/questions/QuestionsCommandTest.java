package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag("database")
class QuestionsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void jsonHasOneObjectPerQuestionWithTheDocumentedFields() throws Exception {
        int status = run("--article", "kyiv-independent-nato-troops-warning", "--format", "json");
        assertEquals(0, status);
        JsonNode items = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(QuestionBank.build(TestLibrary.SHIPPED, QuestionGenerator.DEFAULT_SEED)
                .questionsOf("kyiv-independent-nato-troops-warning").size(), items.size());
        JsonNode first = items.get(0);
        for (String field : new String[] {"id", "article", "factIds", "type", "stem", "options", "keys", "distractors",
                "accepted", "explanation", "sources"}) {
            assertTrue(first.has(field), "missing " + field);
        }
        JsonNode source = first.get("sources").get(0);
        assertEquals("https://quiz.example.org/articles/kyiv-independent-nato-troops-warning?hl="
                + source.get("anchor").asText() + "#" + source.get("anchor").asText(), source.get("url").asText());
    }

    @Test
    void textListsEveryArticle() {
        assertEquals(0, run());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("esp-023/multi-select/1  [Select all]"));
        assertTrue(text.contains("ki-005/multiple-choice/andriy-yermak  [Multiple choice]"));
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertEquals(2, run("--article", "nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("factdeck: no article 'nope'. Articles: "
                + "espreso-nato-troops-warning, kyiv-independent-nato-troops-warning"));
        err.reset();
        assertEquals(2, run("--format", "xml"));
        assertEquals("factdeck: --format is json or text, not 'xml'.", err.toString(StandardCharsets.UTF_8).strip());
        err.reset();
        assertEquals(2, run("--verbose"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("factdeck: unknown option '--verbose'."));
    }

    private int run(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "questions";
        System.arraycopy(args, 0, line, 1, args.length);
        var run = app.factdeck.testing.CommandRun.on(Path.of("target")).with("FACTDECK_BASE_URL",
                "https://quiz.example.org").run(line);
        out.writeBytes(run.out().getBytes(StandardCharsets.UTF_8));
        err.writeBytes(run.err().getBytes(StandardCharsets.UTF_8));
        return run.status();
    }
}
