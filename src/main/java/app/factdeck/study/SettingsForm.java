package app.factdeck.study;

import app.factdeck.study.fsrs.FsrsParameters;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The study settings form: the typed values, and a message beside each field that cannot be used.
 *
 * @param values what the student typed, by field name, to put back in the form
 */
public record SettingsForm(Map<String, String> values, Map<String, String> errors) {

    public static final String NEW_CARDS = "newCardsPerDay";
    public static final String RETENTION = "desiredRetention";
    public static final String MAX_INTERVAL = "maximumInterval";
    public static final String ZONE = "timeZone";
    public static final String DAY_STARTS = "dayStartsAt";

    public static SettingsForm of(StudySettings s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(NEW_CARDS, String.valueOf(s.newCardsPerDay()));
        v.put(RETENTION, String.format(Locale.ROOT, "%.2f", s.desiredRetention()));
        v.put(MAX_INTERVAL, String.valueOf(s.maximumInterval()));
        // Settings saved before UTC was named so were stored as the offset "Z"; people read "UTC".
        v.put(ZONE, s.zone().equals(java.time.ZoneOffset.UTC) ? "UTC" : s.zone().getId());
        v.put(DAY_STARTS, String.valueOf(s.dayStartsAt()));
        return new SettingsForm(v, Map.of());
    }

    /** Reads the typed values; {@link #settings()} is present only when every field is usable. */
    public static SettingsForm read(Map<String, String> typed) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : new String[] {NEW_CARDS, RETENTION, MAX_INTERVAL, ZONE, DAY_STARTS}) {
            v.put(f, Optional.ofNullable(typed.get(f)).orElse("").strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        integer(v.get(NEW_CARDS), 0, StudySettings.MAX_NEW_CARDS_PER_DAY).ifPresentOrElse(x -> { }, () ->
                errors.put(NEW_CARDS, "Enter a whole number of new cards per day from 0 to "
                        + StudySettings.MAX_NEW_CARDS_PER_DAY + ", e.g. 20."));
        retentionError(v.get(RETENTION)).ifPresent(message -> errors.put(RETENTION, message));
        integer(v.get(MAX_INTERVAL), 1, FsrsParameters.MAX_INTERVAL).ifPresentOrElse(x -> { }, () ->
                errors.put(MAX_INTERVAL, "Enter the longest interval in whole days from 1 to "
                        + FsrsParameters.MAX_INTERVAL + ", e.g. 36500."));
        zone(v.get(ZONE)).ifPresentOrElse(x -> { }, () ->
                errors.put(ZONE, (v.get(ZONE).length() > MAX_ZONE_LENGTH ? "That is not a time zone."
                        : "'" + v.get(ZONE) + "' is not a time zone.") + " Use a name such as Europe/Kyiv, "
                        + "America/New_York or UTC."));
        integer(v.get(DAY_STARTS), 0, 23).ifPresentOrElse(x -> { }, () ->
                errors.put(DAY_STARTS, "Enter the hour a new study day starts, from 0 to 23 (4 means 4 am)."));
        return new SettingsForm(v, Map.copyOf(errors));
    }

    public Optional<StudySettings> settings() {
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StudySettings(integer(values.get(NEW_CARDS), 0, Integer.MAX_VALUE).orElseThrow(),
                retention(values.get(RETENTION)).orElseThrow(), integer(values.get(MAX_INTERVAL), 1, Integer.MAX_VALUE).orElseThrow(),
                zone(values.get(ZONE)).orElseThrow(), integer(values.get(DAY_STARTS), 0, 23).orElseThrow()));
    }

    /** Digits only, at most nine: {@code Integer.parseInt} would also take "+5" and non-Latin digits. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    /** A decimal fraction such as 0.9 or 0,90, or a per cent written with its sign, such as 90 %. */
    private static final Pattern FRACTION = Pattern.compile("[0-9]{0,3}([.,][0-9]{1,6})?");
    private static final Pattern PER_CENT = Pattern.compile("([0-9]{1,3}([.,][0-9]{1,4})?) ?%");
    /** The longest zone name Java knows is 32 characters; anything much longer is not worth echoing back. */
    private static final int MAX_ZONE_LENGTH = 64;
    private static final String RETENTION_RANGE = "Desired retention is between 0.70 and 0.97, e.g. 0.90.";

    private static Optional<Integer> integer(String s, int min, int max) {
        if (!WHOLE_NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        int x = Integer.parseInt(s);
        return x >= min && x <= max ? Optional.of(x) : Optional.empty();
    }

    /**
     * 0.9 and 0,9 are fractions; 90 % (with its sign) is a per cent. A bare 90 is refused rather than guessed
     * at, because 90 could as well be a slip for 0.90 as for 0.09.
     */
    private static Optional<Double> retention(String s) {
        double x;
        Matcher perCent = PER_CENT.matcher(s);
        if (perCent.matches()) {
            x = Double.parseDouble(perCent.group(1).replace(',', '.')) / 100;
        } else if (FRACTION.matcher(s).matches() && s.chars().anyMatch(Character::isDigit)) {
            x = Double.parseDouble(s.replace(',', '.'));
        } else {
            return Optional.empty();
        }
        x = Math.round(x * 1000) / 1000.0;
        return x >= FsrsParameters.MIN_RETENTION && x <= FsrsParameters.MAX_RETENTION ? Optional.of(x) : Optional.empty();
    }

    /** Says what is wrong with a typed retention, with a hint when it looks like a per cent without its sign. */
    private static Optional<String> retentionError(String s) {
        if (retention(s).isPresent()) {
            return Optional.empty();
        }
        if (WHOLE_NUMBER.matcher(s).matches() || FRACTION.matcher(s).matches() && s.chars().anyMatch(Character::isDigit)) {
            double x = Double.parseDouble(s.replace(',', '.'));
            double fraction = Math.round(x * 10) / 1000.0;
            if (x > 1 && fraction >= FsrsParameters.MIN_RETENTION && fraction <= FsrsParameters.MAX_RETENTION) {
                String asFraction = String.format(Locale.ROOT, fraction * 100 == Math.rint(fraction * 100) ? "%.2f" : "%.3f",
                        fraction);
                return Optional.of(RETENTION_RANGE + " Write " + asFraction + " for " + s + " %.");
            }
        }
        return Optional.of(RETENTION_RANGE);
    }

    private static Optional<ZoneId> zone(String s) {
        if (s.isEmpty() || s.length() > MAX_ZONE_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(s));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
