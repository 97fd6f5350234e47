package app.factdeck.study;

import app.factdeck.study.fsrs.FsrsParameters;
import app.factdeck.study.fsrs.StudyDay;
import java.time.ZoneId;

/**
 * A student's study settings.
 *
 * @param newCardsPerDay    how many never-studied cards a day brings, across all decks
 * @param desiredRetention  the recall probability reviews aim for, 0.70–0.97
 * @param maximumInterval   the longest gap between reviews, in days
 * @param zone              the student's time zone
 * @param dayStartsAt       the hour (0–23) a new study day starts, 4 by default as in Anki
 */
public record StudySettings(int newCardsPerDay, double desiredRetention, int maximumInterval, ZoneId zone,
                            int dayStartsAt) {

    public static final StudySettings DEFAULTS = new StudySettings(20, 0.90, FsrsParameters.MAX_INTERVAL,
            ZoneId.of("UTC"), 4);
    public static final int MAX_NEW_CARDS_PER_DAY = 1000;

    public StudyDay studyDay() {
        return new StudyDay(zone, dayStartsAt);
    }

    public FsrsParameters parameters(boolean fuzz) {
        return FsrsParameters.defaults().withDesiredRetention(desiredRetention).withMaximumInterval(maximumInterval)
                .withFuzz(fuzz);
    }
}
