package app.factdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package of the app refers to which, read from the sources: imports, static imports and fully qualified
 * names in code (comments and string literals left out). Sources rather than class files, because a constant
 * another package defines ({@code ThymeleafRenderer.SIGNUP_OPEN}) is copied into the class that uses it, so its
 * class file no longer names the package it came from.
 *
 * <pre>{@code
 * PackageGraph g = PackageGraph.ofSources(Path.of("src/main/java"), "app.factdeck");
 * g.targets("app.factdeck.web");   // {app.factdeck.db}
 * g.cycles();                      // [[app.factdeck, app.factdeck.cli]]
 * }</pre>
 */
public final class PackageGraph {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private final String root;
    private final Pattern reference;
    /** package → package it refers to → the files (relative paths) that do. */
    private final Map<String, Map<String, SortedSet<String>>> edges = new TreeMap<>();

    private PackageGraph(String root) {
        this.root = root;
        // A package is its lower-case segments; the reference goes on with a class name (upper case) or ".*".
        this.reference = Pattern.compile("\\b" + Pattern.quote(root) + "((?:\\.[a-z_][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");
    }

    /** Every {@code .java} file under {@code sources} whose package is {@code root} or under it. */
    public static PackageGraph ofSources(Path sources, String root) {
        PackageGraph graph = new PackageGraph(root);
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                graph.add(sources.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Adds one source file; {@code name} is how messages name it. */
    public void add(String name, String source) {
        String code = codeOnly(source);
        Matcher p = PACKAGE.matcher(code);
        if (!p.find()) {
            return; // the default package: not the app's
        }
        String from = p.group(1);
        if (!from.equals(root) && !from.startsWith(root + ".")) {
            return;
        }
        edges.computeIfAbsent(from, k -> new TreeMap<>());
        Matcher m = reference.matcher(code);
        while (m.find()) {
            String to = root + m.group(1);
            if (!to.equals(from)) {
                edges.get(from).computeIfAbsent(to, k -> new TreeSet<>()).add(name);
                edges.computeIfAbsent(to, k -> new TreeMap<>());
            }
        }
    }

    public SortedSet<String> packages() {
        return new TreeSet<>(edges.keySet());
    }

    /** The packages {@code from} refers to. */
    public SortedSet<String> targets(String from) {
        return new TreeSet<>(edges.getOrDefault(from, Map.of()).keySet());
    }

    /** The files of {@code from} that refer to {@code to}. */
    public SortedSet<String> filesReferring(String from, String to) {
        return edges.getOrDefault(from, Map.of()).getOrDefault(to, new TreeSet<>());
    }

    /**
     * Every cycle: each set of packages that all reach one another (a strongly connected component of two or more
     * packages, found with Tarjan's algorithm), sorted.
     */
    public List<SortedSet<String>> cycles() {
        Tarjan t = new Tarjan();
        for (String p : edges.keySet()) {
            if (!t.index.containsKey(p)) {
                t.visit(p);
            }
        }
        t.components.sort((a, b) -> a.first().compareTo(b.first()));
        return t.components;
    }

    /** A cycle as its edges with the files behind each, for a failure message. */
    public String describe(SortedSet<String> cycle) {
        StringBuilder s = new StringBuilder();
        for (String from : cycle) {
            for (String to : targets(from)) {
                if (cycle.contains(to)) {
                    s.append("\n  ").append(from).append(" -> ").append(to).append(" (")
                            .append(String.join(", ", filesReferring(from, to))).append(')');
                }
            }
        }
        return s.toString();
    }

    private final class Tarjan {
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new java.util.HashSet<>();
        final List<SortedSet<String>> components = new ArrayList<>();

        void visit(String p) {
            index.put(p, index.size());
            low.put(p, index.get(p));
            stack.push(p);
            onStack.add(p);
            for (String q : targets(p)) {
                if (!index.containsKey(q)) {
                    visit(q);
                    low.put(p, Math.min(low.get(p), low.get(q)));
                } else if (onStack.contains(q)) {
                    low.put(p, Math.min(low.get(p), index.get(q)));
                }
            }
            if (low.get(p).equals(index.get(p))) {
                SortedSet<String> component = new TreeSet<>();
                String q;
                do {
                    q = stack.pop();
                    onStack.remove(q);
                    component.add(q);
                } while (!q.equals(p));
                if (component.size() > 1) {
                    components.add(component);
                }
            }
        }
    }

    /**
     * The source with comments and the contents of string, text-block and character literals blanked out, so
     * that a package named in Javadoc or in a message is not taken for a reference.
     */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
