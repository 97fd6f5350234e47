package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.MoodleQuestion.Pair;
import app.factdeck.questions.core.MoodleQuestion.Text;
import app.factdeck.questions.core.MoodleQuestion.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT, Moodle's question text format, as Moodle's own importer ({@code qformat_gift}) does: blocks
 * separated by blank lines, every line trimmed, {@code //} comment lines dropped, the first {@code {} and first
 * {@code }} around the answers, the type decided in Moodle's order (description, essay, numerical, multiple
 * choice, matching, true/false, short answer). Then Moodle's save-time check: every fraction must be one of
 * Moodle's grades. Where Moodle is known to be wrong we refuse instead, with a message (a non-numeric numerical
 * answer, which Moodle silently turns into "any answer"), or differ (escapes in a {@code $CATEGORY} path are
 * decoded, where Moodle leaves its internal placeholders).
 *
 * <p>Hand-written on purpose: no maintained Java GIFT parser exists, and the npm parser (gift-pegjs) differs
 * from Moodle on 20 points, so Moodle's behaviour is the reference; see ../shared/gift/FORMATS.md.
 */
public final class GiftParser {

    /** A block that cannot be imported, with the line it starts on. */
    public record Problem(int line, String message, String excerpt) {
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }

    public record Result(List<MoodleQuestion> questions, List<Problem> problems) {
    }

    private static final Pattern WEIGHT = Pattern.compile("^%-*([0-9]{1,2})\\.?([0-9]*)%");
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]])+)]");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** Moodle's allowed grades (question_bank::fraction_options_full), in per cent, also negated. */
    static final double[] GRADES = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
        16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0};

    // Escaped control characters become placeholders while the block is split, and characters again after.
    private static final String[][] ESCAPES = {{"\\:", "\u0000058;"}, {"\\#", "\u0000035;"}, {"\\=", "\u0000061;"},
        {"\\{", "\u0000123;"}, {"\\}", "\u0000125;"}, {"\\~", "\u0000126;"}, {"\\n", "\u0000010;"}};
    private static final String[] DECODED = {":", "#", "=", "{", "}", "~", "\n"};
    private static final String BACKSLASH = "\u0000092;";

    private GiftParser() {
    }

    public static Result parse(String file) {
        String content = file.startsWith("\uFEFF") ? file.substring(1) : file;
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<MoodleQuestion> questions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> block = new ArrayList<>();
        int start = 0;
        boolean textSeen = false;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    read(block, start, questions, problems);
                    block = new ArrayList<>();
                }
            } else {
                if (block.isEmpty()) {
                    start = i + 1;
                    textSeen = false;
                }
                // A question is on the line its text starts on, below any comments (notes, ids, tags) above it.
                if (!textSeen && !line.startsWith("//")) {
                    start = i + 1;
                    textSeen = true;
                }
                block.add(line);
            }
        }
        return new Result(List.copyOf(questions), List.copyOf(problems));
    }

    private static void read(List<String> lines, int line, List<MoodleQuestion> out, List<Problem> problems) {
        try {
            MoodleQuestion q = readQuestion(lines, line);
            if (q != null) {
                List<String> bad = badGrades(q);
                if (!bad.isEmpty()) {
                    problems.add(new Problem(line, "grades must be one of Moodle's (100, 90, 83.33333, 80, 75, 70, "
                            + "66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5 "
                            + "or 0 %, also negative), not " + String.join(", ", bad), excerpt(lines)));
                } else {
                    out.add(q);
                }
            }
        } catch (GiftException e) {
            problems.add(new Problem(line, e.getMessage(), excerpt(lines)));
        }
    }

    private static final class GiftException extends RuntimeException {
        GiftException(String message) {
            super(message);
        }
    }

    private static MoodleQuestion readQuestion(List<String> lines, int line) {
        StringBuilder comments = new StringBuilder();
        List<String> kept = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("//")) {
                comments.append(l).append('\n');
                kept.add(" ");
            } else {
                kept.add(l);
            }
        }
        String text = String.join("\n", kept).strip();
        if (text.isEmpty()) {
            return null;
        }
        text = escape(text);
        String[] idAndTags = {""};
        List<String> tags = new ArrayList<>();
        readIdAndTags(comments.toString(), idAndTags, tags);

        if (text.startsWith("$CATEGORY:")) {
            return new MoodleQuestion(line, Type.CATEGORY, "", false, Text.empty("moodle"), Text.empty("moodle"), "",
                    List.of(), false, List.of(), false, null, null, List.of(), unescape(text.substring(10).strip()));
        }

        String name = null;
        if (text.startsWith("::")) {
            text = text.substring(2);
            int end = text.indexOf("::");
            if (end >= 0) {
                name = cleanName(unescape(text.substring(0, end)));
                text = text.substring(end + 2).strip();
            }
        }

        int open = text.indexOf('{');
        int close = text.indexOf('}');
        boolean description = open < 0 && close < 0;
        String answerText;
        String questionText;
        if (description) {
            answerText = "";
            questionText = text;
        } else if (open < 0 || close < 0 || close < open) {
            throw new GiftException("the answers must be inside { and }: a brace is missing or out of order."
                    + " Write a literal brace as \\{ or \\}.");
        } else {
            answerText = text.substring(open + 1, close).strip();
            // Text after the answers: a missing-word question, the blank where the answers stood.
            questionText = text.endsWith("}")
                    ? text.substring(0, open) + text.substring(close + 1)
                    : text.substring(0, open) + "_____" + text.substring(close + 1);
        }
        String generalFeedback = "";
        int gf = answerText.lastIndexOf("####");
        if (gf >= 0) {
            generalFeedback = answerText.substring(gf + 4);
            answerText = answerText.substring(0, gf).strip();
        }
        Text qtext = withFormat(questionText, "moodle");
        Text general = withFormat(generalFeedback, qtext.format());
        // An empty ::::  names nothing: Moodle then names the question from its text, as without a title.
        boolean titled = name != null && !name.isEmpty();
        if (name == null || name.isEmpty()) {
            name = defaultName(qtext.text());
        }
        String format = qtext.format();
        // Line breaks count as spaces for deciding the type only; answers and feedback keep them.
        String flat = answerText.replace("\n", " ");
        Type type;
        if (description) {
            type = Type.DESCRIPTION;
        } else if (flat.isEmpty()) {
            type = Type.ESSAY;
        } else if (flat.charAt(0) == '#') {
            type = Type.NUMERICAL;
        } else if (flat.contains("~")) {
            type = Type.MULTICHOICE;
        } else if (flat.contains("=") && flat.contains("->")) {
            type = Type.MATCH;
        } else {
            int hash = flat.indexOf('#');
            String check = hash > 0 ? flat.substring(0, hash).strip() : flat;
            type = List.of("T", "TRUE", "F", "FALSE").contains(check) ? Type.TRUEFALSE : Type.SHORTANSWER;
        }
        Builder b = new Builder(line, type, name, titled, qtext, general, idAndTags[0], List.copyOf(tags));
        switch (type) {
            case DESCRIPTION, ESSAY -> { }
            case MULTICHOICE -> multichoice(answerText, format, b);
            case MATCH -> match(answerText, format, b);
            case TRUEFALSE -> trueFalse(answerText, format, b);
            case SHORTANSWER -> shortAnswer(answerText, format, b);
            case NUMERICAL -> numerical(answerText, format, b);
            default -> throw new IllegalStateException(type.name());
        }
        return b.build();
    }

    private static void multichoice(String answerText, String format, Builder b) {
        b.single = answerText.contains("=");
        List<String> answers = split(answerText.replace("=", "~="), '~');
        if (answers.size() < 2) {
            throw new GiftException("a multiple-choice question needs at least 2 answers; it has " + answers.size() + ".");
        }
        for (String raw : answers) {
            String answer = raw.strip();
            double weight;
            if (answer.startsWith("=")) {
                weight = 1;
                answer = answer.substring(1);
            } else {
                weight = weight(answer).orElse(0.0);
                answer = withoutWeight(answer);
            }
            Text[] parts = withFeedback(answer, format);
            b.answers.add(new Answer(parts[0], weight, parts[1], null));
        }
    }

    private static void match(String answerText, String format, Builder b) {
        List<String> pairs = split(answerText, '=');
        if (pairs.size() < 2) {
            throw new GiftException("a matching question needs at least 2 pairs (=left -> right); it has " + pairs.size() + ".");
        }
        for (String raw : pairs) {
            String pair = raw.strip();
            int arrow = pair.indexOf("->");
            if (arrow < 0) {
                throw new GiftException("every matching pair is written =left -> right; '" + unescape(pair) + "' has no ->.");
            }
            b.pairs.add(new Pair(withFormat(pair.substring(0, arrow), format), unescape(pair.substring(arrow + 2)).strip()));
        }
    }

    private static void trueFalse(String answerText, String format, Builder b) {
        String[] bits = answerText.split("#", 3);
        String answer = withFormat(bits[0].strip(), format).text();
        Text wrong = bits.length > 1 ? withFormat(bits[1].strip(), format) : Text.empty(format);
        Text right = bits.length > 2 ? withFormat(bits[2].strip(), format) : Text.empty(format);
        // The first feedback is shown for a wrong answer, the second for a right one.
        b.correctTrue = answer.equals("T") || answer.equals("TRUE");
        b.feedbackTrue = b.correctTrue ? right : wrong;
        b.feedbackFalse = b.correctTrue ? wrong : right;
    }

    private static void shortAnswer(String answerText, String format, Builder b) {
        List<String> answers = split(answerText, '=');
        if (answers.isEmpty()) {
            throw new GiftException("a short-answer question needs at least 1 answer.");
        }
        for (String raw : answers) {
            String answer = raw.strip();
            double weight = weight(answer).orElse(1.0);
            answer = withoutWeight(answer);
            Text[] parts = withFeedback(answer, format);
            b.answers.add(new Answer(parts[0], weight, parts[1], null));
        }
    }

    private static void numerical(String answerText, String format, Builder b) {
        String body = answerText.substring(1);
        String wrongFeedback = "";
        int tilde = body.indexOf('~');
        if (tilde >= 0) {
            wrongFeedback = body.substring(tilde);
            body = body.substring(0, tilde);
        }
        List<String> answers = split(body, '=');
        if (answers.isEmpty()) {
            throw new GiftException("a numerical question needs a number, e.g. {#1822} or {#3.14:0.01} or {#1..5}.");
        }
        for (String raw : answers) {
            String answer = raw.strip();
            double weight = weight(answer).orElse(1.0);
            answer = withoutWeight(answer);
            Text[] parts = withFeedback(answer, format);
            String value = parts[0].text();
            String number;
            String tolerance;
            int range = value.indexOf("..");
            int colon = value.indexOf(':');
            if (range > 0) {
                double min = number(value.substring(0, range).strip());
                double max = number(value.substring(range + 2).strip());
                double mid = (max + min) / 2;
                number = plain(mid);
                tolerance = plain(max - mid);
            } else if (colon > 0) {
                number = value.substring(0, colon).strip();
                tolerance = value.substring(colon + 1).strip();
                number(number);
                number(tolerance);
            } else {
                number = value.strip();
                tolerance = "0";
                number(number);
            }
            b.answers.add(new Answer(new Text(number, format), weight, parts[1], tolerance));
        }
        if (!wrongFeedback.isEmpty()) {
            b.answers.add(new Answer(new Text("*", format), 0, withFeedback(wrongFeedback, format)[1], ""));
        }
    }

    /** A leading %n% weight as a fraction (%-50% is −0.5), if the answer has one. */
    private static java.util.Optional<Double> weight(String answer) {
        if (!WEIGHT.matcher(answer).find()) {
            return java.util.Optional.empty();
        }
        String percent = answer.substring(1, answer.indexOf('%', 1)).replaceFirst("^-+", "-");
        return java.util.Optional.of(Double.parseDouble(percent) / 100);
    }

    private static String withoutWeight(String answer) {
        return WEIGHT.matcher(answer).find() ? answer.substring(answer.indexOf('%', 1) + 1) : answer;
    }

    /** A number within {@link app.factdeck.questions.core.Numbers}' bounds, so a range's middle is always finite. */
    private static double number(String s) {
        if (!NUMBER.matcher(s).matches() || app.factdeck.questions.core.Numbers.parse(s).isEmpty()) {
            throw new GiftException("'" + (s.length() > 40 ? s.substring(0, 39) + "…" : s) + "' is not a number: a "
                    + "numerical answer is written like 1822, -3.5, 3.14:0.01 (with a tolerance) or 1..5 (a range), "
                    + "with " + app.factdeck.questions.core.Numbers.BOUNDS + ".");
        }
        return Double.parseDouble(s);
    }

    /** A number as Moodle (PHP, 14 significant digits) prints it: 3, 40.5, 0.0005. */
    private static String plain(double x) {
        java.math.BigDecimal d = new java.math.BigDecimal(x).round(new java.math.MathContext(14)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Splits on a control character, dropping an empty first part (the text before the first marker). */
    private static List<String> split(String s, char on) {
        List<String> parts = new ArrayList<>(List.of(s.split(Pattern.quote(String.valueOf(on)), -1)));
        if (!parts.isEmpty() && parts.get(0).strip().isEmpty()) {
            parts.remove(0);
        }
        return parts;
    }

    private static Text[] withFeedback(String answer, String format) {
        String[] bits = answer.split("#", 2);
        Text text = withFormat(bits[0].strip(), format);
        Text feedback = bits.length > 1 ? withFormat(bits[1].strip(), format) : Text.empty(format);
        return new Text[] {text, feedback};
    }

    /** A leading [html], [moodle], [plain] or [markdown] sets the format; any other [tag] stays in the text. */
    private static Text withFormat(String text, String defaultFormat) {
        String format = defaultFormat;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end > 0) {
                String tag = text.substring(1, end).toLowerCase(Locale.ROOT);
                if (List.of("html", "moodle", "plain", "markdown").contains(tag)) {
                    format = tag;
                    text = text.substring(end + 1);
                }
            }
        }
        return new Text(unescape(text).strip(), format);
    }

    private static String escape(String s) {
        String out = s.replace("\\\\", BACKSLASH);
        for (String[] e : ESCAPES) {
            out = out.replace(e[0], e[1]);
        }
        return out.replace(BACKSLASH, "\\");
    }

    private static String unescape(String s) {
        String out = s;
        for (int i = 0; i < ESCAPES.length; i++) {
            out = out.replace(ESCAPES[i][1], DECODED[i]);
        }
        return out;
    }

    private static void readIdAndTags(String comments, String[] id, List<String> tags) {
        Matcher m = ID.matcher(comments);
        if (m.find()) {
            id[0] = m.group(1).replace("\\]", "]").strip();
        }
        Matcher t = TAG.matcher(comments);
        while (t.find()) {
            tags.add(t.group(1).replace("\\]", "]").strip());
        }
    }

    static String cleanName(String name) {
        String n = name.replaceAll("<[^>]*>", "").strip();
        if (n.length() <= 255) {
            return n;
        }
        // Moodle's 255 characters, never half of a character outside the BMP (an emoji is two Java chars).
        return n.substring(0, Character.isHighSurrogate(n.charAt(254)) ? 254 : 255);
    }

    /** Moodle names an untitled question from its text: tags stripped, the first 80 characters. */
    static String defaultName(String text) {
        String plain = text.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= 80 ? plain : plain.substring(0, 77).strip() + "...";
    }

    static List<String> badGrades(MoodleQuestion q) {
        List<String> bad = new ArrayList<>();
        for (Answer a : q.answers()) {
            double percent = Math.abs(a.fraction() * 100);
            boolean ok = false;
            for (double g : GRADES) {
                ok |= Math.abs(percent - g) <= 0.001;
            }
            if (!ok) {
                bad.add(plain(a.fraction() * 100) + " %");
            }
        }
        return bad;
    }

    private static String excerpt(List<String> lines) {
        String s = String.join(" ", lines);
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    /** Collects a question's parts while its block is read. */
    private static final class Builder {
        final int line;
        final Type type;
        final String name;
        final boolean titled;
        final Text text;
        final Text general;
        final String idNumber;
        final List<String> tags;
        boolean single;
        boolean correctTrue;
        Text feedbackTrue;
        Text feedbackFalse;
        final List<Answer> answers = new ArrayList<>();
        final List<Pair> pairs = new ArrayList<>();

        Builder(int line, Type type, String name, boolean titled, Text text, Text general, String idNumber,
                List<String> tags) {
            this.line = line;
            this.type = type;
            this.name = name;
            this.titled = titled;
            this.text = text;
            this.general = general;
            this.idNumber = idNumber;
            this.tags = tags;
        }

        MoodleQuestion build() {
            return new MoodleQuestion(line, type, name, titled, text, general, idNumber, tags, single,
                    List.copyOf(answers), correctTrue, feedbackTrue, feedbackFalse, List.copyOf(pairs), null);
        }
    }
}
