package app.factdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.PackageGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the packages of src/main/java may depend on one another. The web plumbing reads no feature (as PetClinic's
 * {@code system/}): features depend on it, so a feature it read would close a cycle. Cycles among the other
 * packages are listed here, so a new one fails the build with the files that make it.
 */
class ArchitectureTest {

    private static final PackageGraph GRAPH = PackageGraph.ofSources(Path.of("src/main/java"), "app.factdeck");

    /**
     * The cycles the code has today, to be taken apart one by one (remove a line here when its cycle is gone):
     * the composition root starts the command line, whose {@code serve} starts the composition root.
     */
    private static final List<Set<String>> KNOWN_CYCLES = List.of(Set.of("app.factdeck", "app.factdeck.cli"));

    @Test
    void theSourcesAreRead() {
        // Against a wrong working directory or pattern, which would pass every rule below on an empty graph.
        assertTrue(GRAPH.packages().containsAll(Set.of("app.factdeck.web", "app.factdeck.accounts",
                "app.factdeck.study.fsrs")), GRAPH.packages().toString());
        assertTrue(GRAPH.targets("app.factdeck.accounts").contains("app.factdeck.web"));
    }

    @Test
    void theWebPlumbingReadsNoFeature() {
        SortedSet<String> features = new TreeSet<>(GRAPH.targets("app.factdeck.web"));
        features.remove("app.factdeck.db"); // plumbing too: its exception is mapped to a page
        assertTrue(features.isEmpty(), () -> "app.factdeck.web must not read a feature package; it reads "
                + features.stream().map(f -> f + " in " + GRAPH.filesReferring("app.factdeck.web", f))
                .collect(Collectors.joining("; "))
                + ". Pass what a page needs in a web type (as Viewer) that the feature sets.");
    }

    @Test
    void noPackageCyclesButTheKnownOnes() {
        List<SortedSet<String>> cycles = GRAPH.cycles();
        String report = cycles.stream().map(c -> c + ":" + GRAPH.describe(c)).collect(Collectors.joining("\n"));
        System.out.println("Package cycles in src/main/java:\n" + (report.isEmpty() ? "none" : report));
        assertEquals(Set.copyOf(KNOWN_CYCLES), cycles.stream().map(Set::copyOf).collect(Collectors.toSet()),
                "The package cycles changed. Break a new one (move the shared type to the package both use, or "
                + "pass it in); drop a cycle that is gone from KNOWN_CYCLES. Now:\n" + report);
    }
}
