package app.factdeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.MoodleQuestion.Pair;
import app.factdeck.questions.core.MoodleQuestion.Text;
import app.factdeck.questions.core.MoodleQuestion.Type;
import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.types.gaps.GapsKind;
import app.factdeck.questions.types.matching.Matching;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import app.factdeck.questions.types.multiselect.SelectAllKind;
import app.factdeck.questions.types.numerical.Numerical;
import app.factdeck.questions.types.numerical.NumericalKind;
import app.factdeck.questions.types.ordering.Ordering;
import app.factdeck.questions.types.shortanswer.ShortAnswer;
import app.factdeck.questions.types.shortanswer.ShortAnswerKind;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moodle XML as Moodle 4.x writes it (the fixtures under moodle-xml/ follow qformat_xml's exporter: CDATA, the
 * editor's {@code <p dir="ltr">} answers, combined feedback, units), read at the MoodleQuestion level, then imported
 * through the same conversion as GIFT; answers worth part of the marks import with Moodle's fractions.
 */
class MoodleXmlReaderTest {

    private static final Article ARTICLE = new ContentLoader().load(Path.of("content"))
            .article("kyiv-independent-nato-troops-warning").orElseThrow();

    private static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/moodle-xml", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static QuestionFormat.Parsed read(String name) {
        return MoodleXmlReader.read(fixture(name));
    }

    /** The 1-based line of the first line holding {@code marker} in the fixture. */
    private static int lineOf(String name, String marker) {
        List<String> lines = fixture(name).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker + " not in " + name);
    }

    private static Importer.Item item(Importer.Report report, String excerpt) {
        return report.items().stream().filter(i -> i.excerpt().equals(excerpt)).findFirst()
                .orElseThrow(() -> new AssertionError(excerpt + " in " + report.items()));
    }

    @Test
    void multipleChoiceWithHtmlAnswersFractionsFeedbackIdNumberAndTags() {
        QuestionFormat.Parsed r = read("multichoice.xml");
        assertEquals(List.of(), r.problems());
        assertEquals(4, r.questions().size());

        MoodleQuestion category = r.questions().get(0);
        assertEquals(Type.CATEGORY, category.type());
        assertEquals("$course$/top/NATO summit", category.category());

        MoodleQuestion city = r.questions().get(1);
        assertEquals(Type.MULTICHOICE, city.type());
        assertEquals(lineOf("multichoice.xml", "<!-- question: 301") + 1, city.line(), "the <question> line");
        assertEquals("Summit city", city.name());
        assertTrue(city.titled());
        assertEquals(new Text("<p dir=\"ltr\" style=\"text-align: left;\">Which city hosted the NATO summit in "
                + "<strong>July 2023</strong>?</p>", "html"), city.text());
        assertEquals(new Text("<p dir=\"ltr\" style=\"text-align: left;\">Vilnius, Lithuania, on 11&ndash;12 July "
                + "2023.</p>", "html"), city.generalFeedback(), "HTML entities stay HTML inside CDATA");
        assertEquals("nato-2023-city", city.idNumber());
        assertEquals(List.of("nato", "summit 2023"), city.tags());
        assertTrue(city.single());
        assertEquals(List.of(1.0, 0.0, 0.0), city.answers().stream().map(Answer::fraction).toList());
        assertEquals(new Text("<p dir=\"ltr\" style=\"text-align: left;\">Vilnius<br></p>", "html"),
                city.answers().get(0).text());
        assertEquals(new Text("<p dir=\"ltr\" style=\"text-align: left;\">Yes: Lithuania&#39;s capital.</p>", "html"),
                city.answers().get(0).feedback());
        assertEquals(Text.empty("html"), city.answers().get(2).feedback());

        MoodleQuestion chairs = r.questions().get(2);
        assertFalse(chairs.single(), "<single>false</single>: several right answers");
        assertEquals(List.of(0.5, 0.5, -1.0), chairs.answers().stream().map(Answer::fraction).toList());

        MoodleQuestion half = r.questions().get(3);
        assertEquals("moodle", half.text().format(), "moodle_auto_format");
        assertEquals(List.of(1.0, 0.5, 0.0), half.answers().stream().map(Answer::fraction).toList());
        assertEquals(new Text("Close: Lithuania is one of them.", "moodle"), half.answers().get(1).feedback());

        Importer.Report report = Importer.read(fixture("multichoice.xml"), Formats.MOODLE_XML, ARTICLE);
        Importer.Item cityItem = item(report, "Summit city");
        assertTrue(cityItem.ok(), cityItem.problem());
        assertEquals(MultipleChoiceKind.INSTANCE, cityItem.question().type());
        assertEquals(List.of("Vilnius", "Riga", "Warsaw & Kraków"), cityItem.draft().options(),
                "the editor's HTML answers become plain options, entities decoded");
        assertEquals(Set.of(0), cityItem.draft().correct());
        assertEquals("Summit city", cityItem.draft().title());
        assertEquals("html", cityItem.draft().format());
        Importer.Item chairsItem = item(report, "Co-chairs");
        assertTrue(chairsItem.ok(), chairsItem.problem());
        assertEquals(SelectAllKind.INSTANCE, chairsItem.question().type());
        assertEquals(Set.of(0, 1), chairsItem.draft().correct());
        Importer.Item halfItem = item(report, "Half right");
        assertTrue(halfItem.ok(), halfItem.problem());
        MultipleChoice halfRight = (MultipleChoice) halfItem.question();
        Choice baltic = halfRight.choices().stream().filter(c -> c.text().equals("The Baltic states")).findFirst()
                .orElseThrow();
        assertEquals(0.5, baltic.fraction(), "the fixture's 50 %");
        assertTrue(baltic.feedback().contains("Close: Lithuania is one of them."), baltic.feedback());
    }

    @Test
    void trueFalseIsRightOnTheAnswerWorthAHundred() {
        QuestionFormat.Parsed r = read("truefalse.xml");
        assertEquals(List.of(), r.problems());
        MoodleQuestion chief = r.questions().get(0);
        assertEquals(Type.TRUEFALSE, chief.type());
        assertTrue(chief.correctTrue());
        assertEquals(new Text("<p>Right.</p>", "html"), chief.feedbackTrue());
        assertEquals(new Text("<p>He was, from 2009.</p>", "html"), chief.feedbackFalse());
        assertEquals(new Text("<p>He led NATO from 2009 to 2014.</p>", "html"), chief.generalFeedback());
        MoodleQuestion host = r.questions().get(1);
        assertFalse(host.correctTrue(), "\"false\" has the 100");
        assertEquals(new Text("<p>It was in Lithuania.</p>", "html"), host.feedbackFalse());

        Importer.Report report = Importer.read(fixture("truefalse.xml"), Formats.MOODLE_XML, ARTICLE);
        assertEquals(List.of(), report.rejected());
        assertEquals(List.of("true", "false"), report.valid().stream().map(d -> d.answer()).toList());
        assertEquals(List.of("True", "False"), report.items().stream().map(i -> i.question().correctAnswer()).toList());
    }

    @Test
    void shortAnswersWithEveryFractionAndTheCatchAll() {
        QuestionFormat.Parsed r = read("shortanswer.xml");
        assertEquals(List.of(), r.problems());
        MoodleQuestion surname = r.questions().get(0);
        assertEquals(Type.SHORTANSWER, surname.type());
        assertEquals(List.of("Rasmussen", "Fogh Rasmussen"), surname.answers().stream().map(a -> a.text().text()).toList());
        assertEquals(new Text("<p>Yes.</p>", "html"), surname.answers().get(0).feedback());
        MoodleQuestion capital = r.questions().get(1);
        assertEquals(List.of(new Answer(new Text("Vilnius", "moodle"), 1, Text.empty("html"), null),
                new Answer(new Text("Vilna", "moodle"), 0.5, new Text("<p>The old name &mdash; half marks.</p>", "html"), null),
                new Answer(new Text("*", "moodle"), 0, new Text("<p>It was Vilnius.</p>", "html"), null)),
                capital.answers());

        Importer.Report report = Importer.read(fixture("shortanswer.xml"), Formats.MOODLE_XML, ARTICLE);
        Importer.Item ok = item(report, "Surname");
        assertTrue(ok.ok(), ok.problem());
        assertEquals(ShortAnswerKind.INSTANCE, ok.question().type());
        // Both spellings earn the full marks, and the one with feedback shows it after answering.
        assertEquals(1.0, ok.question().grade(app.factdeck.questions.core.Response.of("Rasmussen")).credit());
        assertEquals(1.0, ok.question().grade(app.factdeck.questions.core.Response.of("Fogh Rasmussen")).credit());
        assertTrue(String.join("", ok.question().answerFeedback(app.factdeck.questions.core.Response.of("Rasmussen")))
                .contains("Yes."), "the answer's feedback travels along");
        Importer.Item spelled = item(report, "Capital, spelled");
        assertTrue(spelled.ok(), spelled.problem());
        assertEquals(List.of(0.5), ((ShortAnswer) spelled.question()).others().stream()
                .filter(c -> c.text().equals("Vilna")).map(Choice::fraction).toList(), "'Vilna' for half the marks");
    }

    @Test
    void numericalWithSeveralAnswersTolerancesAndUnits() {
        QuestionFormat.Parsed r = read("numerical.xml");
        assertEquals(List.of(), r.problems());
        MoodleQuestion founded = r.questions().get(1);
        assertEquals(Type.NUMERICAL, founded.type());
        assertEquals(List.of("1949", "1950", "*"), founded.answers().stream().map(a -> a.text().text()).toList());
        assertEquals(List.of("0", "2", "0"), founded.answers().stream().map(Answer::tolerance).toList());
        assertEquals(List.of(1.0, 0.5, 0.0), founded.answers().stream().map(Answer::fraction).toList());
        assertEquals(new Text("<p>After the Second World War.</p>", "html"), founded.answers().get(2).feedback());

        Importer.Report report = Importer.read(fixture("numerical.xml"), Formats.MOODLE_XML, ARTICLE);
        Importer.Item signers = item(report, "Signers");
        assertTrue(signers.ok(), signers.problem());
        assertEquals(NumericalKind.INSTANCE, signers.question().type());
        assertEquals("9", signers.draft().answer());
        assertEquals("0", signers.draft().tolerance());
        Importer.Item foundedItem = item(report, "Founded");
        assertTrue(foundedItem.ok(), foundedItem.problem());
        List<Numerical.Answer> years = ((Numerical) foundedItem.question()).answers();
        assertEquals(List.of("1949", "1950", "*"), years.stream().map(Numerical.Answer::value).toList());
        assertEquals(List.of(1.0, 0.5, 0.0), years.stream().map(Numerical.Answer::fraction).toList());
        assertEquals(2.0, years.get(1).tolerance(), "1950 ± 2");
    }

    @Test
    void matchingWithAnExtraRightHandItem() {
        QuestionFormat.Parsed r = read("matching.xml");
        assertEquals(List.of(), r.problems());
        MoodleQuestion roles = r.questions().get(0);
        assertEquals(Type.MATCH, roles.type(), "Moodle writes type=\"matching\"");
        assertEquals(List.of(new Pair(new Text("<p dir=\"ltr\" style=\"text-align: left;\">Anders Fogh Rasmussen<br></p>",
                        "html"), "former NATO Secretary General"),
                new Pair(new Text("<p dir=\"ltr\" style=\"text-align: left;\">Andriy Yermak</p>", "html"),
                        "head of the Office of the President of Ukraine")), roles.pairs());
        MoodleQuestion decoy = r.questions().get(1);
        assertEquals(3, decoy.pairs().size());
        assertEquals(new Pair(Text.empty("html"), "President of Lithuania"), decoy.pairs().get(2),
                "an item with no text is an extra right-hand answer");

        Importer.Report report = Importer.read(fixture("matching.xml"), Formats.MOODLE_XML, ARTICLE);
        Importer.Item ok = item(report, "Roles");
        assertTrue(ok.ok(), ok.problem());
        assertEquals("Anders Fogh Rasmussen -> former NATO Secretary General\n"
                + "Andriy Yermak -> head of the Office of the President of Ukraine", ok.draft().pairs());
        Importer.Item decoyItem = item(report, "Roles with a decoy");
        assertTrue(decoyItem.ok(), decoyItem.problem());
        assertEquals(List.of("President of Lithuania"), ((Matching) decoyItem.question()).extras(),
                "the extra right-hand item is offered, never a key");
    }

    @Test
    void clozeKeepsItsEmbeddedGapsAndImportsAsGapsWhenFactdeckCanHoldThem() {
        QuestionFormat.Parsed r = read("cloze.xml");
        assertEquals(List.of(), r.problems());
        MoodleQuestion cloze = r.questions().get(0);
        assertEquals(Type.MULTIANSWER, cloze.type(), "Moodle writes type=\"cloze\"");
        assertEquals("Summit gaps", cloze.name());
        assertTrue(cloze.text().text().contains("{1:SHORTANSWER:=Vilnius#Yes~%50%Vilna#The old name} in "
                + "{1:MULTICHOICE:=July~June~March}"), cloze.text().text());
        assertEquals("gaps-1", cloze.idNumber());
        assertEquals(List.of("cloze"), cloze.tags());
        assertEquals(new Text("<p>Vilnius, 11&ndash;12 July 2023.</p>", "html"), cloze.generalFeedback());
        Importer.Report report = Importer.read(fixture("cloze.xml"), Formats.MOODLE_XML, ARTICLE);
        // Feedback on a gap's answer is more than Factdeck's gaps hold: refused, saying what to do.
        assertEquals(1, report.rejected().size());
        assertTrue(report.rejected().get(0).problem().contains("feedback on its answer 'Vilnius'"),
                report.rejected().get(0).problem());
        // Gaps without it become a gaps question: a typed gap with both spellings, a drop-down right on "July".
        Importer.Item held = item(report, "Summit place and month");
        assertTrue(held.ok(), held.problem());
        assertEquals(GapsKind.INSTANCE, held.question().type());
        assertEquals(1.0, held.question().grade(app.factdeck.questions.core.Response.of("Vilnyus", "July")).credit());
        assertEquals(0.5, held.question().grade(app.factdeck.questions.core.Response.of("Vilnius", "June")).credit(),
                1e-9);
    }

    @Test
    void essaysDescriptionsAndUnknownTypesAreRefusedWithReasonsOnTheirLines() {
        QuestionFormat.Parsed r = read("essay-and-description.xml");
        assertEquals(List.of(Type.ESSAY, Type.DESCRIPTION), r.questions().stream().map(MoodleQuestion::type).toList());
        assertEquals(List.of(lineOf("essay-and-description.xml", "type=\"calculatedsimple\""),
                lineOf("essay-and-description.xml", "type=\"ddwtos\"")),
                r.problems().stream().map(GiftParser.Problem::line).toList());
        assertTrue(r.problems().get(0).message().startsWith("Calculated questions"), r.problems().get(0).message());
        assertEquals("question 3: Troops", r.problems().get(0).excerpt());
        assertTrue(r.problems().get(1).message().contains("'ddwtos'"));

        Importer.Report report = Importer.read(fixture("essay-and-description.xml"), Formats.MOODLE_XML, ARTICLE);
        assertEquals(4, report.rejected().size());
        assertTrue(item(report, "Why troops?").problem().contains("needs a person to mark it"));
        assertTrue(item(report, "Read first").problem().contains("A description has no answer"));
        assertEquals(lineOf("essay-and-description.xml", "type=\"essay\""), item(report, "Why troops?").line());
    }

    @Test
    void aQuestionWithEmbeddedFilesIsRefusedNamingThem() {
        QuestionFormat.Parsed r = read("pluginfile.xml");
        assertEquals(List.of(), r.questions());
        assertTrue(r.problems().get(0).message().contains("(lithuania flag.png)"), r.problems().get(0).message());
        assertTrue(r.problems().get(0).message().contains("Factdeck keeps no files yet"));
    }

    @Test
    void malformedXmlIsOneProblemWithLineAndColumn() {
        QuestionFormat.Parsed r = read("malformed.xml");
        assertEquals(List.of(), r.questions());
        GiftParser.Problem p = r.problems().get(0);
        assertEquals(10, p.line(), p.message());
        assertTrue(p.message().startsWith("The file is not well-formed XML: line 10, column "), p.message());
        assertTrue(p.message().contains("question"), "names the element left open: " + p.message());

        assertTrue(MoodleXmlReader.read("Which city? {=Vilnius ~Riga}").problems().get(0).message()
                .startsWith("The file is not well-formed XML: line 1"));
        assertTrue(MoodleXmlReader.read("<questions><question/></questions>").problems().get(0).message()
                .startsWith("This is XML but not Moodle XML: it starts with <questions>"));
        assertTrue(MoodleXmlReader.read("").problems().get(0).message().startsWith("The file is not well-formed"));
    }

    @Test
    void aDoctypeWithAnEntityOnALocalFileIsRefusedAndTheFileNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a");
        QuestionFormat.Parsed r = MoodleXmlReader.read(fixture("xxe-file.xml").replace("SECRET_FILE",
                secret.toUri().toString()));
        assertEquals(List.of(), r.questions());
        assertEquals(1, r.problems().size());
        GiftParser.Problem p = r.problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("The file declares a DOCTYPE (line 2)"), p.message());
        assertFalse(p.toString().contains("TOP-SECRET") || p.excerpt().contains("TOP-SECRET"));
        // The same with /etc/passwd, which every Linux has: nothing of it comes back.
        QuestionFormat.Parsed passwd = MoodleXmlReader.read(fixture("xxe-file.xml").replace("SECRET_FILE",
                "file:///etc/passwd"));
        assertEquals(List.of(), passwd.questions());
        assertFalse(passwd.problems().get(0).message().contains("root:"));
    }

    @Test
    void aDoctypeWithExternalDtdAndEntitiesOverHttpIsRefusedWithoutARequest() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY callback \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            QuestionFormat.Parsed r = MoodleXmlReader.read(fixture("xxe-http.xml").replace("HTTP_URL", url));
            assertEquals(List.of(), r.questions());
            assertTrue(r.problems().get(0).message().startsWith("The file declares a DOCTYPE"));
            assertEquals(0, requests.get(), "no request reached the server");
            // The server was there to be asked: a request of this test's own is counted.
            try (var in = java.net.URI.create(url + "/evil.dtd").toURL().openStream()) {
                assertEquals("<!ENTITY callback \"LEAKED\">", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertEquals(1, requests.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anInternalEntityBombIsRefusedWithTheDoctype() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\n<!ENTITY a \"aaaaaaaaaa\">\n");
        for (char c = 'b'; c <= 'k'; c++) {
            xml.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<quiz><question type=\"truefalse\"><name><text>&k;</text></name></question></quiz>");
        long started = System.nanoTime();
        QuestionFormat.Parsed r = MoodleXmlReader.read(xml.toString());
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused at once");
        assertEquals(List.of(), r.questions());
        assertTrue(r.problems().get(0).message().startsWith("The file declares a DOCTYPE"));
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsAStack() {
        String xml = "<quiz>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</quiz>";
        QuestionFormat.Parsed r = MoodleXmlReader.read(xml);
        assertEquals(List.of(), r.questions());
        assertTrue(r.problems().get(0).message().contains("nested more than 32 deep"), r.problems().get(0).message());
    }

    @Test
    void badNumbersAndGradesAreProblemsOfTheirQuestion() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="numerical">
                    <name><text>Huge</text></name>
                    <questiontext format="html"><text>How many?</text></questiontext>
                    <answer fraction="100"><text>1e400</text><tolerance>0</tolerance></answer>
                  </question>
                  <question type="multichoice">
                    <name><text>Odd grade</text></name>
                    <questiontext format="html"><text>Which?</text></questiontext>
                    <answer fraction="100"><text>A</text></answer>
                    <answer fraction="37"><text>B</text></answer>
                  </question>
                  <question type="shortanswer">
                    <name><text>Bad fraction</text></name>
                    <questiontext format="html"><text>Which?</text></questiontext>
                    <answer fraction="all"><text>A</text></answer>
                  </question>
                  <question type="shortanswer">
                    <questiontext format="html"><text><![CDATA[<p>An untitled question</p>]]></text></questiontext>
                    <answer fraction="100"><text>A</text></answer>
                  </question>
                  <question type="truefalse">
                    <name><text>No answers</text></name>
                    <questiontext><text>True?</text></questiontext>
                  </question>
                </quiz>
                """;
        QuestionFormat.Parsed r = MoodleXmlReader.read(xml);
        assertEquals(List.of(3, 8, 14, 23), r.problems().stream().map(GiftParser.Problem::line).toList());
        assertTrue(r.problems().get(0).message().startsWith("'1e400' is not a number"), r.problems().get(0).message());
        assertTrue(r.problems().get(1).message().startsWith("grades must be one of Moodle's"));
        assertTrue(r.problems().get(1).message().endsWith("not 37 %"), r.problems().get(1).message());
        assertTrue(r.problems().get(2).message().startsWith("The answer's fraction=\"all\" is not a number"));
        assertTrue(r.problems().get(3).message().contains("has no <answer>"));
        MoodleQuestion untitled = r.questions().get(0);
        assertFalse(untitled.titled(), "no <name>: named from its text, as Moodle does, and no title");
        assertEquals("An untitled question", untitled.name());
        assertEquals("html", untitled.text().format(), "html when the text has no format, as Moodle assumes");
        assertNull(untitled.feedbackTrue());
    }

    @Test
    void orderingAsMoodle44WritesItImportsWhenItGradesAndAsksAsFactdeckDoes() {
        QuestionFormat.Parsed r = read("ordering.xml");
        assertEquals(List.of(), r.problems());
        MoodleQuestion road = r.questions().get(1);
        assertEquals(Type.ORDERING, road.type());
        assertEquals("Road to Vilnius", road.name());
        assertEquals("order-1", road.idNumber());
        assertEquals(List.of("timeline"), road.tags());
        assertEquals(new Text("<p dir=\"ltr\" style=\"text-align: left;\">Stoltenberg says guarantees will be "
                + "discussed at the summit</p>", "html"), road.answers().get(0).text(), "the editor's HTML, as written");
        assertEquals(java.util.Map.of("layouttype", "HORIZONTAL", "selecttype", "ALL", "selectcount", "0",
                "gradingtype", "RELATIVE_ALL_PREVIOUS_AND_NEXT", "showgrading", "SHOW", "numberingstyle", "abc"),
                road.settings());

        Importer.Report report = Importer.read(fixture("ordering.xml"), Formats.MOODLE_XML, ARTICLE);
        Importer.Item held = item(report, "Road to Vilnius");
        assertTrue(held.ok(), held.problem());
        List<String> events = List.of("Stoltenberg says guarantees will be discussed at the summit",
                "The Washington Post reports there will be no formal invitation",
                "Rasmussen warns that some members may send troops",
                "The allies meet in Vilnius & agree on a path for Ukraine");
        assertEquals(events, ((Ordering) held.question()).items(), "plain items (tags, <br>, &nbsp; and &amp; gone), "
                + "in the file's order");
        // Graded as Moodle's "Relative to ALL the previous and next items": the share of the 6 pairs in order.
        assertEquals(1.0, held.question().grade(Response.of(events.toArray(String[]::new))).credit());
        assertEquals(5.0 / 6, held.question().grade(Response.of(events.get(1), events.get(0), events.get(2),
                events.get(3))).credit(), 1e-9);
        assertEquals(0.0, held.question().grade(Response.of(events.get(3), events.get(2), events.get(1),
                events.get(0))).credit());

        // Moodle's default grading (absolute position) marks answers otherwise: refused, naming the setting.
        Importer.Item absolute = item(report, "Default grading");
        assertEquals(lineOf("ordering.xml", "question: 512") + 1, absolute.line());
        assertTrue(absolute.problem().startsWith("Moodle grades this question by \"Absolute position\""),
                absolute.problem());
        assertTrue(absolute.problem().contains("set its Grading type to \"Relative to ALL the previous and next "
                + "items\""), absolute.problem());
        // A random subset of the items is another question for every student: refused.
        Importer.Item subset = item(report, "Random subset");
        assertTrue(subset.problem().startsWith("Moodle shows each student a random choice of 3 of its 5 items"),
                subset.problem());
        assertTrue(subset.problem().contains("\"Select all items\""), subset.problem());
        // A subset as large as the list is the whole list in Moodle too.
        Importer.Item whole = item(report, "Subset as large as the list");
        assertTrue(whole.ok(), whole.problem());
        assertEquals(List.of("Anders Fogh Rasmussen", "Jens Stoltenberg", "Mark Rutte"),
                ((Ordering) whole.question()).items());
        assertEquals(2, report.rejected().size());
    }

    @Test
    void orderingSettingsAFileLeavesOutAreMoodlesDefaultsAndTheItemsComeInTheFilesOrder() {
        String items = "<answer fraction=\"3\"><text>Rasmussen</text></answer>"
                + "<answer fraction=\"1\"><text>Stoltenberg</text></answer><answer><text> </text></answer>"
                + "<answer fraction=\"2\"><text>Rutte</text></answer>";
        // No settings at all: Moodle shows a random 6 (here: all 3) and grades by the next item only.
        Importer.Report bare = Importer.read("<quiz><question type=\"ordering\"><name><text>Bare</text></name>"
                + "<questiontext><text>Order them.</text></questiontext>" + items + "</question></quiz>",
                Formats.MOODLE_XML, ARTICLE);
        assertTrue(bare.items().get(0).problem().startsWith("Moodle grades this question by \"Relative to the next "
                + "item (excluding last)\""), bare.items().get(0).problem());
        // The plugin's old names for the item selection (logical, studentsee), any case for the grading: as Moodle.
        Importer.Report old = Importer.read("<quiz><question type=\"ordering\"><name><text>Old</text></name>"
                + "<questiontext><text>Order them.</text></questiontext><logical>0</logical>"
                + "<studentsee>2</studentsee><gradingtype>relative_all_previous_and_next</gradingtype>" + items
                + "</question></quiz>", Formats.MOODLE_XML, ARTICLE);
        assertTrue(old.items().get(0).problem().startsWith("Moodle shows each student a random choice of 2 of its 3"),
                old.items().get(0).problem());
        Importer.Report ok = Importer.read("<quiz><question type=\"ordering\"><name><text>Ok</text></name>"
                + "<questiontext><text>Order them.</text></questiontext><selecttype>exact</selecttype>"
                + "<gradingtype> RELATIVE_ALL_PREVIOUS_AND_NEXT </gradingtype>" + items + "</question></quiz>",
                Formats.MOODLE_XML, ARTICLE);
        assertTrue(ok.items().get(0).ok(), ok.items().get(0).problem());
        assertEquals(List.of("Rasmussen", "Stoltenberg", "Rutte"), ((Ordering) ok.items().get(0).question()).items(),
                "the elements' order, never their fractions (Moodle renumbers them so); the empty item dropped");
        Importer.Report none = Importer.read("<quiz><question type=\"ordering\"><questiontext><text>Order them."
                + "</text></questiontext></question></quiz>", Formats.MOODLE_XML, ARTICLE);
        assertTrue(none.items().get(0).problem().contains("has no <answer>"), none.items().get(0).problem());
    }

    @Test
    void aByteOrderMarkAndOldStyleCategoriesAreRead() {
        QuestionFormat.Parsed r = MoodleXmlReader.read("\uFEFF<?xml version=\"1.0\"?>\n<quiz><question type=\"category\">"
                + "<category>$course$/Old</category></question></quiz>");
        assertEquals(List.of(), r.problems());
        assertEquals("$course$/Old", r.questions().get(0).category());
    }
}
