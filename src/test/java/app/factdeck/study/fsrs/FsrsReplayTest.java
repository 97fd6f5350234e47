package app.factdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fsrs replay}: the command the issue asks for, run on the reference file as a user would. */
@org.junit.jupiter.api.Tag("database")
class FsrsReplayTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "fsrs";
        System.arraycopy(args, 0, line, 1, args.length);
        var run = app.factdeck.testing.CommandRun.on(dir).run(line);
        out.writeBytes(run.out().getBytes(StandardCharsets.UTF_8));
        err.writeBytes(run.err().getBytes(StandardCharsets.UTF_8));
        return run.status();
    }

    private Path reference() throws IOException {
        Path file = dir.resolve("vectors-histories.json");
        Files.writeString(file, Vectors.HISTORIES.toString());
        return file;
    }

    @Test
    void replayPrintsTheSameShapeAndReproducesEveryStep() throws Exception {
        assertEquals(0, run("replay", reference().toString()), err.toString());
        JsonNode ours = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode ref = Vectors.HISTORIES;
        assertEquals(ref.get("configs"), ours.get("configs"));
        assertEquals(ref.get("histories").size(), ours.get("histories").size());
        Vectors v = new Vectors();
        for (int h = 0; h < ref.get("histories").size(); h++) {
            JsonNode rh = ref.get("histories").get(h);
            JsonNode oh = ours.get("histories").get(h);
            v.same("id", rh.get("id").asText(), oh.get("id").asText());
            for (int i = 0; i < rh.get("steps").size(); i++) {
                String where = rh.get("id").asText() + " #" + i;
                JsonNode expected = rh.get("steps").get(i).get("after");
                JsonNode actual = oh.get("steps").get(i).get("after");
                v.same(where + " state", expected.get("state").asText(), actual.get("state").asText());
                v.close(where + " stability", expected.get("stability").asDouble(), actual.get("stability").asDouble());
                v.close(where + " difficulty", expected.get("difficulty").asDouble(), actual.get("difficulty").asDouble());
                v.same(where + " due", expected.get("due").asText(), actual.get("due").asText());
                v.same(where + " scheduled_days", expected.get("scheduled_days").asInt(), actual.get("scheduled_days").asInt());
                v.same(where + " interval minutes", rh.get("steps").get(i).get("interval_minutes").asLong(),
                        oh.get("steps").get(i).get("interval_minutes").asLong());
            }
        }
        v.verify(276 * 6);
    }

    @Test
    void compareReportsAMatchAndExitsZero() throws Exception {
        assertEquals(0, run("replay", reference().toString(), "--compare"), err.toString());
        assertTrue(out.toString().contains("28 histories, 276 steps: every step and every button's preview matches"),
                out.toString());
    }

    @Test
    void compareFindsADoctoredReference() throws Exception {
        String doctored = Vectors.HISTORIES.toString().replaceFirst("\"scheduled_days\":2,", "\"scheduled_days\":3,");
        Path file = dir.resolve("doctored.json");
        Files.writeString(file, doctored);
        assertEquals(1, run("replay", file.toString(), "--compare"));
        assertTrue(out.toString().contains("scheduled_days 2, reference 3"), out.toString());
    }

    @Test
    void badFilesGetOneLineThatSaysWhatIsWrong() throws Exception {
        assertEquals(1, run("replay", dir.resolve("missing.json").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"configs\": {},\n  \"histories\": [\n");
        err.reset();
        assertEquals(1, run("replay", broken.toString()));
        assertTrue(err.toString().contains("is not valid JSON (line"), err.toString());

        Path unknownConfig = dir.resolve("unknown.json");
        Files.writeString(unknownConfig, """
                {"configs": {}, "histories": [{"id": "x/y", "config": "nope", "steps": []}]}""");
        err.reset();
        assertEquals(1, run("replay", unknownConfig.toString()));
        assertTrue(err.toString().contains("history 0 (x/y) uses config 'nope'"), err.toString());

        Path badRating = dir.resolve("rating.json");
        Files.writeString(badRating, """
                {"configs": {"c": {"effective": {"w": %s}}},
                 "histories": [{"id": "c/h", "config": "c", "steps": [{"review_at": "2024-01-01T09:00:00.000Z", "rating": 5}]}]}"""
                .formatted(java.util.Arrays.toString(FsrsParameters.DEFAULT_WEIGHTS)));
        err.reset();
        assertEquals(1, run("replay", badRating.toString()));
        assertTrue(err.toString().contains("step 0: A rating is 1 (Again)"), err.toString());

        err.reset();
        assertEquals(2, run("replay"));
        assertTrue(err.toString().contains("Missing required parameter: 'FILE.json'"), err.toString());
        assertTrue(err.toString().contains("Usage: java -jar factdeck.jar fsrs replay [-h] [--compare] FILE.json"),
                err.toString());
    }
}
