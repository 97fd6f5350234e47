package app.factdeck.study.fsrs;

/**
 * The FSRS-6 memory model: pure formulas over 21 weights, no clock and no storage. Formulas and names follow
 * the FSRS-6 reference (ts-fsrs 5.4, fsrs-rs); every function is checked against its reference vectors.
 *
 * <pre>{@code
 * MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT_WEIGHTS, true);
 * MemoryState first = model.next(MemoryState.NONE, 0, Rating.GOOD);   // S 2.3065, D 2.118
 * }</pre>
 */
public final class MemoryModel {

    public static final double S_MIN = 0.001;
    public static final double S_MAX = 36500;

    private final double[] w;
    private final boolean shortTerm;
    private final double decay;
    private final double factor;

    /**
     * @param weights   21 weights (see {@link FsrsParameters#migrateWeights} for older sets)
     * @param shortTerm whether same-day reviews use the short-term stability formula (ts-fsrs
     *                  {@code enable_short_term}); without it they use the long-term formulas with R = 1
     */
    public MemoryModel(double[] weights, boolean shortTerm) {
        if (weights.length != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, not " + weights.length + ".");
        }
        this.w = weights.clone();
        this.shortTerm = shortTerm;
        this.decay = w[20];
        // Chosen so that R(S, S) = 0.9 exactly: stability is the 90 % point whatever the decay.
        this.factor = Math.pow(0.9, -1 / decay) - 1;
    }

    /** Probability of recall after {@code elapsedDays} (fractions allowed) at stability {@code s}. */
    public double retrievability(double elapsedDays, double s) {
        return Math.pow(1 + factor * elapsedDays / s, -decay);
    }

    /** Interval / stability for a desired retention: 1 at 0.9, 3.316 at 0.8 with the default decay. */
    public double intervalModifier(double desiredRetention) {
        return (Math.pow(desiredRetention, -1 / decay) - 1) / factor;
    }

    public double initialStability(Rating g) {
        // fsrs-rs and Anki floor at S_MIN (ts-fsrs at 0.1); the weights' own range starts at 0.001.
        return clamp(w[g.grade() - 1], S_MIN, S_MAX);
    }

    /** Unclamped: the mean-reversion target is D0(Easy) before clamping (negative with the defaults). */
    public double initialDifficultyRaw(Rating g) {
        return w[4] - Math.exp(w[5] * (g.grade() - 1)) + 1;
    }

    public double initialDifficulty(Rating g) {
        return clamp(initialDifficultyRaw(g), 1, 10);
    }

    /** Linear damping towards 10, then a small mean reversion towards D0(Easy). */
    public double nextDifficulty(double d, Rating g) {
        double delta = -w[6] * (g.grade() - 3);
        double damped = d + delta * (10 - d) / 9;
        double reverted = w[7] * initialDifficultyRaw(Rating.EASY) + (1 - w[7]) * damped;
        return clamp(reverted, 1, 10);
    }

    /** Stability after remembering (Hard, Good, Easy) at retrievability r, more than a day after the last review. */
    public double recallStability(double d, double s, double r, Rating g) {
        double hardPenalty = g == Rating.HARD ? w[15] : 1;
        double easyBonus = g == Rating.EASY ? w[16] : 1;
        double grown = s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9])
                * (Math.exp(w[10] * (1 - r)) - 1) * hardPenalty * easyBonus);
        return clamp(grown, S_MIN, S_MAX);
    }

    /** The long-term lapse formula alone, before the cap of {@link #stabilityAfterLapse}. */
    public double forgetStabilityRaw(double d, double s, double r) {
        return w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
    }

    /**
     * Stability after forgetting: the lapse formula, capped so a lapse never raises stability above what a
     * same-day Again would give (S itself when short-term scheduling is off).
     */
    public double stabilityAfterLapse(double d, double s, double r) {
        double cap = shortTerm ? s / Math.exp(w[17] * w[18]) : s;
        return clamp(Math.min(forgetStabilityRaw(d, s, r), cap), S_MIN, S_MAX);
    }

    /** Same-day review. Hard, Good and Easy never lower stability (as fsrs-rs and Anki; py-fsrs floors only G ≥ 3). */
    public double shortTermStability(double s, Rating g) {
        double increase = Math.exp(w[17] * (g.grade() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (g.grade() >= 2) {
            increase = Math.max(increase, 1);
        }
        return clamp(s * increase, S_MIN, S_MAX);
    }

    /** One review: the new memory state after rating {@code g} when {@code elapsedDays} whole days have passed. */
    public MemoryState next(MemoryState before, int elapsedDays, Rating g) {
        if (before.isNone()) {
            return new MemoryState(initialDifficulty(g), initialStability(g));
        }
        return next(before, elapsedDays, g, retrievability(elapsedDays, before.stability()));
    }

    /** As {@link #next(MemoryState, int, Rating)} with the retrievability already known. */
    public MemoryState next(MemoryState before, int elapsedDays, Rating g, double r) {
        if (before.isNone()) {
            return next(before, elapsedDays, g);
        }
        double d = before.difficulty();
        double s = before.stability();
        double stability;
        if (elapsedDays == 0 && shortTerm) {
            stability = shortTermStability(s, g);
        } else if (g == Rating.AGAIN) {
            stability = stabilityAfterLapse(d, s, r);
        } else {
            stability = recallStability(d, s, r, g);
        }
        return new MemoryState(nextDifficulty(d, g), clamp(stability, S_MIN, S_MAX));
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
