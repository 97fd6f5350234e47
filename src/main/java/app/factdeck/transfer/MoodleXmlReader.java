package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.MoodleQuestion.Pair;
import app.factdeck.questions.core.MoodleQuestion.Text;
import app.factdeck.questions.core.MoodleQuestion.Type;
import app.factdeck.questions.core.Numbers;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Moodle XML as Moodle 4.x's importer ({@code qformat_xml}) does: {@code <quiz>} holding {@code <question
 * type="…">} elements; texts trimmed; a text's format from its {@code format} attribute (html when it has none, its
 * feedback and answers defaulting to the question text's); fractions in per cent; {@code truefalse} right on the
 * answer "true" when its fraction is 100; {@code matching} items with an empty text as extra right-hand answers;
 * {@code cloze} (multianswer) with its gaps in the text; {@code ordering} (Moodle 4.4's standard qtype_ordering)
 * with its items in the file's order and its settings (grading type, item selection) as written. Then Moodle's save-time check: every fraction one of
 * Moodle's grades. Essays and descriptions are read, for the import to refuse with its reason, as GIFT's are; other
 * types (calculated, drag and drop, …) are problems here.
 *
 * <p>The file is untrusted: the JDK's SAX parser runs with secure processing on, a DOCTYPE refused outright (so no
 * DTD or entity, internal or external, is ever read: nothing from the disk or the network), external entities and
 * XInclude off, and elements nested at most {@link #MAX_DEPTH} deep. SAX rather than DOM, so that every problem
 * names the line its {@code <question>} starts on, as GIFT's do. Size is bounded by the callers (1 MB).
 *
 * <p>Files embedded in a question ({@code @@PLUGINFILE@@} images, sounds) are refused with the question: Factdeck
 * keeps no files yet, and a question shown without its picture asks something else.
 */
public final class MoodleXmlReader {

    /** Moodle's deepest element is quiz/question/answer/feedback/text; a deeper file is no Moodle file. */
    static final int MAX_DEPTH = 32;

    private static final Pattern PLUGINFILE = Pattern.compile("@@PLUGINFILE@@/([^\"'\\s<>?#]+)");

    private MoodleXmlReader() {
    }

    public static QuestionFormat.Parsed read(String file) {
        String xml = file.startsWith("\uFEFF") ? file.substring(1) : file;
        Element quiz;
        try {
            quiz = parse(xml);
        } catch (NotWellFormed e) {
            return new QuestionFormat.Parsed(List.of(), List.of(new GiftParser.Problem(e.line, e.getMessage(), "")));
        }
        if (!quiz.name.equals("quiz")) {
            return new QuestionFormat.Parsed(List.of(), List.of(new GiftParser.Problem(quiz.line, "This is XML but "
                    + "not Moodle XML: it starts with <" + quiz.name + ">, where Moodle's files start with <quiz>. "
                    + "Export the questions from Moodle's question bank as \"Moodle XML format\".", "")));
        }
        List<MoodleQuestion> questions = new ArrayList<>();
        List<GiftParser.Problem> problems = new ArrayList<>();
        int n = 0;
        for (Element q : quiz.children("question")) {
            n++;
            try {
                questions.add(question(q));
            } catch (Refused e) {
                problems.add(new GiftParser.Problem(q.line, e.getMessage(), excerpt(q, n)));
            }
        }
        return new QuestionFormat.Parsed(List.copyOf(questions), List.copyOf(problems));
    }

    // ---- one question ----

    private static MoodleQuestion question(Element q) {
        String type = q.attribute("type", "").strip();
        if (type.equals("category")) {
            Element category = q.child("category");
            // Files before Moodle 2.x put the path straight inside <category>.
            String path = category == null ? "" : category.child("text") != null ? textOf(category)
                    : category.text.toString().strip();
            return new MoodleQuestion(q.line, Type.CATEGORY, "", false, Text.empty("moodle"), Text.empty("moodle"),
                    q.childText("idnumber"), List.of(), false, List.of(), false, null, null, List.of(), path);
        }
        Type t = switch (type) {
            case "multichoice" -> Type.MULTICHOICE;
            case "truefalse" -> Type.TRUEFALSE;
            case "shortanswer" -> Type.SHORTANSWER;
            case "numerical" -> Type.NUMERICAL;
            case "match", "matching" -> Type.MATCH;
            case "cloze", "multianswer" -> Type.MULTIANSWER;
            case "ordering" -> Type.ORDERING;
            case "essay" -> Type.ESSAY;
            case "description" -> Type.DESCRIPTION;
            default -> throw new Refused(unsupported(type));
        };
        Set<String> files = files(q);
        if (!files.isEmpty()) {
            throw new Refused("The question shows " + (files.size() == 1 ? "a file" : files.size() + " files")
                    + " kept inside the Moodle export (" + String.join(", ", files) + "), and Factdeck keeps no "
                    + "files yet: it would be asked without them. Leave it out, or remove the files in Moodle "
                    + "and export again.");
        }
        Text text = text(q.child("questiontext"), "html");
        String format = text.format();
        Text general = text(q.child("generalfeedback"), format);
        String name = GiftParser.cleanName(q.child("name") == null ? "" : textOf(q.child("name")));
        // Moodle names an untitled question from its text; such a name is no title of the teacher's, so the
        // question stays unnamed in Factdeck (and a Factdeck export of an unnamed question comes back unnamed).
        String fromText = GiftParser.defaultName(text.text());
        boolean titled = !name.isEmpty() && !name.equals(fromText);
        if (name.isEmpty()) {
            name = fromText;
        }
        List<String> tags = new ArrayList<>();
        Element tagsElement = q.child("tags");
        if (tagsElement != null) {
            for (Element tag : tagsElement.children("tag")) {
                String value = textOf(tag);
                if (!value.isEmpty()) {
                    tags.add(value);
                }
            }
        }
        boolean single = false;
        boolean correctTrue = false;
        Text feedbackTrue = null;
        Text feedbackFalse = null;
        List<Answer> answers = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        switch (t) {
            case MULTICHOICE -> {
                String s = q.childText("single");
                // Moodle: true when the element is missing, false when it says "false", "0" or nothing.
                single = q.child("single") == null || !(s.equals("false") || s.equals("0") || s.isEmpty());
                for (Element a : answers(q, "A multiple-choice question")) {
                    answers.add(new Answer(text(a, format), fraction(a), text(a.child("feedback"), format), null));
                }
            }
            case SHORTANSWER -> {
                for (Element a : answers(q, "A short-answer question")) {
                    answers.add(new Answer(text(a, "plain"), fraction(a), text(a.child("feedback"), format), null));
                }
            }
            case NUMERICAL -> {
                for (Element a : answers(q, "A numerical question")) {
                    Text number = text(a, "plain");
                    String tolerance = a.child("tolerance") == null ? "0" : a.childText("tolerance");
                    if (!number.text().equals("*")) {
                        number(number.text());
                        number(tolerance.isEmpty() ? "0" : tolerance);
                    }
                    answers.add(new Answer(number, fraction(a), text(a.child("feedback"), format), tolerance));
                }
            }
            case TRUEFALSE -> {
                feedbackTrue = Text.empty(format);
                feedbackFalse = Text.empty(format);
                boolean first = true;
                for (Element a : answers(q, "A true/false question")) {
                    String value = a.childText("text");
                    // Old files name the answers in the teacher's language; Moodle then takes true first.
                    boolean isTrue = value.equals("true") || !value.equals("false") && first;
                    boolean full = Math.abs(fraction(a) - 1) < 1e-9;
                    Text feedback = text(a.child("feedback"), format);
                    if (isTrue) {
                        correctTrue = full;
                        feedbackTrue = feedback;
                    } else {
                        correctTrue = !full;
                        feedbackFalse = feedback;
                    }
                    first = false;
                }
            }
            case MATCH -> {
                for (Element sub : q.children("subquestion")) {
                    Text left = text(sub, format);
                    Element answer = sub.child("answer");
                    String right = answer == null ? "" : answer.childText("text");
                    if (!left.text().isEmpty() || !right.isEmpty()) {
                        pairs.add(new Pair(left, right));
                    }
                }
            }
            case ORDERING -> {
                // The items in the order the file lists them, as Moodle's importer takes them: there, an answer's
                // fraction is its position, which Moodle sets again from that order when it saves the question.
                for (Element a : answers(q, "An ordering question")) {
                    answers.add(new Answer(text(a, format), 1, text(a.child("feedback"), format), null));
                }
                orderingSettings(q, settings);
            }
            default -> { } // multianswer: the gaps are in the text; essay and description hold no answers
        }
        MoodleQuestion read = new MoodleQuestion(q.line, t, name, titled, text, general, q.childText("idnumber"),
                List.copyOf(tags), single, List.copyOf(answers), correctTrue, feedbackTrue, feedbackFalse,
                List.copyOf(pairs), null, settings);
        List<String> bad = GiftParser.badGrades(read);
        if (!bad.isEmpty()) {
            throw new Refused("grades must be one of Moodle's (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, "
                    + "33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5 or 0 %, also negative), not "
                    + String.join(", ", bad));
        }
        return read;
    }

    /**
     * The ordering settings the file gives, as written; a missing one is left out, for the type to take Moodle's
     * default. Files of the plugin before 2015 name the item selection {@code logical} and its size
     * {@code studentsee}, which Moodle still reads when {@code selecttype} is missing.
     */
    private static void orderingSettings(Element q, Map<String, String> settings) {
        boolean old = q.child("selecttype") == null;
        for (String name : List.of("layouttype", "selecttype", "selectcount", "gradingtype", "showgrading",
                "numberingstyle")) {
            String element = !old ? name : name.equals("selecttype") ? "logical"
                    : name.equals("selectcount") ? "studentsee" : name;
            if (q.child(element) != null) {
                settings.put(name, q.childText(element));
            }
        }
    }

    private static String unsupported(String type) {
        String what = switch (type) {
            case "" -> "A question without a type (type=\"…\") cannot be read.";
            case "calculated", "calculatedsimple", "calculatedmulti" -> "Calculated questions (answers worked out from "
                    + "a formula with random values) have no Factdeck type.";
            case "ddwtos", "gapselect", "ddimageortext", "ddmarker" -> "Drag-and-drop and select-the-missing-word "
                    + "questions ('" + type + "') have no Factdeck type.";
            case "randomsamatch" -> "Random short-answer matching questions are built from other questions of a "
                    + "Moodle category, which the file does not hold.";
            default -> "Factdeck cannot import '" + type + "' questions.";
        };
        return what + " Leave it out of the file, or change it in Moodle to multiple choice, true/false, short "
                + "answer, numerical or matching.";
    }

    private static List<Element> answers(Element q, String what) {
        List<Element> answers = q.children("answer");
        if (answers.isEmpty()) {
            throw new Refused(what + " needs its answers, and this one has no <answer>.");
        }
        return answers;
    }

    private static double fraction(Element answer) {
        String f = answer.attribute("fraction", "0").strip();
        if (f.isEmpty()) {
            return 0;
        }
        if (Numbers.parse(f).isEmpty()) {
            throw new Refused("The answer's fraction=\"" + shorten(f) + "\" is not a number: it is the answer's "
                    + "share of the marks in per cent, like fraction=\"100\" or fraction=\"0\".");
        }
        return Double.parseDouble(f) / 100;
    }

    private static void number(String s) {
        if (Numbers.parse(s).isEmpty()) {
            throw new Refused("'" + shorten(s) + "' is not a number: a numerical answer and its tolerance are "
                    + "written like 1822, -3.5 or 0.01, with " + Numbers.BOUNDS + ".");
        }
    }

    /** A text element's {@code <text>} with its format; empty in the default format when there is none. */
    private static Text text(Element holder, String defaultFormat) {
        if (holder == null) {
            return Text.empty(defaultFormat);
        }
        return new Text(holder.childText("text"), format(holder.attribute("format", null), defaultFormat));
    }

    /** Moodle XML's format names as GIFT's; an unknown one is html, as Moodle assumes. */
    private static String format(String name, String defaultFormat) {
        if (name == null) {
            return defaultFormat;
        }
        return switch (name.strip()) {
            case "moodle_auto_format" -> "moodle";
            case "plain_text" -> "plain";
            case "markdown" -> "markdown";
            // Moodle's wiki format is long retired; Moodle shows such text as it shows auto-format text.
            case "wiki_like" -> "moodle";
            default -> "html";
        };
    }

    private static String textOf(Element holder) {
        return holder.childText("text");
    }

    /** The names of the files the question uses or carries. */
    private static Set<String> files(Element q) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Element> todo = new ArrayDeque<>(List.of(q));
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            if (e.name.equals("file") || e.name.equals("image")) {
                names.add(e.attribute("name", e.text.toString().strip()));
            }
            Matcher m = PLUGINFILE.matcher(e.text);
            while (m.find()) {
                names.add(java.net.URLDecoder.decode(m.group(1).replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            todo.addAll(e.children);
        }
        names.remove("");
        return names;
    }

    private static String excerpt(Element q, int n) {
        Element name = q.child("name");
        String title = name == null ? "" : name.childText("text");
        return "question " + n + (title.isEmpty() ? "" : ": " + shorten(title));
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 60 ? one.substring(0, 59) + "…" : one;
    }

    /** A question Moodle's importer would refuse, or Factdeck cannot hold; the message says why. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    // ---- the XML ----

    private static final class NotWellFormed extends Exception {
        final int line;

        NotWellFormed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** An element: its attributes, its elements and its own text, with the line its start tag ends on. */
    private static final class Element {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Element(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        Element child(String name) {
            for (Element c : children) {
                if (c.name.equals(name)) {
                    return c;
                }
            }
            return null;
        }

        List<Element> children(String name) {
            return children.stream().filter(c -> c.name.equals(name)).toList();
        }

        /** The trimmed text of the first such element, or "" (Moodle trims every text it reads). */
        String childText(String name) {
            Element c = child(name);
            return c == null ? "" : c.text.toString().strip();
        }

        String attribute(String name, String otherwise) {
            return attributes.getOrDefault(name, otherwise);
        }
    }

    private static Element parse(String xml) throws NotWellFormed {
        Tree tree = new Tree();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            try {
                reader.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
            } catch (SAXException e) {
                // A parser without the property speaks the server's language; the line and column still help.
            }
            // Never reached while a DOCTYPE is refused; kept so that no setting change can make a file read another.
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("the file refers to another file (" + systemId + "), which is never read");
            });
            reader.setContentHandler(tree);
            reader.setErrorHandler(tree);
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw notWellFormed(xml, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException e) {
            throw notWellFormed(xml, tree.line(), -1, e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("the XML parser cannot be set up", e);
        }
        if (tree.root == null) {
            throw new NotWellFormed(1, "The file holds no XML element. A Moodle XML file starts with <quiz>.");
        }
        return tree.root;
    }

    private static NotWellFormed notWellFormed(String xml, int line, int column, String message) {
        String[] lines = xml.split("\r\n|\r|\n", -1);
        String at = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        if (at.contains("<!DOCTYPE") || message != null && message.contains("DOCTYPE")) {
            return new NotWellFormed(Math.max(1, line), "The file declares a DOCTYPE (line " + line + "). Moodle XML "
                    + "has none, and Factdeck refuses DTDs and entities, so that a file can never make the server "
                    + "read another file. Remove the <!DOCTYPE …> declaration and upload it again.");
        }
        return new NotWellFormed(Math.max(1, line), "The file is not well-formed XML: line " + line
                + (column > 0 ? ", column " + column : "") + ": " + message + " Export it from Moodle again, or fix "
                + "it in a text editor (a Moodle XML file is <quiz> with one <question> per question).");
    }

    /** Builds the element tree, refusing one nested deeper than {@link #MAX_DEPTH}. */
    private static final class Tree extends DefaultHandler {
        private final Deque<Element> open = new ArrayDeque<>();
        private Locator locator;
        Element root;

        int line() {
            return locator == null ? 1 : locator.getLineNumber();
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (open.size() >= MAX_DEPTH) {
                throw new SAXParseException("elements are nested more than " + MAX_DEPTH + " deep, and a Moodle XML "
                        + "file nests them at most 5 deep.", locator);
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                map.put(attributes.getQName(i), attributes.getValue(i));
            }
            Element e = new Element(qName, map, line());
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().children.add(e);
            }
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
