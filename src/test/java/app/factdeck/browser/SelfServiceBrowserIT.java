package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Items 12 to 14 as people meet them: a fresh install's home page, a student's account page, a teacher resetting
 * a forgotten password, the student choosing a new one and leaving the class.
 */
class SelfServiceBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";

    @Test
    void aStudentWhoForgotTheirPasswordGetsANewOneFromTheTeacherAndManagesTheirAccount() {
        // A fresh install: the home page says how to create the first admin.
        browser.get(app.origin() + "/");
        String command = browser.findElement(By.cssSelector("#first-admin .command")).getText();
        assertTrue(command.startsWith("FACTDECK_DATA=" + app.dataDir().toAbsolutePath() + " java -jar "), command);
        Browsers.assertAccessible(browser);
        look("home-first-admin");

        app.addUser("tess", PASSWORD, "teacher");
        signIn("tess", PASSWORD);
        Browsers.submit(browser, By.linkText("Classes"));
        browser.findElement(By.id("name")).sendKeys("History 9B");
        Browsers.submit(browser, By.cssSelector("form.form button"));
        String code = browser.findElement(By.id("join-code")).getText();
        String classUrl = browser.getCurrentUrl();
        signOut();

        app.addUser("ana.lind", PASSWORD, "student");
        signIn("ana.lind", PASSWORD);
        browser.get(app.origin() + "/join/" + code);
        Browsers.submit(browser, By.cssSelector("form.form button"));

        // The account page, from the name in the header.
        Browsers.submit(browser, By.cssSelector(".nav__account"));
        assertEquals("Your account", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.className("account-classes")).getText().contains("History 9B"));
        browser.findElement(By.id("displayName")).clear();
        browser.findElement(By.id("displayName")).sendKeys("Ana\u202E Lind");
        Browsers.submit(browser, By.cssSelector("form[action='/account/name'] button"));
        assertTrue(browser.findElement(By.id("displayName-error")).getText().startsWith("A name must not contain"));
        Browsers.assertAccessible(browser);
        look("account-name-error");
        browser.findElement(By.id("displayName")).clear();
        browser.findElement(By.id("displayName")).sendKeys("Ana Lind");
        Browsers.submit(browser, By.cssSelector("form[action='/account/name'] button"));
        assertEquals("Saved: others now see your name as Ana Lind.", browser.findElement(By.id("notice")).getText());
        assertEquals("Ana Lind", browser.findElement(By.cssSelector(".nav__name")).getText());
        Browsers.assertAccessible(browser);
        look("account");
        signOut();

        // Ana forgot her password: her teacher resets it from the roster.
        signIn("tess", PASSWORD);
        browser.get(classUrl);
        Browsers.submit(browser, By.cssSelector("a[aria-label='Reset the password of Ana Lind']"));
        assertEquals("Reset the password of Ana Lind", browser.findElement(By.tagName("h1")).getText());
        Browsers.assertAccessible(browser);
        look("reset-confirm");
        Browsers.submit(browser, By.cssSelector("form.form button"));
        String oneTime = browser.findElement(By.id("one-time-password")).getText();
        assertTrue(oneTime.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"), oneTime);
        Browsers.assertAccessible(browser);
        look("reset-done");
        signOut();

        // She signs in with it, must choose her own, and lands on her account page with a confirmation.
        signIn("ana.lind", oneTime);
        assertEquals(app.origin() + "/account/password", browser.getCurrentUrl());
        browser.findElement(By.id("current")).sendKeys(oneTime);
        browser.findElement(By.id("password")).sendKeys("ana's own passphrase");
        Browsers.submit(browser, By.cssSelector("form.form button"));
        assertTrue(browser.findElement(By.id("notice")).getText().startsWith("Your password is changed."));

        Browsers.submit(browser, By.cssSelector(".account-classes button"));
        assertTrue(browser.findElement(By.id("notice")).getText().startsWith("You left History 9B."));
        assertEquals("You are not in any class. A teacher gives you a code to join one.",
                browser.findElement(By.cssSelector("main .empty")).getText());
        Browsers.assertAccessible(browser);
        signOut();
    }

    /** Nothing wider than a phone, then screenshots at both widths to look at. */
    private void look(String name) {
        browser.manage().window().setSize(new Dimension(375, 812));
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertEquals(0, overflow, name + " is wider than a 375 px phone");
        Browsers.screenshot(browser, "selfservice-" + name, 375);
        Browsers.screenshot(browser, "selfservice-" + name, 1280);
    }

    private void signIn(String username, String password) {
        Browsers.signIn(browser, app.origin(), username, password);
    }

    private void signOut() {
        Browsers.submit(browser, By.cssSelector(".nav__user button"));
    }
}
