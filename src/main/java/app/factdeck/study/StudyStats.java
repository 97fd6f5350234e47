package app.factdeck.study;

import app.factdeck.study.CardStateRepository.LoggedReview;
import app.factdeck.study.CardStateRepository.StoredCard;
import app.factdeck.study.fsrs.CardState;
import app.factdeck.study.fsrs.StudyDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The flashcard part of the progress dashboard. Pure: computed from the student's cards and review log.
 *
 * @param dueToday       cards to study before the study day ends (overdue included)
 * @param reviewedToday  reviews given since the study day started
 * @param passed         of the last 30 days' reviews of graduated (review-state) cards, those not rated Again
 * @param reviewed       the last 30 days' reviews of graduated cards: true retention is passed / reviewed
 * @param forecast       cards falling due on each of the next 30 study days, today (with overdue) first
 */
public record StudyStats(int dueToday, int reviewedToday, int passed, int reviewed, int studiedCards, int totalCards,
                         List<ForecastDay> forecast) {

    public static final int FORECAST_DAYS = 30;
    public static final Duration RETENTION_WINDOW = Duration.ofDays(30);

    /** One bar of the forecast chart; x/y/height are in the SVG's 0–300 × 0–100 box. */
    public record ForecastDay(LocalDate date, int count, int x, int y, int height, String label) {
    }

    public OptionalDouble trueRetention() {
        return reviewed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passed / reviewed);
    }

    /** "92 %" or a dash before any graduated card has been reviewed. */
    public String trueRetentionText() {
        return trueRetention().isEmpty() ? "—" : Math.round(trueRetention().getAsDouble() * 100) + " %";
    }

    public int forecastTotal() {
        return forecast.stream().mapToInt(ForecastDay::count).sum();
    }

    public static StudyStats of(Collection<StoredCard> studied, List<LoggedReview> recentReviews, int totalCards,
                                Instant now, StudyDay day) {
        LocalDate today = day.dayOf(now);
        Instant dayStart = day.start(today);
        int dueToday = (int) studied.stream().filter(s -> !day.dayOf(s.card().due()).isAfter(today)).count();
        int reviewedToday = (int) recentReviews.stream().filter(r -> !r.reviewedAt().isBefore(dayStart)).count();
        Instant windowStart = now.minus(RETENTION_WINDOW);
        List<LoggedReview> graduated = recentReviews.stream()
                .filter(r -> r.stateBefore() == CardState.REVIEW && !r.reviewedAt().isBefore(windowStart)).toList();
        int passed = (int) graduated.stream().filter(r -> r.rating().passed()).count();

        int[] counts = new int[FORECAST_DAYS];
        for (StoredCard s : studied) {
            long offset = Math.max(0, day.dayOf(s.card().due()).toEpochDay() - today.toEpochDay());
            if (offset < FORECAST_DAYS) {
                counts[(int) offset]++;
            }
        }
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
        List<ForecastDay> forecast = new ArrayList<>();
        for (int i = 0; i < FORECAST_DAYS; i++) {
            int height = counts[i] == 0 ? 0 : Math.max(2, Math.round(100f * counts[i] / max));
            LocalDate date = today.plusDays(i);
            String when = i == 0 ? "Today" : i == 1 ? "Tomorrow" : shown.format(date);
            forecast.add(new ForecastDay(date, counts[i], i * 10 + 1, 100 - height, height,
                    when + ": " + counts[i] + (counts[i] == 1 ? " card" : " cards")));
        }
        return new StudyStats(dueToday, reviewedToday, passed, graduated.size(), studied.size(), totalCards,
                List.copyOf(forecast));
    }
}
