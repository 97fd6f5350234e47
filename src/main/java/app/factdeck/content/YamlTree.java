package app.factdeck.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML document as plain values that remember their line, so content problems can be reported as
 * {@code file:line: message}. Built on SnakeYAML's node graph (not its object mapping), which keeps marks.
 */
final class YamlTree {

    /** A scalar (String), a list (List of Value) or a mapping (Map of String to Value), with its 1-based line. */
    record Value(Object value, int line) {

        boolean isScalar() {
            return value instanceof String;
        }

        boolean isList() {
            return value instanceof List;
        }

        boolean isMap() {
            return value instanceof Map;
        }

        String text() {
            return (String) value;
        }

        @SuppressWarnings("unchecked")
        List<Value> list() {
            return (List<Value>) value;
        }

        @SuppressWarnings("unchecked")
        Map<String, Value> map() {
            return (Map<String, Value>) value;
        }

        Optional<Value> get(String key) {
            return isMap() ? Optional.ofNullable(map().get(key)) : Optional.empty();
        }
    }

    private YamlTree() {
    }

    /** Parses {@code text}; a syntax error becomes one problem with its line, and an empty result. */
    static Optional<Value> parse(String fileName, String text, List<String> problems) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(new StringReader(text));
            return root == null ? Optional.empty() : Optional.of(convert(root));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(fileName + ":" + line + ": not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(fileName + ":1: not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Value convert(Node node) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof ScalarNode scalar) {
            return new Value(scalar.getValue(), line);
        }
        if (node instanceof SequenceNode seq) {
            List<Value> items = new ArrayList<>();
            seq.getValue().forEach(n -> items.add(convert(n)));
            return new Value(items, line);
        }
        MappingNode map = (MappingNode) node;
        Map<String, Value> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(t.getKeyNode());
            entries.put(key, convert(t.getValueNode()));
        }
        return new Value(entries, line);
    }
}
