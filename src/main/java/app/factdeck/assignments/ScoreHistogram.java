package app.factdeck.assignments;

import java.util.ArrayList;
import java.util.List;

/**
 * The attempts' scores in ten bands of ten percent, with the geometry of an SVG bar chart that the page draws with
 * plain attributes (no script, no inline style: the Content-Security-Policy allows neither). A score of exactly 100 %
 * falls in the last band, as Moodle's report does.
 *
 * @param bars  one per band, lowest first
 * @param width the chart's view box width; its height is {@link #HEIGHT}
 */
public record ScoreHistogram(List<Bar> bars, int width, int tallest) {

    public static final int BANDS = 10;
    public static final int HEIGHT = 160;
    /** Room under the bars for the band labels and above them for the counts. */
    static final int AXIS = 24;
    static final int TOP = 18;
    static final int BAR_WIDTH = 40;
    static final int GAP = 8;

    /**
     * @param label  "0–10", …, "90–100"
     * @param count  how many scores fall in the band
     * @param x      left edge of the bar
     * @param y      top edge of the bar (SVG's y grows downwards)
     * @param height the bar's height, 0 for an empty band
     */
    public record Bar(String label, int count, int x, int y, int height) {
        public int labelX() {
            return x + BAR_WIDTH / 2;
        }

        public int barWidth() {
            return BAR_WIDTH;
        }
    }

    /** @param scores each attempt's score in percent, 0 to 100 */
    public static ScoreHistogram of(List<Double> scores) {
        int[] counts = new int[BANDS];
        for (double s : scores) {
            if (s < 0 || s > 100 || Double.isNaN(s)) {
                throw new IllegalArgumentException("score " + s);
            }
            counts[Math.min(BANDS - 1, (int) Math.floor(s / 10))]++;
        }
        int tallest = 0;
        for (int c : counts) {
            tallest = Math.max(tallest, c);
        }
        int plot = HEIGHT - AXIS - TOP;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < BANDS; i++) {
            int h = tallest == 0 ? 0 : (int) Math.round((double) counts[i] * plot / tallest);
            int x = GAP + i * (BAR_WIDTH + GAP);
            bars.add(new Bar(i * 10 + "–" + (i + 1) * 10, counts[i], x, HEIGHT - AXIS - h, h));
        }
        return new ScoreHistogram(bars, GAP + BANDS * (BAR_WIDTH + GAP), tallest);
    }

    public int height() {
        return HEIGHT;
    }

    /** Where the band labels sit. */
    public int labelY() {
        return HEIGHT - AXIS / 3;
    }

    /** A sentence for screen readers: the chart's data in words. */
    public String description() {
        StringBuilder b = new StringBuilder("Scores: ");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            b.append(bar.count()).append(" in ").append(bar.label()).append(" %");
            b.append(i < bars.size() - 1 ? "; " : ".");
        }
        return b.toString();
    }
}
