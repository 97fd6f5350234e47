package app.factdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every table of the reference's vectors-functions.json against the memory model, to 1e-6 relative. */
class MemoryModelTest {

    private static final JsonNode F = Vectors.FUNCTIONS;
    private static final double[] W = Vectors.doubles(F.get("meta").get("default_params").get("w"));

    private static MemoryModel withDecay(double decay) {
        double[] w = W.clone();
        w[20] = decay;
        return new MemoryModel(w, true);
    }

    @Test
    void defaultWeightsAreTheReferenceDefaults() {
        assertArrayEquals(W, FsrsParameters.DEFAULT_WEIGHTS);
        assertArrayEquals(W, FsrsParameters.defaults().weights());
    }

    @Test
    void forgettingCurve() {
        Vectors v = new Vectors();
        for (JsonNode row : F.get("forgetting_curve")) {
            double r = withDecay(row.get("decay").asDouble()).retrievability(row.get("t").asDouble(), row.get("s").asDouble());
            v.close("R " + row, row.get("r_exact").asDouble(), r);
            v.close("R (ts-fsrs) " + row, row.get("r").asDouble(), r);
        }
        v.verify(1300);
    }

    @Test
    void intervalModifierAndNextInterval() {
        Vectors v = new Vectors();
        for (JsonNode row : F.get("interval_modifier")) {
            double im = withDecay(row.get("decay").asDouble()).intervalModifier(row.get("desired_retention").asDouble());
            v.close("IM " + row, row.get("exact").asDouble(), im);
            v.close("IM (ts-fsrs) " + row, row.get("interval_modifier").asDouble(), im);
        }
        for (JsonNode row : F.get("next_interval")) {
            double[] w = W.clone();
            w[20] = row.get("decay").asDouble();
            FsrsParameters p = new FsrsParameters(w, row.get("desired_retention").asDouble(),
                    row.get("maximum_interval").asInt(), java.util.List.of(), java.util.List.of(), true, false);
            Scheduler scheduler = new Scheduler(p, StudyDay.UTC_MIDNIGHT);
            double s = row.get("stability").asDouble();
            v.close("raw interval " + row, row.get("interval_exact").asDouble(),
                    s * scheduler.model().intervalModifier(p.desiredRetention()));
            v.same("interval days " + row, row.get("interval_days").asInt(), scheduler.interval(s, 0, 0));
        }
        v.verify(80 + 480);
    }

    @Test
    void initialStabilityAndDifficulty() {
        MemoryModel m = new MemoryModel(W, true);
        Vectors v = new Vectors();
        for (JsonNode row : F.get("initial")) {
            Rating g = Rating.ofGrade(row.get("rating").asInt());
            v.close("S0 " + g, row.get("s0").asDouble(), m.initialStability(g));
            v.close("D0 raw " + g, row.get("d0_raw").asDouble(), m.initialDifficultyRaw(g));
            v.close("D0 " + g, row.get("d0").asDouble(), m.initialDifficulty(g));
        }
        v.verify(12);
    }

    @Test
    void nextDifficulty() {
        MemoryModel m = new MemoryModel(W, true);
        Vectors v = new Vectors();
        for (JsonNode row : F.get("next_difficulty")) {
            v.close("D' " + row, row.get("next_d").asDouble(),
                    m.nextDifficulty(row.get("d").asDouble(), Rating.ofGrade(row.get("rating").asInt())));
        }
        v.verify(44);
    }

    @Test
    void stabilityAfterRecallLapseAndSameDay() {
        MemoryModel m = new MemoryModel(W, true);
        Vectors v = new Vectors();
        for (JsonNode row : F.get("next_recall_stability")) {
            v.close("S recall " + row, row.get("s_recall").asDouble(), m.recallStability(row.get("d").asDouble(),
                    row.get("s").asDouble(), row.get("r").asDouble(), Rating.ofGrade(row.get("rating").asInt())));
        }
        for (JsonNode row : F.get("next_forget_stability")) {
            double d = row.get("d").asDouble();
            double s = row.get("s").asDouble();
            double r = row.get("r").asDouble();
            v.close("S forget raw " + row, row.get("s_forget_raw").asDouble(), m.forgetStabilityRaw(d, s, r));
            v.close("S after lapse " + row, row.get("s_after_lapse").asDouble(), m.stabilityAfterLapse(d, s, r));
        }
        for (JsonNode row : F.get("next_short_term_stability")) {
            v.close("S same day " + row, row.get("s_short_term").asDouble(),
                    m.shortTermStability(row.get("s").asDouble(), Rating.ofGrade(row.get("rating").asInt())));
        }
        v.verify(630 + 420 + 52);
    }

    @Test
    void nextStateWithAndWithoutShortTerm() {
        Vectors v = new Vectors();
        check(v, new MemoryModel(W, true), F.get("next_state"));
        check(v, new MemoryModel(W, false), F.get("next_state_short_term_disabled"));
        v.verify(2 * (220 + 36));
    }

    private static void check(Vectors v, MemoryModel m, JsonNode rows) {
        for (JsonNode row : rows) {
            MemoryState after = m.next(new MemoryState(row.get("d").asDouble(), row.get("s").asDouble()),
                    row.get("t").asInt(), Rating.ofGrade(row.get("rating").asInt()));
            v.close("next D " + row, row.get("next_d").asDouble(), after.difficulty());
            v.close("next S " + row, row.get("next_s").asDouble(), after.stability());
        }
    }

    @Test
    void fuzzRange() {
        Vectors v = new Vectors();
        for (JsonNode row : F.get("fuzz_range")) {
            int[] range = Fuzz.range(row.get("interval").asDouble(), row.get("elapsed_days").asInt(),
                    row.get("maximum_interval").asInt());
            v.same("fuzz min " + row, row.get("min_ivl").asInt(), range[0]);
            v.same("fuzz max " + row, row.get("max_ivl").asInt(), range[1]);
        }
        v.verify(90);
    }

    @Test
    void parameterMigration() {
        for (JsonNode row : F.get("parameter_migration")) {
            double[] migrated = FsrsParameters.migrateWeights(Vectors.doubles(row.get("input")));
            double[] expected = Vectors.doubles(row.get("output"));
            for (int i = 0; i < 21; i++) {
                assertEquals(expected[i], migrated[i], 1e-6 * Math.max(1, Math.abs(expected[i])),
                        row.get("name").asText() + " w" + i + " " + Arrays.toString(migrated));
            }
        }
    }

    @Test
    void publishedCrossChecks() {
        // fsrs-rs / py-fsrs unit test: Again, Good ×5 at elapsed 0, 0, 1, 3, 8, 21 days.
        JsonNode memory = F.get("canonical_cross_checks").get(0);
        MemoryModel m = new MemoryModel(W, true);
        MemoryState s = MemoryState.NONE;
        int[] elapsed = {0, 0, 1, 3, 8, 21};
        for (int i = 0; i < elapsed.length; i++) {
            s = m.next(s, elapsed[i], i == 0 ? Rating.AGAIN : Rating.GOOD);
        }
        assertEquals(memory.get("expected_by_source").get("stability").asDouble(), s.stability(), 1e-4);
        assertEquals(memory.get("ts_fsrs").get("stability").asDouble(), s.stability(), 1e-6 * s.stability());
        assertEquals(memory.get("ts_fsrs").get("difficulty").asDouble(), s.difficulty(), 1e-6 * s.difficulty());

        // fsrs-rs test_next_interval: S = 1 at desired retention 0.1 … 1.0 (double precision figures).
        JsonNode intervals = F.get("canonical_cross_checks").get(1).get("double_precision_formula");
        for (int i = 0; i < intervals.size(); i++) {
            double r = (i + 1) / 10.0;
            double im = m.intervalModifier(r);
            assertEquals(intervals.get(i).asLong(), Math.max(1, Math.round(im)), "DR " + r);
        }
    }

    @Test
    void clippingBringsWeightsIntoTheirTrainedRanges() {
        double[] wild = W.clone();
        wild[0] = 0;        // below 0.001
        wild[7] = 0.9;      // above 0.75
        wild[20] = 2;       // above 0.8
        double[] clipped = FsrsParameters.clipWeights(wild, 1, true);
        assertEquals(0.001, clipped[0]);
        assertEquals(0.75, clipped[7]);
        assertEquals(0.8, clipped[20]);
        assertEquals(W[8], clipped[8]);
        assertArrayEquals(W, FsrsParameters.clipWeights(W, 1, true), "the defaults are inside every range");
    }
}
