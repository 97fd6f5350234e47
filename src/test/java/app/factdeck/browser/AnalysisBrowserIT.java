package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import app.factdeck.testing.PageLayout;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The item analysis page with statistics, at a phone's 375×812 and a laptop's 1280×800: no cell of the
 * per-question table, the typed answers or the audit is hidden or wider than the screen (PageLayout), every
 * question's figures are on the page, and accepting a typed answer (tick, then the button) regrades it and lists
 * the regrade. Screenshots go to target/screenshots/analysis-*.png.
 */
class AnalysisBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ESP = "espreso-nato-troops-warning";

    @Test
    void thePageWithStatisticsShowsEveryFigureOnAPhoneAndRegradesATypedAnswer() {
        WebClient tess = signedIn("tess", PASSWORD, "teacher");
        tess.get("/teacher/classes");
        String location = tess.post("/teacher/classes", Map.of("name", "History 9B")).headers()
                .firstValue("Location").orElseThrow();
        long classId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String code = first("id=\"join-code\">([A-Z0-9]+)<", tess.get("/teacher/classes/" + classId).body());
        String bank = "/articles/" + ESP + "/questions";
        List<String> stems = List.of("Statement one is true.", "Statement two is true.", "Who co-chairs the group?");
        for (String stem : stems.subList(0, 2)) {
            tess.get(bank + "/new?type=true-false");
            tess.post(bank + "/new", Map.of("type", "true-false", "stem", stem, "answer", "true", "sentence", "",
                    "action", "save"));
        }
        tess.get(bank + "/new?type=short-answer");
        tess.post(bank + "/new", Map.of("type", "short-answer", "stem", stems.get(2), "accepted", "Rasmussen",
                "action", "save"));
        String path = "/teacher/classes/" + classId + "/assignments";
        String form = tess.get(path + "/new?article=" + ESP).body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", "Week 2", "article", ESP, "mode", "fixed",
                "opens", "", "due", "", "lateUntil", "", "zone", "Europe/Kyiv", "attempts", "1", "counts", "best"));
        fields.put("answers", "immediately");
        List<String> fixed = new ArrayList<>();
        for (String stem : stems) {
            fixed.add(first("(?s)name=\"question\" value=\"([^\"]+)\"[^>]*>\\s*<span><span class=\"tag\">[^<]*</span> <span>"
                    + Pattern.quote(stem), form));
        }
        for (int i = 0; i < fixed.size(); i++) {
            fields.put("question" + WebClient.REPEAT + i, fixed.get(i));
        }
        assertEquals(302, tess.post(path, fields).statusCode());
        long assignment = Long.parseLong(first("/assignments/(\\d+)/analysis\"", tess.get(path).body()));
        String[][] answers = {{"True", "True", "Rasmussen"}, {"True", "True", "Fogh"}, {"True", "False", "Fogh"},
                {"False", "False", "Rasmussen"}};
        for (int s = 0; s < answers.length; s++) {
            WebClient student = signedIn("student" + s, PASSWORD, "student");
            student.get("/join");
            student.post("/join", Map.of("code", code));
            student.get("/");
            HttpResponse<String> r = student.post("/assignments/" + assignment + "/start", Map.of());
            String quiz = r.headers().firstValue("Location").orElseThrow();
            for (int p = 1; p <= 3; p++) {
                student.get(quiz + "/" + p);
                assertEquals(302, student.post(quiz + "/" + p, Map.of("answer", answers[s][p - 1])).statusCode());
            }
        }

        Browsers.signIn(browser, app.origin(), "tess", PASSWORD);
        browser.get(app.origin() + path + "/" + assignment + "/analysis");
        PageLayout.checkAtBothWidths(browser, "analysis-statistics", () -> {
            assertEquals(3, browser.findElements(By.cssSelector("#questions tbody tr")).size());
            for (WebElement cell : browser.findElements(By.cssSelector("#questions td.q-discrimination"))) {
                assertTrue(cell.isDisplayed() && !cell.getText().isBlank(), "a discrimination index shows");
            }
            assertTrue(browser.findElement(By.id("histogram")).isDisplayed(), "the histogram shows");
        });

        // Accept "Fogh": the box must be ticked first (the confirmation), then the audit lists the regrade.
        WebElement fogh = browser.findElement(By.cssSelector("tr[data-answer='fogh']"));
        fogh.findElement(By.cssSelector("input[name='confirm']")).click();
        Browsers.submit(browser, By.cssSelector("tr[data-answer='fogh'] button"));
        assertTrue(browser.findElement(By.id("notice")).getText().contains("2 responses were regraded"));
        PageLayout.checkAtBothWidths(browser, "analysis-regraded", () -> assertTrue(
                browser.findElement(By.cssSelector("#audit .audit-changed")).getText().equals("2"), "the audit row"));
    }

    private static String first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in:\n" + text);
        }
        return m.group(1);
    }
}
