package app.factdeck.teaching;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How long ago something happened, as a teacher glancing at a class reads it; pure (the time is passed in).
 *
 * <pre>{@code
 * Ago.since(now.minusSeconds(7200), now)   // "2 hours ago"
 * Ago.since(now.minus(40, DAYS), now)      // "on 22 Oct 2026"
 * }</pre>
 */
final class Ago {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Ago() {
    }

    static String since(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            // A clock a little behind another server's is "just now", never "in the future".
            return "just now";
        }
        if (d.toHours() < 1) {
            return plural(d.toMinutes(), "minute") + " ago";
        }
        if (d.toDays() < 1) {
            return plural(d.toHours(), "hour") + " ago";
        }
        if (d.toDays() < 14) {
            return plural(d.toDays(), "day") + " ago";
        }
        return "on " + DATE.format(then);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
