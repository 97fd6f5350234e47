package app.factdeck.study.fsrs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fsrs replay FILE.json [--compare]}: replays review histories through our scheduler. The file has the
 * shape of the reference {@code vectors-histories.json} ({@code configs} and {@code histories}); for each step
 * only {@code review_at} and {@code rating} are read. Without {@code --compare} it prints JSON of the same shape
 * with what our scheduler computed; with it, a report of every step whose {@code after} differs from the
 * file's (states, days, due and counts exactly; stability, difficulty, retrievability to 1e-6 relative).
 */
public final class FsrsReplay {

    static final double TOLERANCE = 1e-6;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private FsrsReplay() {
    }

    /** A file that cannot be replayed: the message says where and why. */
    public static final class ReplayException extends RuntimeException {
        ReplayException(String message) {
            super(message);
        }
    }

    /**
     * Replays {@code file} and prints the computed JSON, or with {@code compare} the steps that differ from the
     * file's own (the command line is parsed by {@code app.factdeck.cli}).
     *
     * @return 0, or 1 when the file cannot be read or replayed, or differs under {@code compare}
     */
    public static int run(Path file, boolean compare, PrintStream out, PrintStream err) {
        JsonNode input;
        try {
            input = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            err.println("factdeck: no such file: " + file);
            return 1;
        } catch (JsonProcessingException e) {
            err.println("factdeck: " + file + " is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
            return 1;
        } catch (IOException e) {
            err.println("factdeck: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        try {
            ObjectNode computed = replay(input);
            if (compare) {
                List<String> differences = compare(input, computed);
                int steps = 0;
                for (JsonNode h : computed.get("histories")) {
                    steps += h.get("steps").size();
                }
                if (differences.isEmpty()) {
                    out.println("fsrs replay: " + computed.get("histories").size() + " histories, " + steps
                            + " steps: every step and every button's preview matches (state, due, scheduled days,"
                            + " step, reps, lapses exactly; stability, difficulty, retrievability within "
                            + TOLERANCE + " relative).");
                    return 0;
                }
                differences.forEach(out::println);
                out.println("fsrs replay: " + differences.size() + " differences in " + steps + " steps.");
                return 1;
            }
            out.println(JSON.writeValueAsString(computed));
            return 0;
        } catch (ReplayException e) {
            err.println("factdeck: " + file + ": " + e.getMessage());
            return 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The computed file: the input's configs, and each history's steps as our scheduler rates them. */
    public static ObjectNode replay(JsonNode input) {
        JsonNode configs = required(input, "configs", "the file");
        JsonNode histories = required(input, "histories", "the file");
        Map<String, Scheduler> schedulers = new LinkedHashMap<>();
        configs.fields().forEachRemaining(e -> schedulers.put(e.getKey(), scheduler(e.getKey(), e.getValue())));
        ObjectNode out = JSON.createObjectNode();
        ObjectNode meta = out.putObject("meta");
        meta.put("implementation", "Factdeck FSRS-6 scheduler (Java)");
        meta.put("fuzz", "as configured (enable_fuzz)");
        meta.put("time_zone", "UTC; elapsed_days counts UTC calendar days, as ts-fsrs does");
        out.set("configs", configs);
        ArrayNode outHistories = out.putArray("histories");
        int index = 0;
        for (JsonNode h : histories) {
            String where = "history " + index + (h.hasNonNull("id") ? " (" + h.get("id").asText() + ")" : "");
            String configName = required(h, "config", where).asText();
            Scheduler scheduler = schedulers.get(configName);
            if (scheduler == null) {
                throw new ReplayException(where + " uses config '" + configName + "', which \"configs\" does not define.");
            }
            ObjectNode oh = outHistories.addObject();
            copy(h, oh, "id", "config", "history", "note", "start");
            ArrayNode steps = oh.putArray("steps");
            Instant start = h.hasNonNull("start") ? instant(h.get("start"), where + " start") : null;
            Card card = null;
            int i = 0;
            for (JsonNode step : required(h, "steps", where)) {
                String stepWhere = where + " step " + i;
                Instant at = instant(required(step, "review_at", stepWhere), stepWhere + " review_at");
                Rating rating = rating(required(step, "rating", stepWhere), stepWhere);
                if (card == null) {
                    card = Card.fresh(start == null ? at : start);
                }
                Scheduler.Scheduling s = scheduler.schedule(card, at, 0);
                Card after = s.outcome(rating);
                ObjectNode os = steps.addObject();
                os.put("i", i);
                os.put("review_at", ISO_MILLIS.format(at));
                os.put("rating", rating.grade());
                os.put("rating_name", rating.label());
                os.put("elapsed_days", s.elapsedDays());
                if (s.retrievability().isPresent()) {
                    os.put("retrievability", s.retrievability().getAsDouble());
                } else {
                    os.putNull("retrievability");
                }
                os.set("before", cardJson(card));
                os.set("after", cardJson(after));
                os.put("interval_minutes", Math.round(Duration.between(at, after.due()).toMillis() / 60_000.0));
                ObjectNode preview = os.putObject("preview");
                for (Rating g : Rating.values()) {
                    preview.set(g.label(), cardJson(s.outcome(g)));
                }
                card = after;
                i++;
            }
        }
        return out;
    }

    private static Scheduler scheduler(String name, JsonNode config) {
        String where = "config '" + name + "'";
        JsonNode e = config.has("effective") ? config.get("effective") : config;
        try {
            double[] w = new double[required(e, "w", where).size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = e.get("w").get(i).asDouble();
            }
            w = FsrsParameters.migrateWeights(w);
            FsrsParameters p = new FsrsParameters(w,
                    e.path("request_retention").asDouble(0.9),
                    e.path("maximum_interval").asInt(FsrsParameters.MAX_INTERVAL),
                    steps(e.get("learning_steps"), List.of("1m", "10m")),
                    steps(e.get("relearning_steps"), List.of("10m")),
                    e.path("enable_short_term").asBoolean(true),
                    e.path("enable_fuzz").asBoolean(false));
            return new Scheduler(p, StudyDay.UTC_MIDNIGHT);
        } catch (IllegalArgumentException ex) {
            throw new ReplayException(where + ": " + ex.getMessage());
        }
    }

    private static List<Duration> steps(JsonNode node, List<String> fallback) {
        List<Duration> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            fallback.forEach(s -> out.add(FsrsParameters.parseStep(s)));
        } else {
            node.forEach(s -> out.add(FsrsParameters.parseStep(s.asText())));
        }
        return out;
    }

    static ObjectNode cardJson(Card c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("state", c.state().label());
        n.put("stability", c.stability());
        n.put("difficulty", c.difficulty());
        n.put("due", ISO_MILLIS.format(c.due()));
        if (c.lastReview().isPresent()) {
            n.put("last_review", ISO_MILLIS.format(c.lastReview().get()));
        } else {
            n.putNull("last_review");
        }
        n.put("scheduled_days", c.scheduledDays());
        n.put("learning_steps", c.learningStep());
        n.put("reps", c.reps());
        n.put("lapses", c.lapses());
        return n;
    }

    /** Every step of {@code computed} whose {@code after} differs from the reference's. */
    public static List<String> compare(JsonNode reference, JsonNode computed) {
        List<String> out = new ArrayList<>();
        JsonNode refHistories = reference.get("histories");
        JsonNode ours = computed.get("histories");
        for (int h = 0; h < ours.size(); h++) {
            JsonNode refSteps = refHistories.get(h).get("steps");
            JsonNode steps = ours.get(h).get("steps");
            for (int i = 0; i < steps.size(); i++) {
                String where = ours.get(h).path("id").asText("history " + h) + " step " + i;
                compareCard(where + " after", refSteps.get(i).get("after"), steps.get(i).get("after"), out);
                JsonNode preview = refSteps.get(i).get("preview");
                if (preview != null) {
                    for (Rating g : Rating.values()) {
                        compareCard(where + " preview " + g.label(), preview.get(g.label()),
                                steps.get(i).get("preview").get(g.label()), out);
                    }
                }
                JsonNode r = refSteps.get(i).get("retrievability");
                if (r != null && r.isNumber() && !close(steps.get(i).get("retrievability").asDouble(), r.asDouble())) {
                    out.add(where + ": retrievability " + steps.get(i).get("retrievability").asDouble()
                            + ", reference " + r.asDouble());
                }
            }
        }
        return out;
    }

    private static void compareCard(String where, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected == null) {
            return;
        }
        for (String f : List.of("state", "due", "scheduled_days", "learning_steps", "reps", "lapses")) {
            if (expected.has(f) && !expected.get(f).asText().equals(actual.get(f).asText())) {
                out.add(where + ": " + f + " " + actual.get(f).asText() + ", reference " + expected.get(f).asText());
            }
        }
        for (String f : List.of("stability", "difficulty")) {
            if (expected.has(f) && !close(actual.get(f).asDouble(), expected.get(f).asDouble())) {
                out.add(where + ": " + f + " " + actual.get(f).asDouble() + ", reference " + expected.get(f).asDouble());
            }
        }
    }

    /** Relative 1e-6; values under 1e-2 compare absolutely at 1e-8 (the reference keeps 8 decimals). */
    static boolean close(double actual, double expected) {
        return Math.abs(actual - expected) <= Math.max(TOLERANCE * Math.abs(expected), 1e-8);
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            throw new ReplayException(where + " has no \"" + field + "\".");
        }
        return v;
    }

    private static Instant instant(JsonNode node, String where) {
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new ReplayException(where + " is '" + node.asText() + "', not an ISO-8601 time such as 2024-01-01T09:00:00.000Z.");
        }
    }

    private static Rating rating(JsonNode node, String where) {
        if (!node.canConvertToInt()) {
            throw new ReplayException(where + ": rating must be 1–4, not " + node + ".");
        }
        try {
            return Rating.ofGrade(node.asInt());
        } catch (IllegalArgumentException e) {
            throw new ReplayException(where + ": " + e.getMessage());
        }
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String f : fields) {
            if (from.has(f)) {
                to.set(f, from.get(f));
            }
        }
    }
}
