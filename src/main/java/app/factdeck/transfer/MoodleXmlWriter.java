package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.MoodleQuestion.Pair;
import app.factdeck.questions.core.MoodleQuestion.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Writes Moodle XML as Moodle 4.x's exporter does ({@code qformat_xml::writequestion}), element for element, so
 * Moodle imports it as its own: UTF-8, {@code <quiz>}, a {@code <!-- question: n -->} comment before each question,
 * every text in {@code <text>} (in CDATA when it holds markup), Moodle's type names ({@code matching},
 * {@code cloze}, {@code ordering}), fractions in per cent (an ordering item's: its position), the settings a type
 * chose ({@link MoodleQuestion#settings}), and Moodle's defaults for what Factdeck does not keep (penalty,
 * shuffling, numbering, the combined feedback, left empty). The name, general feedback, id number and tags travel
 * as they are, so a generated question's provenance (its id as the name, its answer and cited sentence as general
 * feedback) reaches Moodle as GIFT's does. A question without a title of its own is named from its text, as Moodle
 * names an untitled GIFT question; {@link MoodleXmlReader} reads such a name back as no title.
 */
public final class MoodleXmlWriter {

    private MoodleXmlWriter() {
    }

    public static String write(List<MoodleQuestion> questions) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        int n = 0;
        for (MoodleQuestion q : questions) {
            if (q.type() == MoodleQuestion.Type.CATEGORY) {
                out.append("<!-- question: 0  -->\n")
                        .append("  <question type=\"category\">\n")
                        .append("    <category>\n")
                        .append(text(q.category() == null ? "" : q.category(), 3))
                        .append("    </category>\n")
                        .append("    <info format=\"moodle_auto_format\">\n")
                        .append(text("", 3))
                        .append("    </info>\n")
                        .append("    <idnumber>").append(escape(q.idNumber())).append("</idnumber>\n")
                        .append("  </question>\n\n");
                continue;
            }
            n++;
            out.append("<!-- question: ").append(n).append("  -->\n");
            question(q, out);
            out.append('\n');
        }
        return out.append("</quiz>\n").toString();
    }

    private static void question(MoodleQuestion q, StringBuilder out) {
        String type = switch (q.type()) {
            case MATCH -> "matching";
            case MULTIANSWER -> "cloze";
            default -> q.type().moodleName();
        };
        String format = q.text().format();
        out.append("  <question type=\"").append(type).append("\">\n");
        out.append("    <name>\n").append(text(q.titled() ? q.name() : GiftParser.defaultName(q.text().text()), 3))
                .append("    </name>\n");
        block("questiontext", q.text(), 2, out);
        block("generalfeedback", q.generalFeedback(), 2, out);
        if (q.type() != MoodleQuestion.Type.MULTIANSWER) {
            out.append("    <defaultgrade>").append(q.type() == MoodleQuestion.Type.DESCRIPTION ? "0" : "1")
                    .append("</defaultgrade>\n");
        }
        out.append("    <penalty>").append(switch (q.type()) {
            case TRUEFALSE -> "1";
            case ESSAY, DESCRIPTION -> "0";
            default -> "0.3333333";
        }).append("</penalty>\n");
        out.append("    <hidden>0</hidden>\n");
        out.append("    <idnumber>").append(escape(q.idNumber())).append("</idnumber>\n");
        switch (q.type()) {
            case MULTICHOICE -> {
                out.append("    <single>").append(q.single()).append("</single>\n")
                        .append("    <shuffleanswers>true</shuffleanswers>\n")
                        .append("    <answernumbering>abc</answernumbering>\n")
                        .append("    <showstandardinstruction>0</showstandardinstruction>\n");
                combinedFeedback(out);
                for (Answer a : q.answers()) {
                    answer(a, format, "", out);
                }
            }
            case TRUEFALSE -> {
                Text none = Text.empty(format);
                answer(new Answer(new Text("true", "moodle"), q.correctTrue() ? 1 : 0,
                        q.feedbackTrue() == null ? none : q.feedbackTrue(), null), format, "", out);
                answer(new Answer(new Text("false", "moodle"), q.correctTrue() ? 0 : 1,
                        q.feedbackFalse() == null ? none : q.feedbackFalse(), null), format, "", out);
            }
            case SHORTANSWER -> {
                out.append("    <usecase>0</usecase>\n");
                for (Answer a : q.answers()) {
                    answer(a, format, "", out);
                }
            }
            case NUMERICAL -> {
                for (Answer a : q.answers()) {
                    String tolerance = a.tolerance() == null ? "0" : a.tolerance();
                    answer(a, format, "      <tolerance>" + escape(tolerance) + "</tolerance>\n", out);
                }
                out.append("    <unitgradingtype>0</unitgradingtype>\n")
                        .append("    <unitpenalty>0.1000000</unitpenalty>\n")
                        .append("    <showunits>3</showunits>\n")
                        .append("    <unitsleft>0</unitsleft>\n");
            }
            case MATCH -> {
                out.append("    <shuffleanswers>true</shuffleanswers>\n");
                combinedFeedback(out);
                for (Pair p : q.pairs()) {
                    out.append("    <subquestion ").append(format(p.left().format())).append(">\n")
                            .append(text(p.left().text(), 3))
                            .append("      <answer>\n").append(text(p.right(), 4)).append("      </answer>\n")
                            .append("    </subquestion>\n");
                }
            }
            case ORDERING -> {
                // As qtype_ordering's export_to_xml writes them; the settings Factdeck's ordering type chose (its
                // grading and item selection), Moodle's defaults for the display, which Factdeck does not keep.
                Map<String, String> settings = q.settings();
                for (Map.Entry<String, String> e : List.of(Map.entry("layouttype", "VERTICAL"),
                        Map.entry("selecttype", "ALL"), Map.entry("selectcount", "0"),
                        Map.entry("gradingtype", ""), Map.entry("showgrading", "SHOW"),
                        Map.entry("numberingstyle", "none"))) {
                    String value = settings.getOrDefault(e.getKey(), e.getValue());
                    out.append("    <").append(e.getKey()).append('>').append(escape(value))
                            .append("</").append(e.getKey()).append(">\n");
                }
                combinedFeedback(out, "    <shownumcorrect>1</shownumcorrect>\n");
                // The fraction of an ordering item is its position, from 1; feedback only when there is some.
                int position = 0;
                for (Answer a : q.answers()) {
                    position++;
                    out.append("    <answer fraction=\"").append(position).append("\" ")
                            .append(format(a.text().format())).append(">\n")
                            .append(text(a.text().text(), 3));
                    if (a.feedback() != null && !a.feedback().text().isBlank()) {
                        block("feedback", a.feedback(), 3, out);
                    }
                    out.append("    </answer>\n");
                }
            }
            case ESSAY -> out.append("    <responseformat>editor</responseformat>\n")
                    .append("    <responserequired>1</responserequired>\n")
                    .append("    <responsefieldlines>10</responsefieldlines>\n")
                    .append("    <attachments>0</attachments>\n")
                    .append("    <attachmentsrequired>0</attachmentsrequired>\n")
                    .append("    <graderinfo format=\"html\">\n").append(text("", 3)).append("    </graderinfo>\n")
                    .append("    <responsetemplate format=\"html\">\n").append(text("", 3))
                    .append("    </responsetemplate>\n");
            default -> { } // description and cloze: all in the text
        }
        if (!q.tags().isEmpty()) {
            out.append("    <tags>\n");
            for (String tag : q.tags()) {
                out.append("      <tag>").append(text(tag, 0).strip()).append("</tag>\n");
            }
            out.append("    </tags>\n");
        }
        out.append("  </question>\n");
    }

    private static void answer(Answer a, String questionFormat, String extra, StringBuilder out) {
        Text feedback = a.feedback() == null ? Text.empty(questionFormat) : a.feedback();
        out.append("    <answer fraction=\"").append(percent(a.fraction())).append("\" ")
                .append(format(a.text().format())).append(">\n")
                .append(text(a.text().text(), 3));
        block("feedback", feedback, 3, out);
        out.append(extra).append("    </answer>\n");
    }

    /** Moodle's correct / partially correct / incorrect feedback, which Factdeck does not keep: empty. */
    private static void combinedFeedback(StringBuilder out) {
        combinedFeedback(out, "    <shownumcorrect/>\n");
    }

    /** The same, with the type's own way of writing "show the number of correct responses". */
    private static void combinedFeedback(StringBuilder out, String showNumCorrect) {
        for (String field : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            out.append("    <").append(field).append(" format=\"html\">\n").append(text("", 3))
                    .append("    </").append(field).append(">\n");
        }
        out.append(showNumCorrect);
    }

    private static void block(String element, Text t, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        out.append(pad).append('<').append(element).append(' ').append(format(t.format())).append(">\n")
                .append(text(t.text(), indent + 1))
                .append(pad).append("</").append(element).append(">\n");
    }

    private static String format(String format) {
        return "format=\"" + switch (format) {
            case "moodle" -> "moodle_auto_format";
            case "plain" -> "plain_text";
            case "markdown" -> "markdown";
            default -> "html";
        } + "\"";
    }

    /** Moodle's writetext: the text in CDATA when it holds a character XML would escape. */
    static String text(String raw, int indent) {
        String s = xmlChars(raw);
        String body = s.matches("(?s).*[&<>\"'].*") ? "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>" : s;
        return "  ".repeat(indent) + "<text>" + body + "</text>\n";
    }

    private static String escape(String s) {
        return xmlChars(s == null ? "" : s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Without the characters XML 1.0 cannot hold at all (not even in CDATA): control characters but tab and newlines. */
    private static String xmlChars(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** A fraction as Moodle prints its per cent: 100, 50, 33.33333, -100. */
    static String percent(double fraction) {
        BigDecimal p = BigDecimal.valueOf(fraction * 100).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
        return p.scale() <= 0 ? p.setScale(0).toPlainString() : p.toPlainString();
    }
}
