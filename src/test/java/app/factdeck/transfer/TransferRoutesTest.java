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

        assertFalse(body.contains("<textarea"), "the file does not travel in the form");
        Map<String, String> confirm = confirmForm(body);
        assertEquals(List.of("csrf", "pending"), List.copyOf(confirm.keySet()), "the form carries only a token");
        HttpResponse<String> imported = teacher.post("/teacher/import/confirm", confirm);
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

    @Test
    void confirmingTwiceImportsOnceAndTheSecondSaysAlreadyImported() throws Exception {
        String gift = Files.readString(Path.of("src/test/resources/transfer/teacher-bank.gift"));
        teacher.get("/teacher/transfer");
        String report = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "gift"), "file",
                "twice.gift", bytes(gift)).body();
        Map<String, String> confirm = confirmForm(report);
        int before = count();
        assertEquals(200, teacher.post("/teacher/import/confirm", confirm).statusCode());
        HttpResponse<String> again = teacher.post("/teacher/import/confirm", confirm);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("The valid questions of twice.gift were already imported; nothing more was "
                + "imported now."), again.body());
        assertTrue(again.body().contains("href=\"/articles/" + KI + "/questions?status=authored\""),
                "links to the bank");
        assertEquals(before + 7, count(), "imported once");

        // Another teacher cannot confirm someone's file; a made-up or garbled id is refused plainly.
        WebClient other = signedIn("otto", PASSWORD, "teacher");
        String second = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "gift"), "file",
                "mine.gift", bytes(gift)).body();
        other.get("/teacher/transfer");
        Map<String, String> theirs = new java.util.LinkedHashMap<>(confirmForm(second));
        theirs.remove("csrf");
        assertEquals(404, other.post("/teacher/import/confirm", theirs).statusCode());
        assertEquals(400, other.post("/teacher/import/confirm", Map.of("pending", "1 OR 1=1")).statusCode());
        assertEquals(before + 7, count());
    }

    @Test
    void aKeptFileWaitsAnHourThenMustBeUploadedAgain() throws Exception {
        String gift = Files.readString(Path.of("src/test/resources/transfer/teacher-bank.gift"));
        teacher.get("/teacher/transfer");
        Map<String, String> confirm = confirmForm(teacher.postMultipart("/teacher/import", Map.of("article", KI,
                "format", "gift"), "file", "late.gift", bytes(gift)).body());
        // Two hours pass (the row's own clock is moved back).
        sql("UPDATE pending_import SET created_at = created_at - 7200000 WHERE token = '" + confirm.get("pending")
                + "'");
        int before = count();
        HttpResponse<String> late = teacher.post("/teacher/import/confirm", confirm);
        assertEquals(404, late.statusCode());
        assertTrue(late.body().contains("This import waited more than 60 minutes to be confirmed"), late.body());
        assertEquals(before, count());

        // The next upload clears files older than an hour.
        teacher.get("/teacher/transfer");
        teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "gift"), "file", "next.gift",
                bytes(gift));
        assertEquals(0, countWhere("pending_import WHERE token = '" + confirm.get("pending") + "'"));
    }

    @Test
    void aLargeFileWithOneBadQuestionIsConfirmedWithoutPostingItBack() throws Exception {
        StringBuilder gift = new StringBuilder();
        String padding = "NATO ".repeat(340); // each stem about 1.7 KB: 450 of them make an 800 KB file
        for (int i = 0; i < 450; i++) {
            gift.append("::Big ").append(i).append("::").append(padding).append("question ").append(i)
                    .append("? {T}\n\n");
        }
        gift.append("::Broken::No closing brace {=A ~B\n");
        assertTrue(gift.length() > 750_000 && gift.length() < 1_000_000, "size " + gift.length());
        String slug = "espreso-nato-troops-warning";
        int before = count();
        teacher.get("/teacher/transfer");
        HttpResponse<String> report = teacher.postMultipart("/teacher/import", Map.of("article", slug,
                "format", "gift"), "file", "big.gift", bytes(gift.toString()));
        assertEquals(422, report.statusCode());
        assertTrue(report.body().contains("450 valid"), report.body());
        assertTrue(report.body().length() < 100_000, "the report does not echo the file: " + report.body().length());
        HttpResponse<String> imported = teacher.post("/teacher/import/confirm", confirmForm(report.body()));
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("Imported 450 questions."));
        assertEquals(before + 450, count());
    }

    @Test
    void aMatchingQuestionWith1500PairsAndOneWith20000OptionsAreRefusedWithTheirLinesAndLimits() throws Exception {
        StringBuilder gift = new StringBuilder("::Roles::Match each person with a role. {\n");
        for (int i = 0; i < 1_500; i++) {
            gift.append("=Person ").append(i).append(" -> Role ").append(i).append('\n');
        }
        gift.append("}\n\n::Many::Which one is right? {=right");
        for (int i = 0; i < 20_000; i++) {
            gift.append(" ~wrong ").append(i);
        }
        gift.append("}\n\n::Fine::NATO is an alliance. {T}\n");
        int optionsLine = 1 + 1_500 + 2 + 1;
        int before = count();
        teacher.get("/teacher/transfer");
        HttpResponse<String> r = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "gift"),
                "file", "huge.gift", bytes(gift.toString()));
        assertEquals(422, r.statusCode());
        String body = r.body();
        assertTrue(Pattern.compile("Line 1:</strong>\\s*<span>This question has 1,500 pairs; at most 10 are "
                + "allowed\\. Split it into several questions\\.</span>").matcher(body).find(), body);
        assertTrue(Pattern.compile("Line " + optionsLine + ":</strong>\\s*<span>This question has 20,001 options; "
                + "at most 10 are allowed\\.").matcher(body).find(), body);
        assertTrue(body.contains("1 valid"));
        assertEquals(before, count(), "nothing written");
    }

    @Test
    void anAikenFileWith30000QuestionsIsRefusedWholeAndWritesNothing() throws Exception {
        StringBuilder aiken = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            aiken.append("Q").append(i).append("\nA.a\nB.b\nANSWER: A\n");
        }
        assertTrue(aiken.length() < 1_000_000, "under the 1 MB upload limit: " + aiken.length());
        int before = count();
        int pending = countWhere("pending_import");
        teacher.get("/teacher/transfer");
        long started = System.nanoTime();
        HttpResponse<String> r = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "aiken"),
                "file", "bulk.txt", bytes(aiken.toString()));
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Nothing was imported: The file has 30,000 questions; at most 500 can be "
                + "imported at a time. Split it into smaller files and import them one by one."), r.body());
        assertFalse(r.body().contains("import-valid"), "nothing to confirm");
        assertEquals(before, count());
        assertEquals(pending, countWhere("pending_import"), "nothing kept either");
        assertTrue(ms < 5_000, "refused in " + ms + " ms");
    }

    @Test
    void aRangeOrToleranceOutOfBoundsInGiftIsRejectedNotAServerError() throws Exception {
        String gift = "::Range::How many? {#1..1e400}\n\n::Tolerance::How many? {#1:1e999}\n\n"
                + "::Huge::How many? {#1e30000000}\n\n::Fine::How many presidents signed? {#9:1}\n";
        int before = count();
        teacher.get("/teacher/transfer");
        HttpResponse<String> r = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format", "gift"),
                "file", "numbers.gift", bytes(gift));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("3 rejected"), r.body());
        assertTrue(r.body().contains("&#39;1e400&#39; is not a number"), r.body());
        assertTrue(r.body().contains("&#39;1e999&#39; is not a number"));
        assertTrue(r.body().contains("&#39;1e30000000&#39; is not a number"));
        assertEquals(before, count());
        assertEquals(200, teacher.get("/teacher/export?format=gift&article=" + KI).statusCode());
    }

    /** The report's confirm form, as the browser would post it. */
    private static Map<String, String> confirmForm(String report) {
        int start = report.indexOf("<form class=\"form\" method=\"post\" action=\"/teacher/import/confirm\">");
        assertTrue(start >= 0, "a confirm form: " + report);
        String form = report.substring(start, report.indexOf("</form>", start));
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(form);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = app.connection()) {
            c.createStatement().executeUpdate(statement);
        }
    }

    private static int countWhere(String tableAndWhere) throws Exception {
        try (Connection c = app.connection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + tableAndWhere)) {
            rs.next();
            return rs.getInt(1);
        }
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
        try (Connection c = app.connection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM authored_question")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
