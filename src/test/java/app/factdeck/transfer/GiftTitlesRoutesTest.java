package app.factdeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.RenderedPages;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP on the real app: the import report lists the valid questions (what will be or was imported), capped;
 * a GIFT title becomes the question's name in the bank, on its page and in the downloaded GIFT.
 */
class GiftTitlesRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final Pattern ROW = Pattern.compile("(?s)<tr>\\s*<td data-label=\"Line\">(\\d+)</td>(.*?)</tr>");
    private static WebClient teacher;

    @BeforeAll
    static void signIn() {
        teacher = signedIn("tess", PASSWORD, "teacher");
    }

    private static HttpResponse<String> upload(String slug, String fileName, String gift) {
        teacher.get("/teacher/transfer");
        return teacher.postMultipart("/teacher/import", Map.of("article", slug, "format", "gift"), "file", fileName,
                gift.getBytes(StandardCharsets.UTF_8));
    }

    /** The report's valid-question rows as "line | cells in words". */
    private static List<String> validRows(String body) {
        String table = body.replaceAll("(?s).*<table class=\"table\" id=\"valid-questions\"(.*?)</table>.*", "$1");
        Matcher m = ROW.matcher(table);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1) + " | " + RenderedPages.textOf(m.group(2)).replaceAll("\\s+", " ").strip());
        }
        return rows;
    }

    @Test
    void theReportListsTheValidQuestionsBeforeAndAfterTheyAreImported() throws Exception {
        String gift = Files.readString(Path.of("src/test/resources/transfer/teacher-bank.gift"));
        HttpResponse<String> report = upload(KI, "teacher-bank.gift", gift);
        assertEquals(422, report.statusCode());
        assertTrue(report.body().contains(">Valid questions, not imported yet</h2>"), report.body());
        List<String> rows = validRows(report.body());
        assertEquals(7, rows.size(), rows.toString());
        assertEquals(lineOf(gift, "::Summit city::") + " | Summit city Which city hosted the NATO summit in July "
                + "2023? Multiple choice Vilnius", rows.get(0));
        assertEquals(lineOf(gift, "::Former chief::") + " | Former chief Anders Fogh Rasmussen is a former NATO "
                + "Secretary General. True or false True", rows.get(2));
        assertTrue(rows.get(5).endsWith("Numerical 9"), rows.get(5));
        assertFalse(String.join("\n", rows).contains("Broken"), "the rejected one is listed under Rejected only");

        HttpResponse<String> imported = teacher.post("/teacher/import/confirm", Map.of("pending",
                report.body().replaceAll("(?s).*name=\"pending\" value=\"([0-9a-f]{32})\".*", "$1")));
        assertEquals(200, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains(">Imported</h2>"));
        assertEquals(rows, validRows(imported.body()), "the same questions, now imported");
    }

    @Test
    void aLongFileListsFiftyValidQuestionsAndCountsTheRest() {
        StringBuilder gift = new StringBuilder();
        for (int i = 1; i <= 57; i++) {
            gift.append("::Count ").append(i).append("::Is ").append(i).append(" a number? {T}\n\n");
        }
        HttpResponse<String> report = upload("espreso-nato-troops-warning", "many.gift", gift.toString());
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.body().contains("Imported 57 questions."));
        List<String> rows = validRows(report.body());
        assertEquals(Importer.LISTED, rows.size());
        assertEquals("1 | Count 1 Is 1 a number? True or false True", rows.get(0));
        assertTrue(RenderedPages.textOf(report.body()).contains("… and 7 more valid questions, not listed here: see "
                + "them all in the question bank."), report.body());
    }

    @Test
    void aGiftTitleIsTheQuestionsNameInTheBankOnItsPageAndInTheExport() {
        String title = "Summit\\: host \\{city\\}";
        HttpResponse<String> r = upload(KI, "named.gift",
                "::" + title + "::Which city hosted the 2023 summit? {=Vilnius ~Riga}\n");
        assertEquals(200, r.statusCode(), r.body());
        String bank = teacher.get("/articles/" + KI + "/questions?status=authored").body();
        assertTrue(bank.contains("<p class=\"bank-item__name\">Summit: host {city}</p>"), bank);

        Matcher show = Pattern.compile("questions/show\\?id=(a/\\d+/\\d+)\"").matcher(bank);
        assertTrue(show.find(bank.indexOf("Summit: host {city}")), bank);
        String id = show.group(1);
        String page = teacher.get("/articles/" + KI + "/questions/show?id=" + id).body();
        assertTrue(page.contains("<span id=\"question-name\">Summit: host {city}</span>"), page);

        String number = id.split("/")[1];
        String form = teacher.get("/articles/" + KI + "/questions/a/" + number + "/edit").body();
        assertTrue(form.contains("name=\"title\" type=\"text\" maxlength=\"255\" autocomplete=\"off\" "
                + "value=\"Summit: host {city}\""), form);

        String exported = teacher.get("/teacher/export?format=gift&article=" + KI + "").body();
        assertTrue(exported.contains("\n::" + title + "::[html]<p>Which city hosted the 2023 summit?"), exported);
    }

    @Test
    void theFormSavesAnEditedNameAndRefusesATooLongOneKeepingWhatWasTyped() {
        String slug = KI;
        String path = "/articles/" + slug + "/questions/new";
        teacher.get(path + "?type=true-false");
        HttpResponse<String> saved = teacher.post(path, Map.of("type", "true-false", "title", "  Host   city ",
                "stem", "Vilnius hosted the 2023 summit.", "answer", "true", "action", "save"));
        assertEquals(302, saved.statusCode(), saved.body());
        String number = saved.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*saved=a%2F(\\d+).*", "$1");
        String bank = teacher.get("/articles/" + slug + "/questions?status=authored").body();
        assertTrue(bank.contains("<p class=\"bank-item__name\">Host city</p>"), bank);

        String edit = "/articles/" + slug + "/questions/a/" + number + "/edit";
        teacher.get(edit);
        String tooLong = "N".repeat(300);
        HttpResponse<String> refused = teacher.post(edit, Map.of("type", "true-false", "title", tooLong,
                "stem", "Vilnius hosted the 2023 summit.", "answer", "true", "action", "save"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("The name is 300 characters long; keep it to 255 or fewer"),
                refused.body());
        assertTrue(refused.body().contains("value=\"" + tooLong + "\""), "the typed name is kept");
        assertTrue(refused.body().contains("href=\"#f-title\""), "the summary links to the field");

        teacher.get(edit);
        assertEquals(302, teacher.post(edit, Map.of("type", "true-false", "title", "Summit host",
                "stem", "Vilnius hosted the 2023 summit.", "answer", "true", "action", "save")).statusCode());
        assertTrue(teacher.get("/articles/" + slug + "/questions?status=authored").body()
                .contains("<p class=\"bank-item__name\">Summit host</p>"), "a new version, renamed");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
