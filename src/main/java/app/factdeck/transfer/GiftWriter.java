package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.MoodleQuestion.Pair;
import app.factdeck.questions.core.MoodleQuestion.Text;
import java.util.List;

/**
 * Writes GIFT as Moodle's exporter does ({@code qformat_gift::writequestion}), so Moodle imports it back to the
 * same question: a {@code // question:} comment, {@code ::name::}, the text with a {@code [format]} tag unless it
 * is Moodle's default, one answer per tab-indented line, every control character escaped. A question without a
 * title of its own ({@code titled} false) is written without one, so it comes back untitled (Moodle then names
 * it from its text) instead of with a made-up name as its title.
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(List<MoodleQuestion> questions) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (MoodleQuestion q : questions) {
            if (q.type() == MoodleQuestion.Type.CATEGORY) {
                continue;
            }
            n++;
            out.append("// question: ").append(n).append("  name: ").append(q.name().replace("\n", " ")).append('\n');
            if (!q.idNumber().isEmpty() || !q.tags().isEmpty()) {
                StringBuilder line = new StringBuilder("//");
                if (!q.idNumber().isEmpty()) {
                    line.append(" [id:").append(q.idNumber().replace("]", "\\]")).append(']');
                }
                q.tags().forEach(t -> line.append(" [tag:").append(t.replace("]", "\\]")).append(']'));
                out.append(line).append('\n');
            }
            String format = q.text().format();
            String body = text(q.text(), "moodle");
            if (q.titled()) {
                out.append("::").append(escape(q.name())).append("::");
            } else if (body.startsWith("//")) {
                // Untitled, the text would read as a comment line; an empty title names nothing (in Moodle too).
                out.append("::::");
            }
            out.append(body);
            switch (q.type()) {
                case DESCRIPTION -> out.append('\n');
                case ESSAY -> out.append('{').append(general(q, "")).append("}\n");
                case MULTICHOICE -> {
                    out.append("{\n");
                    for (Answer a : q.answers()) {
                        String mark = a.fraction() == 1 && q.single() ? "=" : a.fraction() == 0 ? "~"
                                : "~%" + percent(a.fraction()) + "%";
                        out.append('\t').append(mark).append(text(a.text(), format)).append(feedback(a.feedback(), format))
                                .append('\n');
                    }
                    out.append(general(q, "\t")).append("}\n");
                }
                case SHORTANSWER -> {
                    out.append("{\n");
                    for (Answer a : q.answers()) {
                        out.append("\t=%").append(percent(a.fraction())).append('%').append(escape(a.text().text()))
                                .append('#').append(text(a.feedback(), format)).append('\n');
                    }
                    out.append(general(q, "\t")).append("}\n");
                }
                case NUMERICAL -> {
                    out.append("{#\n");
                    for (Answer a : q.answers()) {
                        if (a.text().text().equals("*")) {
                            out.append("\t~#").append(text(a.feedback(), format)).append('\n');
                        } else {
                            out.append("\t=%").append(percent(a.fraction())).append('%').append(a.text().text())
                                    .append(':').append(a.tolerance()).append('#').append(text(a.feedback(), format))
                                    .append('\n');
                        }
                    }
                    out.append(general(q, "\t")).append("}\n");
                }
                case MATCH -> {
                    out.append("{\n");
                    for (Pair p : q.pairs()) {
                        out.append("\t=").append(text(p.left(), format)).append(" -> ").append(escape(p.right())).append('\n');
                    }
                    out.append(general(q, "\t")).append("}\n");
                }
                case TRUEFALSE -> {
                    Text right = q.correctTrue() ? q.feedbackTrue() : q.feedbackFalse();
                    Text wrong = q.correctTrue() ? q.feedbackFalse() : q.feedbackTrue();
                    out.append('{').append(q.correctTrue() ? "TRUE" : "FALSE");
                    if (!wrong.text().isEmpty()) {
                        out.append('#').append(text(wrong, format));
                    } else if (!right.text().isEmpty()) {
                        out.append('#');
                    }
                    if (!right.text().isEmpty()) {
                        out.append('#').append(text(right, format));
                    }
                    out.append(general(q, "")).append("}\n");
                }
                default -> throw new IllegalStateException(q.type().name());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String feedback(Text feedback, String defaultFormat) {
        return feedback.text().isEmpty() ? "" : "#" + text(feedback, defaultFormat);
    }

    private static String general(MoodleQuestion q, String indent) {
        if (q.generalFeedback().text().isEmpty()) {
            return "";
        }
        return indent + "####" + text(q.generalFeedback(), q.text().format()) + (indent.isEmpty() ? "" : "\n");
    }

    /** A text with its format tag when it differs from the one it would default to. */
    private static String text(Text t, String defaultFormat) {
        return (t.format().equals(defaultFormat) ? "" : "[" + t.format() + "]") + escape(t.text());
    }

    /** Moodle's repchar: backslash and every control character escaped, newlines as \n, no CR. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("#", "\\#").replace("=", "\\=").replace("~", "\\~")
                .replace("{", "\\{").replace("}", "\\}").replace(":", "\\:").replace("\r", "").replace("\n", "\\n");
    }

    private static String percent(double fraction) {
        double p = fraction * 100;
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(Math.round(p * 100000) / 100000.0);
    }
}
