package app.factdeck.articles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A marked fact written as the facts.yaml entry the content loader reads, one field per line, so the loader's
 * messages ({@code fact:LINE: …}) can be put back beside the form field they are about.
 */
final class FactYaml {

    private static final Pattern PROBLEM = Pattern.compile("^[^:]*:(\\d+): (.*)$", Pattern.DOTALL);
    private static final Pattern QUOTED_FIELD = Pattern.compile("'([a-z_]+)'");

    /** The entry, and which form field each line came from. */
    record Entry(String yaml, Map<Integer, String> fieldOfLine) {
    }

    private FactYaml() {
    }

    static Entry of(MarkedFact f, String id, List<String> answerIds, String roleId) {
        List<String> lines = new ArrayList<>();
        Map<Integer, String> fields = new LinkedHashMap<>();
        add(lines, fields, "- id: " + quoted(id), "kind");
        add(lines, fields, "  kind: " + contentKind(f.kind()), "kind");
        add(lines, fields, "  source: " + quoted(f.sentence()), "sentence");
        switch (f.kind()) {
            case ROLE -> {
                add(lines, fields, "  person: " + quoted(answerIds.get(0)), "answerWords");
                add(lines, fields, "  role: " + quoted(roleId), "roleWords");
            }
            case SAID, WHERE, WHAT -> {
                question(lines, fields, f);
                add(lines, fields, "  answer: " + quoted(answerIds.get(0)), "answerWords");
            }
            case WHICH -> {
                question(lines, fields, f);
                add(lines, fields, "  answers: [" + String.join(", ", answerIds.stream().map(FactYaml::quoted).toList())
                        + "]", "answerWords");
            }
            case WHEN -> {
                question(lines, fields, f);
                add(lines, fields, "  event: " + quoted(f.event()), "event");
                add(lines, fields, "  date: " + quoted(f.date()), "date");
                add(lines, fields, "  as_written: " + quoted(f.answerWords().get(0)), "answerWords");
            }
            case HOW_MANY -> {
                question(lines, fields, f);
                add(lines, fields, "  number: " + quoted(f.number()), "number");
                add(lines, fields, "  as_written: " + quoted(f.answerWords().get(0)), "answerWords");
            }
            case PHRASE -> {
                add(lines, fields, "  statement: " + quoted(f.statement()), "statement");
                add(lines, fields, "  answer: " + quoted(f.answerWords().get(0)), "answerWords");
                if (f.aliases() != null && !f.aliases().isBlank()) {
                    add(lines, fields, "  accepted: [" + String.join(", ", Arrays.stream(
                            f.aliases().split(",")).map(String::strip).filter(a -> !a.isEmpty())
                            .map(FactYaml::quoted).toList()) + "]", "aliases");
                }
                if (f.contradiction() != null && !f.contradiction().isBlank()) {
                    add(lines, fields, "  contradiction: " + quoted(f.contradiction()), "contradiction");
                }
            }
            default -> throw new IllegalArgumentException("no kind " + f.kind());
        }
        return new Entry(String.join("\n", lines) + "\n", fields);
    }

    private static void question(List<String> lines, Map<Integer, String> fields, MarkedFact f) {
        if (f.question() != null) {
            add(lines, fields, "  question: " + quoted(f.question()), "question");
        }
        if (f.statement() != null) {
            add(lines, fields, "  statement: " + quoted(f.statement()), "statement");
        }
    }

    static String contentKind(MarkedFact.Kind kind) {
        return switch (kind) {
            case ROLE -> "role";
            case SAID, WHERE, WHAT -> "answer";
            case WHICH -> "list";
            case WHEN -> "date";
            case HOW_MANY -> "number";
            case PHRASE -> "claim";
        };
    }

    private static void add(List<String> lines, Map<Integer, String> fields, String line, String field) {
        lines.add(line);
        fields.put(lines.size(), field);
    }

    /** A YAML double-quoted scalar: JSON's escapes are YAML's too. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : (s == null ? "" : s).toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * The loader's messages by form field: a message's line names the field; a message about the whole fact (its
     * first line) goes to the field it quotes ('question', 'event', …), else to "kind".
     */
    static Map<String, String> byField(List<String> problems, Entry entry) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : problems) {
            Matcher m = PROBLEM.matcher(p);
            String message = m.matches() ? m.group(2) : p;
            String field = m.matches() ? entry.fieldOfLine().getOrDefault(Integer.parseInt(m.group(1)), "kind")
                    : "kind";
            if (field.equals("kind")) {
                Matcher q = QUOTED_FIELD.matcher(message);
                if (q.find()) {
                    field = switch (q.group(1)) {
                        case "question" -> "question";
                        case "statement" -> "statement";
                        case "event" -> "event";
                        case "date" -> "date";
                        case "number" -> "number";
                        case "as_written", "answer", "answers", "person" -> "answerWords";
                        case "role" -> "roleWords";
                        case "contradiction" -> "contradiction";
                        case "source" -> "sentence";
                        default -> "kind";
                    };
                }
            }
            out.merge(field, plain(message), (a, b) -> a + " " + b);
        }
        return out;
    }

    /** The loader speaks of files and fields; a teacher reads a form. */
    private static String plain(String message) {
        return message.replace("as_written", "answer words").replace("in entities.yaml", "known to Factdeck")
                .replace("article.md", "the cleaned article");
    }
}
