package app.factdeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Import and export pages over HTTP on the real app: the report, the all-or-nothing rule, the downloads. */
class TransferRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static WebClient teacher;

    @BeforeAll
    static void signIn() {
        teacher = signedIn("tess", PASSWORD, "teacher");
    }

    @Test
    void aGiftFileWithABadQuestionWritesNothingUntilTheTeacherImportsTheValidOnes() throws Exception {
        String gift = Files.readString(Path.of("src/test/resources/transfer/teacher-bank.gift"));
        int before = count();
        teacher.get("/teacher/transfer");
        HttpResponse<String> report = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "gift"),
                "file", "teacher-bank.gift", bytes(gift));
        assertEquals(422, report.statusCode(), report.body());
        String body = report.body();
        assertTrue(body.contains("8 questions found"), body);
        assertTrue(body.contains("7 valid"));
        assertTrue(body.contains("1 rejected"));
        int brokenLine = lineOf(gift, "::Broken::");
        assertTrue(body.contains("Line " + brokenLine + ":"), "the rejected question's line");
        assertTrue(body.contains("Nothing was imported yet."));
        assertEquals(before, count(), "nothing written");

        Matcher content = Pattern.compile("<textarea name=\"content\" hidden aria-hidden=\"true\">([\\s\\S]*?)</textarea>")
                .matcher(body);
        assertTrue(content.find());
        // The browser drops the textarea's first newline, as it would when posting the form.
        String posted = org.apache.commons.text.StringEscapeUtils.unescapeHtml4(content.group(1)).substring(1);
        assertEquals(gift, posted, "the file's text travels unchanged");
        HttpResponse<String> imported = teacher.post("/teacher/import/confirm", Map.of("article", KI,
                "format", "gift", "fileName", "teacher-bank.gift", "content", posted));
        assertEquals(200, imported.statusCode());
        assertTrue(imported.body().contains("Imported 7 questions."), imported.body());
        assertEquals(before + 7, count());
        String bank = teacher.get("/articles/" + KI + "/questions?status=authored").body();
        assertTrue(bank.contains("Imported (from teacher-bank.gift) by Tess"), bank);
        assertTrue(bank.contains("Which city hosted the NATO summit in July 2023?"));
    }

    @Test
    void aCleanAikenFileIsImportedAtOnce() throws Exception {
        String aiken = Files.readString(Path.of("src/test/resources/transfer/summit.aiken"));
        teacher.get("/teacher/transfer");
        HttpResponse<String> r = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "aiken"),
                "file", "summit.aiken", bytes(aiken));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Imported 2 questions."));
    }

    @Test
    void badUploadsSayWhatIsWrongAndKeepTheChoices() {
        teacher.get("/teacher/transfer");
        HttpResponse<String> noFile = teacher.postMultipart("/teacher/import", Map.of("article", KI), "file", "empty.gift",
                bytes(""));
        assertEquals(400, noFile.statusCode());
        assertTrue(noFile.body().contains("Choose a file to import"));
        assertTrue(noFile.body().contains("value=\"" + KI + "\" selected"), "article kept");
        HttpResponse<String> noArticle = teacher.postMultipart("/teacher/import", Map.of("article", "nope"), "file", "a.gift",
                bytes("Q {T}"));
        assertEquals(400, noArticle.statusCode());
        assertTrue(noArticle.body().contains("Choose the article the questions belong to."));
        HttpResponse<String> latin1 = teacher.postMultipart("/teacher/import", Map.of("article", KI), "file", "a.gift",
                new byte[] {'Q', ' ', (byte) 0xE9, ' ', '{', 'T', '}'});
        assertEquals(400, latin1.statusCode());
        assertTrue(latin1.body().contains("not UTF-8 text"));
        HttpResponse<String> allBad = teacher.postMultipart("/teacher/import", Map.of("article", KI), "file", "e.gift",
                bytes("Write an essay about NATO. {}"));
        assertEquals(422, allBad.statusCode());
        assertTrue(allBad.body().contains("needs a person to mark it"));
        assertFalse(allBad.body().contains("import-valid"), "nothing valid to confirm");
    }

    @Test
    void downloadsAreGiftAnkiAndQuizletFiles() {
        HttpResponse<String> gift = teacher.get("/teacher/export?format=gift&article=" + KI);
        assertEquals(200, gift.statusCode());
        assertEquals("attachment; filename=\"factdeck-" + KI + ".gift\"",
                gift.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(GiftParser.parse(gift.body()).problems().isEmpty());

        String anki = teacher.get("/teacher/export?format=anki&article=" + KI).body();
        List<String> lines = anki.lines().toList();
        assertEquals(List.of("#separator:Tab", "#html:false", "#notetype column:1", "#deck column:2",
                "#tags column:5"), lines.subList(0, 5));
        assertTrue(lines.stream().skip(5).allMatch(l -> l.startsWith("Basic\t") || l.startsWith("Cloze\t")));
        assertTrue(lines.stream().filter(l -> l.startsWith("Cloze\t")).allMatch(l -> l.contains("{{c1::")), anki);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Cloze\t")));

        String quizlet = teacher.get("/teacher/export?format=quizlet&article=" + KI).body();
        assertTrue(quizlet.lines().allMatch(l -> l.chars().filter(c -> c == '\t').count() == 1), quizlet);
        assertEquals(lines.size() - 5, quizlet.lines().count(), "one row per card in both");

        assertEquals(400, teacher.get("/teacher/export?format=docx").statusCode());
        assertEquals(404, teacher.get("/teacher/export?format=gift&article=nope").statusCode());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    private static int count() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + app.dataDir().resolve("factdeck.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM authored_question")) {
            return rs.getInt(1);
        }
    }
}
