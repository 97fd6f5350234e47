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

    /** The problems on the page the driver shows now, at its current window size. */
    @SuppressWarnings("unchecked")
    public static List<String> hiddenOrTooWide(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(HIDDEN_OR_TOO_WIDE);
    }
}
