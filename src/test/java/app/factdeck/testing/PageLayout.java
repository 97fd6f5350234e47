package app.factdeck.testing;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a reader at the browser's current width cannot see or reach: a table cell or form control hidden by CSS
 * (the phone stylesheet once hid every table's third column), anything that sticks out of the screen, and a page
 * that scrolls sideways. Things hidden on purpose are left alone: visually-hidden text for screen readers and the
 * insides of a closed {@code <details>}.
 */
public final class PageLayout {

    /** Returns one line per problem; the empty list when the page fits. */
    private static final String HIDDEN_OR_TOO_WIDE = """
            const vw = document.documentElement.clientWidth;
            const on = (el) => { for (let e = el; e; e = e.parentElement) {
                const s = getComputedStyle(e);
                if (s.position === 'absolute' && s.overflow === 'hidden' && e.getBoundingClientRect().width <= 1) return false;
                if (e.tagName === 'DETAILS' && !e.open && !el.closest('summary')) return false;
              } return true; };
            const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (el.innerText || el.value || el.name || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
            const out = (r) => r.right > vw + 1 || r.left < -1;
            const CONTROLS = 'td, th, input:not([type=hidden]), select, button, textarea, a.button';
            const problems = [];
            for (const el of document.querySelectorAll(CONTROLS)) {
              if (!on(el)) continue;
              const s = getComputedStyle(el), r = el.getBoundingClientRect();
              if (s.display === 'none' || s.visibility === 'hidden' || r.width < 1 || r.height < 1) {
                problems.push('hidden: ' + name(el));
              } else if (out(r)) {
                problems.push('outside the ' + vw + ' px screen (' + Math.round(r.left) + '–' + Math.round(r.right) + '): ' + name(el));
              }
            }
            // Any other element that sticks out: only the outermost one, and not inside a box that scrolls or
            // clips sideways (that box is checked instead).
            for (const el of document.body.querySelectorAll('*')) {
              if (el.matches(CONTROLS)) continue;
              const r = el.getBoundingClientRect();
              if (r.width < 1 || r.height < 1 || !out(r) || !on(el)) continue;
              let inside = false;
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible' || out(p.getBoundingClientRect())) { inside = true; break; }
              }
              if (!inside) {
                problems.push('wider than the ' + vw + ' px screen (' + Math.round(r.left) + '–' + Math.round(r.right) + '): ' + name(el));
              }
            }
            if (document.documentElement.scrollWidth > vw + 1) {
              problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
            }
            return problems;""";

    private PageLayout() {
    }

    /** A phone's and a laptop's screen, the two widths every page is checked and looked at. */
    public static final int[][] SIZES = {{375, 812}, {1280, 800}};

    /**
     * At each of {@link #SIZES}: the page-specific check, nothing hidden or off the screen, and a
     * screenshot of the whole page (not only the first screen) as target/screenshots/{@code name}-{@code width}.png;
     * WCAG 2.1 AA once, at the laptop width.
     */
    public static void checkAtBothWidths(WebDriver driver, String name, Runnable check) {
        try {
            for (int[] size : SIZES) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
                check.run();
                org.junit.jupiter.api.Assertions.assertEquals(List.of(), hiddenOrTooWide(driver),
                        name + " at " + size[0] + " px");
                // WCAG's A/AA rules read the markup and colours, which the width does not change: once, at the
                // laptop width (axe-core is most of a browser test's time).
                if (size == SIZES[SIZES.length - 1]) {
                    Browsers.assertAccessible(driver);
                }
                wholePage(driver, name, size);
            }
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private static void wholePage(WebDriver driver, String name, int[] size) {
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size[0],
                (int) Math.min(Math.max(height, size[1]), 4000)));
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(dir.resolve(name + "-" + size[0] + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
        }
    }

    /** The problems on the page the driver shows now, at its current window size. */
    @SuppressWarnings("unchecked")
    public static List<String> hiddenOrTooWide(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(HIDDEN_OR_TOO_WIDE);
    }
}
