package app.factdeck.assignments;

import java.time.ZoneId;
import java.util.List;

/** The time zones a teacher chooses from: the region/city ones (no legacy aliases such as "US/Pacific" or "Etc/GMT+3"). */
final class Zones {

    static final List<String> LISTED = java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream()
                    .filter(z -> z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
                    .sorted()).toList();

    /** The list with {@code zone} in it (first), when it is a zone the list leaves out (the server's "Etc/UTC"). */
    static List<String> with(String zone) {
        if (zone.isEmpty() || LISTED.contains(zone)) {
            return LISTED;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(zone), LISTED.stream()).toList();
    }

    private Zones() {
    }
}
