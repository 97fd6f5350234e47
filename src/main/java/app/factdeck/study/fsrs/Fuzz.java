package app.factdeck.study.fsrs;

/**
 * Interval fuzz: cards learnt together would otherwise stay due together forever. Only the range is part of
 * the reference (Anki and ts-fsrs each draw from it with their own random source); ours is seeded per card and
 * review so that the interval a button shows is the interval it gives.
 */
public final class Fuzz {

    private Fuzz() {
    }

    /** The inclusive range of fuzzed intervals {min, max}, in days. */
    public static int[] range(double interval, int elapsedDays, int maximumInterval) {
        double delta = 1.0
                + 0.15 * Math.max(Math.min(interval, 7) - 2.5, 0)
                + 0.10 * Math.max(Math.min(interval, 20) - 7, 0)
                + 0.05 * Math.max(interval - 20, 0);
        double capped = Math.min(interval, maximumInterval);
        long min = Math.max(2, Math.round(capped - delta));
        long max = Math.min(Math.round(capped + delta), maximumInterval);
        if (capped > elapsedDays) {
            min = Math.max(min, elapsedDays + 1L);
        }
        min = Math.min(min, max);
        return new int[] {(int) min, (int) max};
    }

    /**
     * The fuzzed interval for a uniform {@code u} in [0, 1); intervals under 2.5 days are left alone.
     */
    public static int apply(int interval, int elapsedDays, int maximumInterval, double u) {
        if (interval < 2.5) {
            return interval;
        }
        int[] r = range(interval, elapsedDays, maximumInterval);
        return (int) Math.floor(u * (r[1] - r[0] + 1) + r[0]);
    }

    /** A uniform value in [0, 1) from a seed (SplitMix64), the same for the same seed on every machine. */
    public static double uniform(long seed) {
        long z = seed + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
