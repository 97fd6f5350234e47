package app.factdeck.study.fsrs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * When a study day starts: at {@code rolloverHour} in {@code zone} (Anki's "next day starts at", 4 am by
 * default), so a late-night session still counts as the evening's day. FSRS's elapsed days are whole study
 * days between two reviews; {@link #UTC_MIDNIGHT} gives ts-fsrs's UTC calendar dates (the reference vectors).
 */
public record StudyDay(ZoneId zone, int rolloverHour) {

    public static final StudyDay UTC_MIDNIGHT = new StudyDay(ZoneOffset.UTC, 0);

    public StudyDay {
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("The day rolls over at an hour 0–23, not " + rolloverHour + ".");
        }
    }

    /** The study day an instant falls on. */
    public LocalDate dayOf(Instant t) {
        return t.atZone(zone).minusHours(rolloverHour).toLocalDate();
    }

    /** Whole study days from {@code earlier} to {@code later}; never negative, even if a clock went back. */
    public int daysBetween(Instant earlier, Instant later) {
        long days = dayOf(later).toEpochDay() - dayOf(earlier).toEpochDay();
        return (int) Math.max(0, days);
    }

    /** When {@code day} starts: its date at the rollover hour in the zone. */
    public Instant start(LocalDate day) {
        return ZonedDateTime.of(day.atTime(rolloverHour, 0), zone).toInstant();
    }

    /** When the study day holding {@code t} ends (the next day's start). */
    public Instant endOfDay(Instant t) {
        return start(dayOf(t).plusDays(1));
    }
}
