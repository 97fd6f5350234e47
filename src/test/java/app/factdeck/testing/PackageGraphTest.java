package app.factdeck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The dependency reader the architecture test relies on, on hand-made sources. */
class PackageGraphTest {

    @Test
    void importsStaticImportsAndQualifiedNamesAreReferences() {
        PackageGraph g = graph(
                "package x.web;\nimport x.db.Database;\nimport static x.util.Texts.cut;\nclass A {\n"
                        + "  Object o = x.accounts.WebSessions.ACCOUNT;\n  x.study.fsrs.Rating r;\n}",
                "package x.db;\nclass Database {}");
        assertEquals(new TreeSet<>(Set.of("x.db", "x.util", "x.accounts", "x.study.fsrs")), g.targets("x.web"));
        assertEquals(Set.of("A.java"), g.filesReferring("x.web", "x.accounts"));
    }

    @Test
    void commentsAndStringsAreNotReferences() {
        PackageGraph g = graph("package x.web;\n/** Unlike {@link x.accounts.Account}, … */\nclass A {\n"
                + "  // x.quizzes.Grader would be wrong here\n  String s = \"x.content.Article\";\n"
                + "  char q = '\"'; String t = \"\"\"\n    x.study.Deck \"quoted\"\n    \"\"\";\n"
                + "  x.db.Database d;\n}");
        assertEquals(new TreeSet<>(Set.of("x.db")), g.targets("x.web"));
    }

    @Test
    void aWildcardImportAndTheRootPackageCount() {
        PackageGraph g = graph("package x.cli;\nimport x.web.*;\nimport x.App;\nclass C {}");
        assertEquals(new TreeSet<>(Set.of("x", "x.web")), g.targets("x.cli"));
    }

    @Test
    void everyCycleIsFoundAndAChainIsNone() {
        PackageGraph g = graph(
                "package x.a;\nclass A { x.b.B b; }", "package x.b;\nclass B { x.c.C c; }",
                "package x.c;\nclass C { x.a.A a; x.d.D d; }", "package x.d;\nclass D { x.e.E e; }",
                "package x.e;\nclass E { x.d.D d; }", "package x.f;\nclass F { x.a.A a; }");
        List<SortedSet<String>> cycles = g.cycles();
        assertEquals(List.of(new TreeSet<>(Set.of("x.a", "x.b", "x.c")), new TreeSet<>(Set.of("x.d", "x.e"))),
                cycles);
        assertTrue(g.describe(cycles.get(1)).contains("x.d -> x.e (D.java)"), g.describe(cycles.get(1)));
    }

    @Test
    void packagesOutsideTheRootAreLeftOut() {
        PackageGraph g = graph("package other;\nclass O { x.a.A a; }", "package x.a;\nclass A { other.O o; }");
        assertEquals(new TreeSet<>(Set.of("x.a")), g.packages());
        assertTrue(g.targets("x.a").isEmpty());
    }

    private static PackageGraph graph(String... sources) {
        PackageGraph g = PackageGraph.ofSources(emptyDir(), "x");
        for (String s : sources) {
            String cls = s.replaceAll("(?s).*?class (\\w+).*", "$1");
            g.add(cls + ".java", s);
        }
        return g;
    }

    private static java.nio.file.Path emptyDir() {
        try {
            return java.nio.file.Files.createTempDirectory("package-graph");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
