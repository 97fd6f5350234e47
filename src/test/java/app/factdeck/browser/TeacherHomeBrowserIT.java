package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The teacher's home at a phone's 375×812 and a laptop's 1280×800, and every role's header at both: on a phone
 * a signed-in account's links fold into a "Menu" on the header's one row, opened and closed from the keyboard;
 * on a laptop they show in a row and "Menu" is gone; the current page's link is marked; axe finds nothing.
 * Screenshots of each go to target/screenshots.
 */
class TeacherHomeBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";

    @BeforeAll
    static void aTeacherWithAClassAStudentAndAnAdmin() {
        app.addUser("tess", PASSWORD, "teacher");
        app.addUser("ada", PASSWORD, "admin");
        app.addUser("stu", PASSWORD, "student");
        Browsers.signIn(browser, app.origin(), "tess", PASSWORD);
        browser.get(app.origin() + "/teacher/classes");
        browser.findElement(By.id("name")).sendKeys("History 9B");
        Browsers.submit(browser, By.cssSelector("form[action='/teacher/classes'] button"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void aTeachersHomeShowsClassesReviewQueuesAndImportAtBothWidths() {
        signIn("tess");
        for (int width : new int[] {375, 1280}) {
            resize(width);
            browser.get(app.origin() + "/");
            assertEquals("Your teaching", browser.findElement(By.tagName("h1")).getText());
            WebElement klass = browser.findElement(By.cssSelector("#home-classes td[data-label='Class'] a"));
            assertEquals("History 9B", klass.getText());
            assertTrue(browser.findElement(By.cssSelector("#home-classes td[data-label='Last activity']")).isDisplayed());
            List<WebElement> queues = browser.findElements(By.cssSelector(".queues a"));
            assertTrue(queues.size() >= 6, "three queues per article");
            queues.forEach(q -> assertTrue(q.isDisplayed(), q.getText()));
            assertNothingSticksOut();
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "teacher-home", width);
        }
        resize(1280);
    }

    @Test
    void onAPhoneTheTeachersLinksFoldIntoAMenuOnOneRowThatTheKeyboardOpens() {
        signIn("tess");
        resize(375);
        try {
            browser.get(app.origin() + "/teacher/classes");
            WebElement menu = browser.findElement(By.cssSelector(".nav-menu__toggle"));
            WebElement classes = browser.findElement(By.cssSelector(".nav--menu a[href='/teacher/classes']"));
            assertTrue(menu.isDisplayed(), "Menu shows on a phone");
            assertFalse(visible(classes), "the links wait in the closed menu");
            assertOneRowHeader();
            Browsers.screenshot(browser, "teacher-menu-closed", 375);
            resize(375); // the screenshot leaves the window at 1280

            // Keyboard: Tab from the brand reaches Menu; Enter opens it, and Tab goes on into the links.
            ((JavascriptExecutor) browser).executeScript("document.querySelector('.brand').focus()");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("Menu", browser.switchTo().activeElement().getText(), "Menu follows the brand: "
                    + ((JavascriptExecutor) browser).executeScript("return document.activeElement.outerHTML.slice(0, 200)"));
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertTrue(visible(classes), "Enter opens the menu");
            assertEquals("page", classes.getAttribute("aria-current"), "the current page is marked");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("Home", browser.switchTo().activeElement().getText(), "Tab goes on into the links");
            assertNothingSticksOut();
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "teacher-menu-open", 375);
            resize(375);
            menu = browser.findElement(By.cssSelector(".nav-menu__toggle"));
            menu.sendKeys(Keys.ENTER);
            assertFalse(visible(browser.findElement(By.cssSelector(".nav--menu a[href='/teacher/classes']"))),
                    "Enter closes it again");
        } finally {
            resize(1280);
        }
    }

    @Test
    void theArticlesOriginalTheBanksPageNoticeAndTheDeleteConfirmationAtBothWidths() {
        signIn("tess");
        String ki = "/articles/kyiv-independent-nato-troops-warning";
        browser.get(app.origin() + ki + "/questions/new?type=true-false");
        browser.findElement(By.id("f-stem")).sendKeys("Rasmussen chaired NATO from 2009 to 2014.");
        browser.findElement(By.cssSelector("input[name=answer][value=true]")).click();
        Browsers.submit(browser, By.cssSelector("button[value='save']"));
        String deletePath = browser.findElement(By.cssSelector("a[aria-label^='Delete a/']")).getAttribute("href");
        for (int width : new int[] {375, 1280}) {
            resize(width);
            browser.get(app.origin() + ki);
            WebElement original = browser.findElement(By.cssSelector(".original a"));
            assertEquals("noopener noreferrer", original.getAttribute("rel"));
            assertTrue(original.getAttribute("href").startsWith("https://"));
            assertNothingSticksOut();
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "article-original", width);
            resize(width);
            browser.get(app.origin() + ki + "/questions?page=99");
            assertTrue(browser.findElement(By.id("page-notice")).getText().startsWith("Page 99 does not exist"));
            assertNothingSticksOut();
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "bank-page-notice", width);
            resize(width);
            browser.get(deletePath);
            assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Delete question a/"));
            assertNothingSticksOut();
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "delete-confirmation", width);
        }
        resize(1280);
        Browsers.submit(browser, By.linkText("Cancel"));
        assertTrue(browser.getCurrentUrl().contains("/questions#q-a-"), "Cancel goes back to the question");
        browser.get(deletePath);
        Browsers.submit(browser, By.cssSelector("button.button--danger"));
        assertTrue(browser.findElement(By.cssSelector(".alert--ok")).getText().startsWith("Deleted question a/"));
    }

    @Test
    void everyRolesHeaderIsOneRowAtBothWidths() {
        for (String who : new String[] {"visitor", "stu", "tess", "ada"}) {
            browser.manage().deleteAllCookies();
            if (!who.equals("visitor")) {
                signIn(who);
            }
            for (int width : new int[] {375, 1280}) {
                resize(width);
                browser.get(app.origin() + (who.equals("visitor") ? "/login" : "/progress"));
                assertOneRowHeader();
                assertNothingSticksOut();
                boolean menu = browser.findElements(By.cssSelector(".nav-menu__toggle")).stream()
                        .anyMatch(WebElement::isDisplayed);
                assertEquals(width == 375 && !who.equals("visitor"), menu, who + " at " + width + ": Menu shows "
                        + "only on a phone, for a signed-in account");
                WebElement current = browser.findElement(By.cssSelector(
                        (width == 375 && !who.equals("visitor") ? ".nav--menu" : ".nav--row") + " a[aria-current='page']"));
                assertEquals(who.equals("visitor") ? "Sign in" : "Progress", current.getAttribute("textContent").strip());
                if (width == 1280 || who.equals("visitor")) {
                    assertTrue(current.isDisplayed(), who + " at " + width + ": the links show in the row");
                }
                Browsers.assertAccessible(browser);
                Browsers.screenshot(browser, "header-" + who, width);
            }
        }
        resize(1280);
    }

    /** Drawn on the page: rendered, and not in a closed details (which hides its content by content-visibility). */
    private static boolean visible(WebElement el) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return arguments[0].checkVisibility({visibilityProperty: true})", el));
    }

    private static void signIn(String username) {
        browser.manage().deleteAllCookies();
        Browsers.signIn(browser, app.origin(), username, PASSWORD);
    }

    private static void resize(int width) {
        browser.manage().window().setSize(new Dimension(width, width == 375 ? 812 : 800));
    }

    /** The header's row holds the brand and the links (or Menu) side by side: no second or third line. */
    private static void assertOneRowHeader() {
        WebElement brand = browser.findElement(By.cssSelector(".brand"));
        WebElement inner = browser.findElement(By.cssSelector(".site-header__inner"));
        int height = inner.getSize().getHeight();
        assertTrue(height <= 72, "the header is one row, not " + height + " px high at "
                + browser.manage().window().getSize().getWidth());
        assertTrue(brand.getLocation().getY() + brand.getSize().getHeight() <= inner.getLocation().getY() + height);
        // What the header's row draws (its links, or Menu; and Sign out) shares one line.
        Object lines = ((JavascriptExecutor) browser).executeScript("""
                const tops = [];
                for (const a of document.querySelectorAll('.site-header .nav--row a, .site-header summary, .site-header .nav__user button')) {
                  if (a.checkVisibility({visibilityProperty: true})) {
                    tops.push(a.getBoundingClientRect().top);
                  }
                }
                tops.sort((x, y) => x - y);
                let lines = tops.length ? 1 : 0;
                for (let i = 1; i < tops.length; i++) if (tops[i] - tops[i - 1] > 16) lines++;
                return lines;""");
        assertTrue(((Number) lines).intValue() <= 1, "the header's links wrap onto " + lines + " lines at "
                + browser.manage().window().getSize().getWidth());
    }

    private static void assertNothingSticksOut() {
        Object wide = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        assertEquals(Boolean.FALSE, wide, "the page scrolls sideways at " + browser.manage().window().getSize());
    }
}
