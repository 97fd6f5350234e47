package app.factdeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Moodle XML on the upload page and the downloads, over HTTP on the real app. */
class MoodleXmlRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static WebClient teacher;

    @BeforeAll
    static void signIn() {
        teacher = signedIn("tess", PASSWORD, "teacher");
    }

    private static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/moodle-xml", name));
    }

    @Test
    void thePageOffersMoodleXmlFromTheRegistry() {
        String page = teacher.get("/teacher/transfer").body();
        assertTrue(page.contains("name=\"format\" value=\"moodle-xml\""), page);
        assertTrue(page.contains("accept=\".gift,.txt,.xml,text/plain,application/xml,text/xml\""), page);
        assertTrue(page.contains("href=\"/teacher/export?format=moodle-xml&amp;article=" + KI + "\""), page);
        assertTrue(page.contains("href=\"/teacher/export?format=moodle-xml\""), "all articles");
    }

    @Test
    void aMoodleBankWithAnEssayIsReportedThenItsValidQuestionsImported() throws Exception {
        int before = count();
        HttpResponse<String> report = teacher.postMultipart("/teacher/import", Map.of("article", KI,
                "format", "moodle-xml"), "file", "teacher-bank.xml", fixture("teacher-bank.xml"));
        assertEquals(422, report.statusCode(), report.body());
        String body = report.body();
        assertTrue(body.contains("8 questions found"), body);
        assertTrue(body.contains("7 valid"));
        assertTrue(body.contains("1 rejected"));
        assertTrue(body.contains("Line 282:"), "the essay's <question> line");
        assertTrue(body.contains("An essay question needs a person to mark it"));
        assertEquals(before, count(), "nothing written yet");
        HttpResponse<String> imported = teacher.post("/teacher/import/confirm", confirmForm(body));
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("Imported 7 questions."), imported.body());
        assertEquals(before + 7, count());
        String bank = teacher.get("/articles/" + KI + "/questions?status=authored").body();
        assertTrue(bank.contains("Imported (from teacher-bank.xml) by Tess"), bank);
    }

    @Test
    void aCleanFileIsImportedAtOnceAndXmlChosenAsGiftIsRefusedWithTheFix() throws Exception {
        int before = count();
        HttpResponse<String> asGift = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "gift"),
                "file", "truefalse.xml", fixture("truefalse.xml"));
        assertEquals(400, asGift.statusCode());
        assertTrue(asGift.body().contains("This file is XML, not GIFT: choose Moodle XML as its format."), asGift.body());
        assertTrue(asGift.body().contains("value=\"" + KI + "\" selected"), "the article is kept");
        assertTrue(asGift.body().contains("value=\"gift\" checked"), "the choice is kept");
        assertEquals(before, count());

        HttpResponse<String> ok = teacher.postMultipart("/teacher/import", Map.of("article", KI,
                "format", "moodle-xml"), "file", "truefalse.xml", fixture("truefalse.xml"));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("Imported 2 questions."));
        assertEquals(before + 2, count());
    }

    @Test
    void anXxeAttemptIsRefusedWithoutWritingOrReading() throws Exception {
        int before = count();
        String xxe = new String(fixture("xxe-file.xml"), StandardCharsets.UTF_8).replace("SECRET_FILE",
                "file:///etc/passwd");
        HttpResponse<String> r = teacher.postMultipart("/teacher/import", Map.of("article", KI,
                "format", "moodle-xml"), "file", "xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("The file declares a DOCTYPE"), r.body());
        assertFalse(r.body().contains("root:"), "nothing of /etc/passwd");
        assertFalse(r.body().contains("import-valid"), "nothing to confirm");
        HttpResponse<String> malformed = teacher.postMultipart("/teacher/import", Map.of("article", KI,
                "format", "moodle-xml"), "file", "malformed.xml", fixture("malformed.xml"));
        assertEquals(422, malformed.statusCode());
        assertTrue(malformed.body().contains("Line 10:"), malformed.body());
        assertTrue(malformed.body().contains("The file is not well-formed XML: line 10, column"));
        assertEquals(before, count());
    }

    @Test
    void theDownloadIsMoodleXmlThatReadsBack() {
        HttpResponse<String> xml = teacher.get("/teacher/export?format=moodle-xml&article=" + KI);
        assertEquals(200, xml.statusCode());
        assertEquals("attachment; filename=\"factdeck-" + KI + ".xml\"",
                xml.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(xml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        QuestionFormat.Parsed back = MoodleXmlReader.read(xml.body());
        assertEquals(List.of(), back.problems());
        assertFalse(back.questions().isEmpty());
        HttpResponse<String> unknown = teacher.get("/teacher/export?format=docx");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("Choose an export format: gift, moodle-xml, anki, anki-csv or quizlet."),
                unknown.body());
        assertEquals(400, teacher.get("/teacher/export?format=aiken").statusCode(), "Aiken only imports");
    }

    private static Map<String, String> confirmForm(String report) {
        int start = report.indexOf("<form class=\"form\" method=\"post\" action=\"/teacher/import/confirm\">");
        assertTrue(start >= 0, "a confirm form: " + report);
        String form = report.substring(start, report.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(form);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    private static int count() throws Exception {
        try (Connection c = app.connection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM authored_question")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
