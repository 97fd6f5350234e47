package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Students sign up, sign out, sign in and join a class; teachers create a class and see their roster. */
class AccountsBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";

    @Test
    void aTeacherCreatesAClassAndAStudentWhoSignsUpJoinsItWithTheCode() {
        app.addUser("tess", PASSWORD, "teacher");
        signIn("tess", PASSWORD);
        Browsers.submit(browser, By.linkText("Classes"));
        Browsers.assertAccessible(browser);
        browser.findElement(By.id("name")).sendKeys("History 9B");
        Browsers.submit(browser, By.cssSelector("form.form button"));
        assertEquals("History 9B", browser.findElement(By.tagName("h1")).getText());
        String code = browser.findElement(By.id("join-code")).getText();
        assertEquals(app.origin() + "/join/" + code, browser.findElement(By.id("join-link")).getText());
        assertTrue(code.matches("[A-Z2-9]{6}"), code);
        Browsers.assertAccessible(browser);
        Browsers.screenshot(browser, "class", 375);
        signOut();

        // A new student signs up, meeting a validation error on the way; what they typed stays.
        browser.get(app.origin() + "/signup");
        browser.findElement(By.id("username")).sendKeys("ana.lind");
        browser.findElement(By.id("displayName")).sendKeys("Ana Lind");
        browser.findElement(By.id("password")).sendKeys("short");
        Browsers.submit(browser, By.cssSelector("form.form button"));
        assertTrue(browser.findElement(By.id("password-error")).getText().startsWith("Use at least 10 characters."));
        assertEquals("ana.lind", browser.findElement(By.id("username")).getAttribute("value"));
        assertEquals("true", browser.findElement(By.id("password")).getAttribute("aria-invalid"));
        Browsers.assertAccessible(browser);
        Browsers.screenshot(browser, "signup-error", 375);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Browsers.submit(browser, By.cssSelector("form.form button"));
        assertEquals("Ana Lind", browser.findElement(By.cssSelector(".nav__name")).getText());

        signOut();
        assertTrue(browser.findElements(By.cssSelector(".nav__name")).isEmpty());
        signIn("ana.lind", PASSWORD);
        assertEquals("Ana Lind", browser.findElement(By.cssSelector(".nav__name")).getText());

        Browsers.submit(browser, By.linkText("Join a class"));
        browser.findElement(By.id("code")).sendKeys("WRONG1");
        Browsers.submit(browser, By.cssSelector("form.form button"));
        assertTrue(browser.findElement(By.id("code-error")).getText().startsWith("No class has the code 'WRONG1'."));
        Browsers.assertAccessible(browser);
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(code);
        Browsers.submit(browser, By.cssSelector("form.form button"));
        assertEquals("You joined History 9B.", browser.findElement(By.cssSelector(".alert--ok")).getText());
        signOut();

        signIn("tess", PASSWORD);
        Browsers.submit(browser, By.linkText("Classes"));
        Browsers.submit(browser, By.linkText("History 9B"));
        assertTrue(browser.findElement(By.id("roster")).getText().contains("Ana Lind"));
    }

    @Test
    void aStudentIsRefusedATeacherPage() {
        app.addUser("stu", PASSWORD, "student");
        signIn("stu", PASSWORD);
        browser.get(app.origin() + "/teacher/classes");
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getPageSource().contains("This page is for teachers only."));
        Browsers.assertAccessible(browser);
        browser.get(app.origin() + "/articles/espreso-nato-troops-warning/questions");
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
        signOut();
    }

    private void signIn(String username, String password) {
        Browsers.signIn(browser, app.origin(), username, password);
    }

    private void signOut() {
        Browsers.submit(browser, By.cssSelector(".nav__user button"));
    }
}
