package app.factdeck.content;

import app.factdeck.content.YamlTree.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads content/entities.yaml into entities keyed by id; problems read {@code file:line: message}. */
final class EntityParser {

    static final Set<String> TYPES = Set.of("person", "role", "country", "country-group", "organisation", "newspaper",
            "channel", "city", "document", "programme", "measure", "category", "place", "event");
    private static final Set<String> KEYS = Set.of("id", "type", "name", "aliases", "tags", "article", "prefix",
            "members");

    private EntityParser() {
    }

    static Map<String, Entity> parse(String fileName, String text, List<String> problems) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Value root = YamlTree.parse(fileName, text, problems).orElse(null);
        if (root == null) {
            return entities;
        }
        if (!root.isList()) {
            problems.add(fileName + ":" + root.line() + ": entities.yaml is a list of entities, each starting '- id: …'");
            return entities;
        }
        Map<String, String> ownerOfName = new HashMap<>();
        Map<String, Integer> memberLines = new HashMap<>();
        for (Value item : root.list()) {
            if (!item.isMap()) {
                problems.add(fileName + ":" + item.line() + ": each entity is a mapping with id, type and name");
                continue;
            }
            int before = problems.size();
            for (var key : item.map().entrySet()) {
                if (!KEYS.contains(key.getKey())) {
                    problems.add(fileName + ":" + key.getValue().line() + ": unknown key '" + key.getKey()
                            + "'; an entity has id, type, name, aliases, tags, article, prefix, members");
                }
            }
            String id = scalar(fileName, item, "id", problems);
            String type = scalar(fileName, item, "type", problems);
            String name = scalar(fileName, item, "name", problems);
            if (id != null && !ArticleParser.SLUG.matcher(id).matches()) {
                problems.add(fileName + ":" + item.line() + ": entity id '" + id + "' must be lower-case words "
                        + "joined by hyphens");
            }
            if (id != null && entities.containsKey(id)) {
                problems.add(fileName + ":" + item.line() + ": entity id '" + id + "' is used twice");
            }
            if (type != null && !TYPES.contains(type)) {
                problems.add(fileName + ":" + item.get("type").orElseThrow().line() + ": unknown type '" + type
                        + "'; types are " + String.join(", ", TYPES.stream().sorted().toList()));
            }
            List<String> aliases = strings(fileName, item, "aliases", problems);
            Set<String> tags = new LinkedHashSet<>(strings(fileName, item, "tags", problems));
            String article = item.get("article").map(Value::text).orElse("true");
            if (!article.equals("true") && !article.equals("false")) {
                problems.add(fileName + ":" + item.line() + ": 'article' is true or false");
            }
            String prefix = item.get("prefix").filter(Value::isScalar).map(Value::text).orElse("");
            List<String> members = strings(fileName, item, "members", problems);
            if (id != null && members.contains(id)) {
                problems.add(fileName + ":" + item.line() + ": entity '" + id + "' lists itself among its members");
            }
            if (problems.size() > before) {
                continue;
            }
            Entity entity = new Entity(id, type, name, List.copyOf(aliases), Set.copyOf(tags),
                    Boolean.parseBoolean(article), prefix, Set.copyOf(members));
            memberLines.put(id, item.line());
            // Two entities of one type answering to the same words would make typed answers ambiguous.
            for (String n : entity.names()) {
                String key = type + ":" + Text.normalise(n);
                String owner = ownerOfName.putIfAbsent(key, id);
                if (owner != null && !owner.equals(id)) {
                    problems.add(fileName + ":" + item.line() + ": '" + n + "' names both '" + owner + "' and '" + id
                            + "'; give each " + type + " its own names");
                }
            }
            entities.put(id, entity);
        }
        // Members may be listed before or after their group, so they are checked once every entity is read.
        for (Entity e : entities.values()) {
            for (String m : e.members()) {
                if (!entities.containsKey(m)) {
                    problems.add(fileName + ":" + memberLines.get(e.id()) + ": member '" + m + "' of '" + e.id()
                            + "' is not an entity id; add it to entities.yaml or fix the spelling");
                }
            }
        }
        return entities;
    }

    private static String scalar(String fileName, Value item, String key, List<String> problems) {
        Value v = item.get(key).orElse(null);
        if (v == null || !v.isScalar() || v.text().isBlank()) {
            problems.add(fileName + ":" + item.line() + ": the entity needs a '" + key + "'");
            return null;
        }
        return v.text().strip();
    }

    private static List<String> strings(String fileName, Value item, String key, List<String> problems) {
        Value v = item.get(key).orElse(null);
        if (v == null) {
            return List.of();
        }
        if (!v.isList() || v.list().stream().anyMatch(x -> !x.isScalar() || x.text().isBlank())) {
            problems.add(fileName + ":" + v.line() + ": '" + key + "' is a list of words, e.g. [Czechia, Czech]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        v.list().forEach(x -> out.add(x.text().strip()));
        return out;
    }
}
