package app.factdeck.study.fsrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scheduler is built from: the weights, the desired retention, the longest interval, the (re)learning
 * steps, and whether same-day reviews and fuzz are on. Defaults are FSRS-6's and Anki's/ts-fsrs's.
 *
 * @param weights          21 FSRS-6 weights
 * @param desiredRetention the recall probability reviews are scheduled for, 0.70–0.97 in the app
 * @param maximumInterval  the longest interval in days
 * @param learningSteps    delays of a new card before it graduates, e.g. 1m, 10m
 * @param relearningSteps  delays after a lapse before the card is back to whole days, e.g. 10m
 * @param shortTerm        same-day reviews use the short-term formula and steps apply (ts-fsrs
 *                         {@code enable_short_term}); off gives every answer at least a day
 * @param fuzz             spread review intervals ≥ 3 days by a few days so cards learnt together part ways
 */
public record FsrsParameters(double[] weights, double desiredRetention, int maximumInterval,
                             List<Duration> learningSteps, List<Duration> relearningSteps, boolean shortTerm,
                             boolean fuzz) {

    /** FSRS-6's defaults since 2025-06-06 (fsrs-rs, ts-fsrs 5.4, py-fsrs 6.3). */
    public static final double[] DEFAULT_WEIGHTS = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
        1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;
    public static final int MAX_INTERVAL = 36500;

    public FsrsParameters {
        weights = weights.clone();
        if (weights.length != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, not " + weights.length
                    + "; migrate older sets with FsrsParameters.migrateWeights.");
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("Desired retention must be between 0 and 1, not " + desiredRetention + ".");
        }
        if (maximumInterval < 1 || maximumInterval > MAX_INTERVAL) {
            throw new IllegalArgumentException("The maximum interval must be 1–" + MAX_INTERVAL + " days, not "
                    + maximumInterval + ".");
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    /** The defaults: retention 0.9, 36500 days, steps 1m 10m / 10m, short-term on, fuzz on. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, 0.9, MAX_INTERVAL,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), true, true);
    }

    public FsrsParameters withDesiredRetention(double r) {
        return new FsrsParameters(weights, r, maximumInterval, learningSteps, relearningSteps, shortTerm, fuzz);
    }

    public FsrsParameters withMaximumInterval(int days) {
        return new FsrsParameters(weights, desiredRetention, days, learningSteps, relearningSteps, shortTerm, fuzz);
    }

    public FsrsParameters withFuzz(boolean on) {
        return new FsrsParameters(weights, desiredRetention, maximumInterval, learningSteps, relearningSteps,
                shortTerm, on);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    private static final Pattern STEP = Pattern.compile("(\\d+(?:\\.\\d+)?)([mhd])");

    /** Parses a step as ts-fsrs and Anki write it: {@code 1m}, {@code 10m}, {@code 1h}, {@code 1d}. */
    public static Duration parseStep(String step) {
        Matcher m = STEP.matcher(step.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("A step is a number and a unit m, h or d (e.g. 10m), not '" + step + "'.");
        }
        double minutes = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
            case "h" -> 60;
            case "d" -> 1440;
            default -> 1;
        };
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }

    /**
     * Brings a 17-weight (FSRS-4.5) or 19-weight (FSRS-5) set to FSRS-6's 21 as fsrs-rs and ts-fsrs do
     * (decay 0.5, no same-day saturation). Clip the result with {@link #clipWeights} before scheduling with it.
     */
    public static double[] migrateWeights(double[] input) {
        double[] w;
        if (input.length == 21) {
            w = input.clone();
        } else if (input.length == 19) {
            w = Arrays.copyOf(input, 21);
            w[19] = 0;
            w[20] = 0.5;
        } else if (input.length == 17) {
            w = Arrays.copyOf(input, 21);
            w[4] = input[4] + 2 * input[5];
            w[5] = Math.log(1 + 3 * input[5]) / 3;
            w[6] = input[6] + 0.5;
            w[17] = 0;
            w[18] = 0;
            w[19] = 0;
            w[20] = 0.5;
        } else {
            throw new IllegalArgumentException("Weights come in sets of 17, 19 or 21, not " + input.length + ".");
        }
        return w;
    }

    /**
     * Clips 21 weights to the ranges fsrs-rs trains within, so hand-edited or imported weights cannot make the
     * model diverge.
     *
     * @param relearningSteps how many relearning steps the scheduler has: more steps bound w17 and w18 tighter
     */
    public static double[] clipWeights(double[] w, int relearningSteps, boolean shortTerm) {
        double c = 2;
        if (relearningSteps > 1) {
            double v = -(Math.log(w[11]) + Math.log(Math.pow(2, w[13]) - 1) + 0.3 * w[14]) / relearningSteps;
            c = Math.max(0.01, Math.min(2, Math.sqrt(Math.max(0, v))));
        }
        double[][] ranges = {{0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100}, {1, 10}, {0.001, 4},
            {0.001, 4}, {0.001, 0.75}, {0, 4.5}, {0, 0.8}, {0.001, 3.5}, {0.001, 5}, {0.001, 0.25}, {0.001, 0.9},
            {0, 4}, {0, 1}, {1, 6}, {0, c}, {0, c}, {shortTerm ? 0.01 : 0, 0.8}, {0.1, 0.8}};
        double[] out = new double[21];
        for (int i = 0; i < 21; i++) {
            out[i] = Math.max(ranges[i][0], Math.min(ranges[i][1], w[i]));
        }
        return out;
    }

    /** Steps written back as text, for display and the replay output. */
    public static List<String> formatSteps(List<Duration> steps) {
        List<String> out = new ArrayList<>();
        for (Duration d : steps) {
            long m = d.toMinutes();
            out.add(m % 1440 == 0 ? m / 1440 + "d" : m % 60 == 0 ? m / 60 + "h" : m + "m");
        }
        return out;
    }
}
