package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import app.factdeck.testing.PageLayout;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15's item 16 and the tester's findings, in Chromium at 375×812 and 1280×800: a forced password change
 * shows only the brand and Sign out; re-issued one-time passwords say so; the roster is in dictionary order; the
 * import report lists its valid questions; a GIFT title is the question's name in the bank, on its page and in
 * the form; a Moodle XML bank is chosen, reported and imported. Each page passes axe (WCAG 2.1 A/AA), shows every cell, and is screenshotted at both widths.
 */
class TitlesAndRosterBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static String classPage;

    @BeforeAll
    static void aTeacherWithAClass() {
        app.addUser("tess", PASSWORD, "teacher");
        signIn("tess", PASSWORD);
        browser.get(app.origin() + "/teacher/classes");
        browser.findElement(By.id("name")).sendKeys("History 9B");
        Browsers.submit(browser, By.cssSelector("form[action='/teacher/classes'] button"));
        classPage = browser.getCurrentUrl();
    }

    @Test
    void theRosterReissuedPasswordsAndTheForcedPasswordChange() {
        signIn("tess", PASSWORD);
        for (String name : List.of("Zoë Zimmer", "Émile Roux", "adam Ash", "Ávila Cruz", "Bea Bauer")) {
            browser.get(classPage);
            browser.findElement(By.id("displayName")).sendKeys(name);
            Browsers.submit(browser, By.cssSelector("form[action$='/students'] button"));
            assertEquals("New student account for " + name, browser.findElement(By.tagName("h1")).getText());
        }
        browser.get(classPage);
        checkAtBothWidths("roster-in-dictionary-order", () -> assertEquals(
                List.of("adam Ash", "Ávila Cruz", "Bea Bauer", "Émile Roux", "Zoë Zimmer"),
                browser.findElements(By.cssSelector("#roster td[data-label=Name] a")).stream()
                        .map(WebElement::getText).toList()));

        // The same names again as a CSV: nobody has signed in, so each gets a new one-time password.
        browser.findElement(By.id("names")).sendKeys(tempCsv("Bea Bauer\nZoë Zimmer\n").toString());
        Browsers.submit(browser, By.cssSelector("form[action$='/students/import'] button"));
        checkAtBothWidths("reissued-one-time-passwords", () -> {
            assertEquals("New one-time passwords for 2 students", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.id("reissued-note")).isDisplayed());
        });
        String username = browser.findElement(By.cssSelector("#created td[data-label=Username]")).getText();
        String oneTime = browser.findElement(By.cssSelector("#created td code")).getText();

        signIn(username, oneTime);
        assertTrue(browser.getCurrentUrl().endsWith("/account/password"), browser.getCurrentUrl());
        checkAtBothWidths("forced-password-change", () -> {
            assertTrue(browser.findElements(By.cssSelector(".site-header nav")).isEmpty(), "no navigation");
            assertTrue(browser.findElement(By.cssSelector(".site-header .brand")).isDisplayed());
            assertTrue(browser.findElement(By.cssSelector("#signout-only button")).isDisplayed(), "Sign out shows");
        });
        Browsers.submit(browser, By.cssSelector("#signout-only button"));
        assertTrue(browser.findElements(By.cssSelector("#signout-only")).isEmpty(), "signed out");
    }

    @Test
    void theImportReportListsValidQuestionsAndTitlesNameThemInTheBank() {
        signIn("tess", PASSWORD);
        browser.get(app.origin() + "/teacher/transfer");
        new Select(browser.findElement(By.id("i-article"))).selectByValue(KI);
        browser.findElement(By.id("i-file")).sendKeys(
                Path.of("src/test/resources/transfer/teacher-bank.gift").toAbsolutePath().toString());
        Browsers.submit(browser, By.cssSelector("form[action='/teacher/import'] button[type=submit]"));
        checkAtBothWidths("import-report-valid-questions", () -> {
            List<WebElement> rows = browser.findElements(By.cssSelector("#valid-questions tbody tr"));
            assertEquals(7, rows.size());
            assertTrue(rows.get(0).getText().contains("Summit city"), rows.get(0).getText());
        });
        Browsers.submit(browser, By.id("import-valid"));
        checkAtBothWidths("import-report-imported", () -> assertEquals(7,
                browser.findElements(By.cssSelector("#valid-questions tbody tr")).size()));

        browser.get(app.origin() + "/articles/" + KI + "/questions?status=authored");
        checkAtBothWidths("bank-with-names", () -> assertTrue(browser.findElements(By.cssSelector(".bank-item__name"))
                .stream().map(WebElement::getText).toList().containsAll(List.of("Summit city", "Roles"))));
        String edit = browser.findElement(By.cssSelector("a[aria-label^='Edit a/']")).getAttribute("href");
        String show = browser.findElement(By.cssSelector("a[aria-label^='Preview a/']")).getAttribute("href");
        browser.get(show);
        checkAtBothWidths("question-page-with-name", () -> assertTrue(
                browser.findElement(By.id("question-name")).isDisplayed()));
        browser.get(edit);
        checkAtBothWidths("question-form-with-name", () -> assertTrue(
                !browser.findElement(By.id("f-title")).getAttribute("value").isEmpty()));
    }

    @Test
    void aMoodleXmlBankIsChosenUploadedReportedAndImported() {
        signIn("tess", PASSWORD);
        browser.get(app.origin() + "/teacher/transfer");
        new Select(browser.findElement(By.id("i-article"))).selectByValue("espreso-nato-troops-warning");
        browser.findElement(By.cssSelector("input[name=format][value=moodle-xml]")).click();
        browser.findElement(By.id("i-file")).sendKeys(
                Path.of("src/test/resources/moodle-xml/teacher-bank.xml").toAbsolutePath().toString());
        checkAtBothWidths("import-moodle-xml-chosen", () -> {
            assertTrue(browser.findElement(By.cssSelector("input[name=format][value=moodle-xml]")).isSelected());
            assertTrue(browser.findElement(By.id("import-formats")).getText().contains("Moodle XML (.xml)"));
            assertTrue(browser.findElement(By.id("i-file")).getAttribute("accept").contains(".xml"));
        });
        Browsers.submit(browser, By.cssSelector("form[action='/teacher/import'] button[type=submit]"));
        checkAtBothWidths("import-report-moodle-xml", () -> {
            assertEquals("1 rejected", browser.findElement(By.id("rejected")).getText());
            String rejection = browser.findElement(By.cssSelector("#rejections li")).getText();
            assertTrue(rejection.startsWith("Line 282: An essay question needs a person to mark it"), rejection);
            List<WebElement> rows = browser.findElements(By.cssSelector("#valid-questions tbody tr"));
            assertEquals(7, rows.size());
            assertTrue(rows.get(0).getText().contains("Summit city"), rows.get(0).getText());
            assertTrue(rows.get(0).getText().contains("Vilnius"), "the plain answer, not the editor's HTML");
        });
        Browsers.submit(browser, By.id("import-valid"));
        assertEquals("Imported 7 questions.", browser.findElement(By.id("imported")).getText());
    }

    private static void signIn(String username, String password) {
        browser.get(app.origin() + "/");
        browser.manage().deleteAllCookies();
        Browsers.signIn(browser, app.origin(), username, password);
    }

    private static Path tempCsv(String content) {
        try {
            Path f = java.nio.file.Files.createTempFile("roster", ".csv");
            java.nio.file.Files.writeString(f, content);
            f.toFile().deleteOnExit();
            return f;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void checkAtBothWidths(String name, Runnable check) {
        PageLayout.checkAtBothWidths(browser, "titles-" + name, check);
    }
}
