package app.factdeck.assignments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Quiz statistics as Moodle's quiz statistics report computes them (core_question's questions calculator and
 * quiz_statistics' calculator; the formulas are described in Moodle's developer docs, "Quiz statistics
 * calculations"). Pure: it takes the marks of the attempts that count and returns numbers.
 *
 * <p>Per question, over the attempts that held it: facility index (mean mark as a percentage of the question's
 * maximum), standard deviation (sample, as a percentage of the maximum), random guess score, intended weight,
 * effective weight, discrimination index (the correlation of the question's mark with the rest of the test) and
 * discriminative efficiency (that covariance as a percentage of the largest covariance the two mark distributions
 * allow). One deliberate difference: Moodle correlates a randomly drawn question with the attempt's whole total, which
 * includes the question's own mark; here every question, fixed or drawn, is correlated with the rest of the test.
 *
 * <p>For the whole test: mean, median, standard deviation, skewness and kurtosis of the attempts' totals (in
 * percent of the maximum), the coefficient of internal consistency (Cronbach's alpha over the positions of the
 * test), the error ratio and the standard error. A figure that the data cannot give (one attempt, no variance) is
 * null, never a made-up zero.
 */
public final class ItemAnalysis {

    /** Below this many attempts a teacher sees why there are no statistics, not noise. */
    public static final int MIN_ATTEMPTS = 3;
    /** Moodle's report marks a discriminative efficiency below this as a question to look at. */
    public static final double LOW_EFFICIENCY = 15.0;

    /** One question's mark in one attempt; position is 1-based, marks are in the question's own units. */
    public record Mark(String questionId, int position, double mark, double maxMark) {
        public Mark {
            Objects.requireNonNull(questionId);
            if (maxMark <= 0 || mark < 0 || mark > maxMark) {
                throw new IllegalArgumentException("mark " + mark + " of " + maxMark);
            }
        }
    }

    /** The marks of one attempt, one per question it held. */
    public record Attempt(long id, List<Mark> marks) {
        public Attempt {
            marks = List.copyOf(marks);
        }

        double total() {
            return marks.stream().mapToDouble(Mark::mark).sum();
        }

        double maxTotal() {
            return marks.stream().mapToDouble(Mark::maxMark).sum();
        }
    }

    /**
     * @param facility                 mean mark, percent of the maximum
     * @param sd                       sample standard deviation of the mark, percent of the maximum
     * @param randomGuess              what a random guess scores, percent
     * @param intendedWeight           the question's maximum as a percent of the test's maximum
     * @param effectiveWeight          its share of the spread of totals, percent; null when its covariance is negative
     * @param discriminationIndex      100 × correlation of its mark with the rest of the test
     * @param discriminativeEfficiency 100 × that covariance over the largest one possible
     */
    public record QuestionStats(String questionId, int attempts, double facility, Double sd, Double randomGuess,
                                double intendedWeight, Double effectiveWeight, Double discriminationIndex,
                                Double discriminativeEfficiency) {

        /** Negative discrimination, or an efficiency below {@link #LOW_EFFICIENCY}: worth a teacher's look. */
        public boolean dubious() {
            return discriminationIndex != null && discriminationIndex < 0
                    || discriminativeEfficiency != null && discriminativeEfficiency < LOW_EFFICIENCY;
        }
    }

    /** The whole test's figures; mean, median, sd and standard error in percent of the test's maximum. */
    public record TestStats(int attempts, double mean, double median, Double sd, Double skewness, Double kurtosis,
                            Double internalConsistency, Double errorRatio, Double standardError) {
    }

    public record Result(TestStats test, List<QuestionStats> questions) {
    }

    private ItemAnalysis() {
    }

    /**
     * @param attempts    the attempts that count (by default each student's first); every attempt has the same
     *                    maximum total (the same number of questions)
     * @param randomGuess each question's random guess score in percent, absent when unknown
     */
    public static Result of(List<Attempt> attempts, Map<String, Double> randomGuess) {
        if (attempts.isEmpty()) {
            return new Result(null, List.of());
        }
        double maxTotal = attempts.get(0).maxTotal();
        for (Attempt a : attempts) {
            if (Math.abs(a.maxTotal() - maxTotal) > 1e-9) {
                throw new IllegalArgumentException("attempt " + a.id() + " is out of " + a.maxTotal() + ", not "
                        + maxTotal);
            }
        }
        return new Result(test(attempts, maxTotal), questions(attempts, randomGuess, maxTotal));
    }

    // --- per question --------------------------------------------------------------------------------------------

    private static List<QuestionStats> questions(List<Attempt> attempts, Map<String, Double> randomGuess,
                                                 double maxTotal) {
        // Each question's marks and the rest of the test in the same attempts, in attempt order.
        Map<String, List<double[]>> pairs = new LinkedHashMap<>();
        Map<String, Double> maxOf = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            double total = a.total();
            for (Mark m : a.marks()) {
                pairs.computeIfAbsent(m.questionId(), k -> new ArrayList<>())
                        .add(new double[] {m.mark(), total - m.mark(), total});
                maxOf.put(m.questionId(), m.maxMark());
            }
        }
        Map<String, Double> covarianceWithTotal = new LinkedHashMap<>();
        double sumOfRoots = 0;
        for (Map.Entry<String, List<double[]>> e : pairs.entrySet()) {
            List<double[]> p = e.getValue();
            Double c = p.size() > 1 ? covariance(column(p, 0), column(p, 2)) : null;
            covarianceWithTotal.put(e.getKey(), c);
            if (c != null && c >= 0) {
                sumOfRoots += Math.sqrt(c);
            }
        }
        List<QuestionStats> out = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : pairs.entrySet()) {
            String id = e.getKey();
            double max = maxOf.get(id);
            double[] mark = column(e.getValue(), 0);
            double[] rest = column(e.getValue(), 1);
            int s = mark.length;
            double facility = 100 * mean(mark) / max;
            Double sd = null;
            Double discrimination = null;
            Double efficiency = null;
            if (s > 1) {
                double markVariance = variance(mark);
                double restVariance = variance(rest);
                double cov = covariance(mark, rest);
                sd = 100 * Math.sqrt(markVariance) / max;
                if (markVariance * restVariance != 0) {
                    discrimination = 100 * cov / Math.sqrt(markVariance * restVariance);
                }
                // The largest covariance two such distributions allow pairs the smallest mark with the smallest rest.
                double[] sortedMark = mark.clone();
                double[] sortedRest = rest.clone();
                java.util.Arrays.sort(sortedMark);
                java.util.Arrays.sort(sortedRest);
                double covMax = covariance(sortedMark, sortedRest);
                if (covMax != 0) {
                    efficiency = 100 * cov / covMax;
                }
            }
            Double c = covarianceWithTotal.get(id);
            Double effective = sumOfRoots == 0 || c == null || c < 0 ? null : 100 * Math.sqrt(c) / sumOfRoots;
            out.add(new QuestionStats(id, s, facility, sd, randomGuess.get(id), 100 * max / maxTotal, effective,
                    discrimination, efficiency));
        }
        return out;
    }

    // --- the whole test ------------------------------------------------------------------------------------------

    private static TestStats test(List<Attempt> attempts, double maxTotal) {
        int s = attempts.size();
        double[] totals = attempts.stream().mapToDouble(Attempt::total).toArray();
        double mean = mean(totals);
        double[] sorted = totals.clone();
        java.util.Arrays.sort(sorted);
        double median = s % 2 == 1 ? sorted[s / 2] : (sorted[s / 2 - 1] + sorted[s / 2]) / 2;
        Double sd = null;
        Double skewness = null;
        Double kurtosis = null;
        Double alpha = null;
        Double errorRatio = null;
        Double standardError = null;
        if (s > 1) {
            double p2 = 0;
            double p3 = 0;
            double p4 = 0;
            for (double t : totals) {
                double d = t - mean;
                p2 += d * d;
                p3 += d * d * d;
                p4 += d * d * d * d;
            }
            sd = Math.sqrt(p2 / (s - 1));
            if (s > 2) {
                // Fisher's k-statistics, as Moodle: unbiased estimates of the second to fourth cumulants.
                double m2 = p2 / s;
                double m3 = p3 / s;
                double m4 = p4 / s;
                double k2 = s * m2 / (s - 1);
                double k3 = (double) s * s * m3 / ((s - 1.0) * (s - 2.0));
                if (k2 != 0) {
                    skewness = k3 / Math.pow(k2, 1.5);
                    if (s > 3) {
                        double k4 = (double) s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)
                                / ((s - 1.0) * (s - 2.0) * (s - 3.0));
                        kurtosis = k4 / (k2 * k2);
                    }
                    int positions = positions(attempts);
                    if (positions > 1) {
                        alpha = 100.0 * positions / (positions - 1) * (1 - positionVariances(attempts) / k2);
                        if (alpha <= 100) {
                            errorRatio = 100 * Math.sqrt(1 - alpha / 100);
                            standardError = errorRatio * sd / 100;
                        }
                    }
                }
            }
        }
        double toPercent = 100 / maxTotal;
        return new TestStats(s, mean * toPercent, median * toPercent, sd == null ? null : sd * toPercent, skewness,
                kurtosis, alpha, errorRatio, standardError == null ? null : standardError * toPercent);
    }

    private static int positions(List<Attempt> attempts) {
        return (int) attempts.stream().flatMap(a -> a.marks().stream()).mapToInt(Mark::position).distinct().count();
    }

    /** The sum over the test's positions of the variance of the mark at that position (Moodle's sum of mark variance). */
    private static double positionVariances(List<Attempt> attempts) {
        Map<Integer, List<Double>> byPosition = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            for (Mark m : a.marks()) {
                byPosition.computeIfAbsent(m.position(), k -> new ArrayList<>()).add(m.mark());
            }
        }
        double sum = 0;
        for (List<Double> marks : byPosition.values()) {
            if (marks.size() > 1) {
                sum += variance(marks.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return sum;
    }

    // --- arithmetic ----------------------------------------------------------------------------------------------

    private static double[] column(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(r -> r[i]).toArray();
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Sample variance (n − 1), as Moodle. */
    static double variance(double[] x) {
        return covariance(x, x);
    }

    /** Sample covariance (n − 1), as Moodle. */
    static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }
}
