package app.factdeck.questions.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Markdown and imported HTML reach a page only through the sanitiser. */
class RichTextTest {

    @Test
    void markdownRendersFormattingAndSafeLinks() {
        assertEquals("<p>Who <strong>co-chairs</strong> the <em>group</em>?</p>",
                RichText.html("Who **co-chairs** the *group*?", "markdown"));
        assertEquals("<ul><li>one</li><li>two</li></ul>", RichText.html("- one\n- two", "markdown").replace("\n", ""));
        assertEquals("<p><a href=\"https://nato.int\" rel=\"nofollow\">NATO</a></p>",
                RichText.html("[NATO](https://nato.int)", "markdown"));
    }

    @Test
    void scriptsHandlersStylesAndJavascriptUrlsAreRemoved() {
        for (String attack : new String[] {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>", "<p style=\"position:fixed\" onclick=\"alert(1)\">x</p>",
            "<iframe src=\"https://evil.example\"></iframe>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<svg onload=alert(1)>", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>"}) {
            for (String format : new String[] {"html", "moodle", "markdown"}) {
                String out = RichText.html(attack, format).toLowerCase();
                assertFalse(out.contains("<script") || out.contains("<img") || out.contains("<iframe")
                        || out.contains("<svg") || out.matches("(?s).*<[^>]*\\son\\w+=.*")
                        || out.contains("href=\"javascript") || out.contains("href=\"data") || out.contains("style="),
                        format + ": " + attack + " -> " + out);
            }
        }
        assertEquals("<p>bold</p>", RichText.html("<p onclick=\"x()\">bold</p>", "html"));
    }

    @Test
    void plainTextDropsMarkupAndKeepsWords() {
        assertEquals("Who co-chairs it? Next.", RichText.plain("<p>Who <b>co-chairs</b> it?</p><p>Next.</p>"));
        assertEquals("5 < 6 & true", RichText.plain(RichText.html("5 < 6 & true", "plain")));
    }
}
