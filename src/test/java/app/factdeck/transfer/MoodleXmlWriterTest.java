package app.factdeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.questions.QuestionKinds;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Text;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.ordering.Ordering;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The Moodle XML writer: Moodle 4.x's layout (qformat_xml::writequestion), CDATA as Moodle's xml_escape decides it,
 * and every question of the GIFT corpus written as XML and read back the same, field by field.
 */
class MoodleXmlWriterTest {

    @Test
    void aQuestionIsWrittenAsMoodleWritesIt() {
        MoodleQuestion q = GiftParser.parse("// [tag:nato]\n::Capital::Which is the capital of Lithuania?"
                + "{=Vilnius#Yes ~Riga ~%-50%Tallinn####Vilnius since 1990.}").questions().get(0);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                <!-- question: 1  -->
                  <question type="multichoice">
                    <name>
                      <text>Capital</text>
                    </name>
                    <questiontext format="moodle_auto_format">
                      <text>Which is the capital of Lithuania?</text>
                    </questiontext>
                    <generalfeedback format="moodle_auto_format">
                      <text>Vilnius since 1990.</text>
                    </generalfeedback>
                    <defaultgrade>1</defaultgrade>
                    <penalty>0.3333333</penalty>
                    <hidden>0</hidden>
                    <idnumber></idnumber>
                    <single>true</single>
                    <shuffleanswers>true</shuffleanswers>
                    <answernumbering>abc</answernumbering>
                    <showstandardinstruction>0</showstandardinstruction>
                    <correctfeedback format="html">
                      <text></text>
                    </correctfeedback>
                    <partiallycorrectfeedback format="html">
                      <text></text>
                    </partiallycorrectfeedback>
                    <incorrectfeedback format="html">
                      <text></text>
                    </incorrectfeedback>
                    <shownumcorrect/>
                    <answer fraction="100" format="moodle_auto_format">
                      <text>Vilnius</text>
                      <feedback format="moodle_auto_format">
                        <text>Yes</text>
                      </feedback>
                    </answer>
                    <answer fraction="0" format="moodle_auto_format">
                      <text>Riga</text>
                      <feedback format="moodle_auto_format">
                        <text></text>
                      </feedback>
                    </answer>
                    <answer fraction="-50" format="moodle_auto_format">
                      <text>Tallinn</text>
                      <feedback format="moodle_auto_format">
                        <text></text>
                      </feedback>
                    </answer>
                    <tags>
                      <tag><text>nato</text></tag>
                    </tags>
                  </question>

                </quiz>
                """, MoodleXmlWriter.write(List.of(q)));
    }

    @Test
    void anOrderingQuestionIsWrittenAsQtypeOrderingWritesItGradedAsFactdeckGrades() {
        Ordering ordering = new Ordering(new Question.Common("a/9/1", "summit-news", List.of(), "Put them in order.", "",
                List.of(), List.of(), null), List.of("April", "May", "June & July"));
        MoodleQuestion common = new MoodleQuestion(0, null, "Months", true, new Text("<p>Put them in order.</p>",
                "html"), new Text("", "html"), "", List.of(), false, List.of(), false, null, null, List.of(), null);
        MoodleQuestion q = QuestionKinds.toMoodle(ordering, common).orElseThrow();
        // Moodle's export_to_xml (question/type/ordering/questiontype.php): the six settings, the combined
        // feedback with <shownumcorrect>1</shownumcorrect>, then each item with its position as its fraction.
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                <!-- question: 1  -->
                  <question type="ordering">
                    <name>
                      <text>Months</text>
                    </name>
                    <questiontext format="html">
                      <text><![CDATA[<p>Put them in order.</p>]]></text>
                    </questiontext>
                    <generalfeedback format="html">
                      <text></text>
                    </generalfeedback>
                    <defaultgrade>1</defaultgrade>
                    <penalty>0.3333333</penalty>
                    <hidden>0</hidden>
                    <idnumber></idnumber>
                    <layouttype>VERTICAL</layouttype>
                    <selecttype>ALL</selecttype>
                    <selectcount>0</selectcount>
                    <gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>
                    <showgrading>SHOW</showgrading>
                    <numberingstyle>none</numberingstyle>
                    <correctfeedback format="html">
                      <text></text>
                    </correctfeedback>
                    <partiallycorrectfeedback format="html">
                      <text></text>
                    </partiallycorrectfeedback>
                    <incorrectfeedback format="html">
                      <text></text>
                    </incorrectfeedback>
                    <shownumcorrect>1</shownumcorrect>
                    <answer fraction="1" format="moodle_auto_format">
                      <text>April</text>
                    </answer>
                    <answer fraction="2" format="moodle_auto_format">
                      <text>May</text>
                    </answer>
                    <answer fraction="3" format="moodle_auto_format">
                      <text><![CDATA[June & July]]></text>
                    </answer>
                  </question>

                </quiz>
                """, MoodleXmlWriter.write(List.of(q)));
        assertTrue(Formats.holds(Formats.MOODLE_XML, q));
        assertEquals(false, Formats.holds(Formats.GIFT, q), "GIFT has no ordering type");
    }

    @Test
    void textGoesInCdataOnlyWhenItHoldsMarkupAndCdataEndsAreSplit() {
        // Moodle's own cases (xmlformat_test::test_xml_escape_*).
        assertEquals("<text>Nothing funny here. Even if we go to a café or to 日本.</text>\n",
                MoodleXmlWriter.text("Nothing funny here. Even if we go to a café or to 日本.", 0));
        assertEquals("<text><![CDATA[<p>Nothing <b>funny<b> here.</p>]]></text>\n",
                MoodleXmlWriter.text("<p>Nothing <b>funny<b> here.</p>", 0));
        assertEquals("<text><![CDATA[if (x[[0]]]]><![CDATA[>a) print('hah');]]></text>\n",
                MoodleXmlWriter.text("if (x[[0]]>a) print('hah');", 0));
        assertEquals("33.33333", MoodleXmlWriter.percent(0.3333333));
        assertEquals("-100", MoodleXmlWriter.percent(-1));
    }

    @Test
    void anythingATextHoldsComesBackTheSameOrWithoutWhatXmlCannotHold() throws Exception {
        String tricky = "<script><![CDATA[alert(1<2);]]></script> & \"quotes\" 'too' ]]> \u0007bell \uD83D\uDE00";
        MoodleQuestion q = GiftParser.parse("::T::Text {T}").questions().get(0);
        MoodleQuestion with = new MoodleQuestion(0, q.type(), "Tricky", true, new MoodleQuestion.Text(tricky, "html"),
                q.generalFeedback(), "id<&>", List.of("a&b"), q.single(), q.answers(), q.correctTrue(),
                q.feedbackTrue(), q.feedbackFalse(), q.pairs(), null);
        String xml = MoodleXmlWriter.write(List.of(with));
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        assertEquals("quiz", parsed.getDocumentElement().getTagName(), "well-formed for any XML parser");
        MoodleQuestion back = MoodleXmlReader.read(xml).questions().get(0);
        assertEquals(tricky.replace("\u0007", ""), back.text().text(), "the bell is no XML character");
        assertEquals("id<&>", back.idNumber());
        assertEquals(List.of("a&b"), back.tags());
    }

    @Test
    void everyGiftCorpusQuestionSurvivesMoodleXmlAndBack() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/gift/cases"))) {
            files = s.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
        int questions = 0;
        List<String> types = new ArrayList<>();
        for (Path f : files) {
            List<MoodleQuestion> all = GiftParser.parse(Files.readString(f, StandardCharsets.UTF_8)).questions();
            String xml = MoodleXmlWriter.write(all);
            QuestionFormat.Parsed back = MoodleXmlReader.read(xml);
            // A question showing a Moodle file is refused on the way back (Factdeck keeps no files); the rest return.
            List<MoodleQuestion> original = all.stream().filter(q -> !q.toString().contains("@@PLUGINFILE@@")).toList();
            assertEquals(all.size() - original.size(), back.problems().size(), f + "\n" + back.problems());
            back.problems().forEach(p -> assertTrue(p.message().contains("Factdeck keeps no files yet"), p.message()));
            assertEquals(original.size(), back.questions().size(), f + "\n" + xml);
            for (int i = 0; i < original.size(); i++) {
                MoodleQuestion a = original.get(i);
                MoodleQuestion b = back.questions().get(i);
                String where = f.getFileName() + " q" + (i + 1) + "\n" + xml;
                assertEquals(a.type(), b.type(), where);
                assertEquals(a.category(), b.category(), where);
                assertEquals(a.name(), b.name(), where);
                // A title that is just the start of the text reads back as Moodle's name for an untitled question.
                assertEquals(a.titled() && !a.name().equals(GiftParser.defaultName(a.text().text())), b.titled(), where);
                assertEquals(a.text(), b.text(), where);
                assertEquals(a.generalFeedback(), b.generalFeedback(), where);
                assertEquals(a.idNumber(), b.idNumber(), where);
                assertEquals(a.tags(), b.tags(), where);
                assertEquals(a.single(), b.single(), where);
                assertEquals(a.answers(), b.answers(), where);
                assertEquals(a.correctTrue(), b.correctTrue(), where);
                assertEquals(a.feedbackTrue(), b.feedbackTrue(), where);
                assertEquals(a.feedbackFalse(), b.feedbackFalse(), where);
                assertEquals(a.pairs(), b.pairs(), where);
                types.add(a.type().name());
                questions++;
            }
        }
        assertTrue(questions >= 60, "round-tripped " + questions + " questions");
        for (String t : List.of("CATEGORY", "MULTICHOICE", "TRUEFALSE", "SHORTANSWER", "NUMERICAL", "MATCH", "ESSAY",
                "DESCRIPTION")) {
            assertTrue(types.contains(t), t + " in the corpus");
        }
    }
}
