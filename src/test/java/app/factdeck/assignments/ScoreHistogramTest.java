package app.factdeck.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {

    @Test
    void scoresFallInTenPercentBandsWithAFullScoreInTheLast() {
        ScoreHistogram h = ScoreHistogram.of(List.of(0.0, 9.99, 10.0, 55.0, 100.0, 95.0, 90.0));
        int[] counts = h.bars().stream().mapToInt(ScoreHistogram.Bar::count).toArray();
        assertEquals(List.of(2, 1, 0, 0, 0, 1, 0, 0, 0, 3), java.util.Arrays.stream(counts).boxed().toList());
        assertEquals("90–100", h.bars().get(9).label());
        assertEquals(3, h.tallest());
    }

    @Test
    void theTallestBarFillsThePlotAndOthersAreInProportion() {
        ScoreHistogram h = ScoreHistogram.of(List.of(5.0, 95.0, 95.0, 95.0, 95.0));
        int plot = ScoreHistogram.HEIGHT - ScoreHistogram.AXIS - ScoreHistogram.TOP;
        assertEquals(plot, h.bars().get(9).height());
        assertEquals(Math.round(plot / 4.0), h.bars().get(0).height());
        // Every bar stands on the same base line.
        for (ScoreHistogram.Bar b : h.bars()) {
            assertEquals(ScoreHistogram.HEIGHT - ScoreHistogram.AXIS, b.y() + b.height());
        }
        assertTrue(h.bars().get(9).x() + ScoreHistogram.BAR_WIDTH <= h.width());
    }

    @Test
    void noScoresDrawNoBarsAndSaySo() {
        ScoreHistogram h = ScoreHistogram.of(List.of());
        assertTrue(h.bars().stream().allMatch(b -> b.height() == 0));
        assertTrue(h.description().startsWith("Scores: 0 in 0–10 %"), h.description());
    }

    @Test
    void aScoreOutsideZeroToHundredIsABug() {
        assertThrows(IllegalArgumentException.class, () -> ScoreHistogram.of(List.of(101.0)));
        assertThrows(IllegalArgumentException.class, () -> ScoreHistogram.of(List.of(Double.NaN)));
    }
}
