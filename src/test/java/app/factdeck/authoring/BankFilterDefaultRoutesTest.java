package app.factdeck.authoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bank opens on every status (as the README says): a teacher reviewing an article sees the questions
 * students get and the ones hidden from them, greyed, to bring back; the status filter narrows from there.
 */
class BankFilterDefaultRoutesTest extends AppTest {

    private static final String BANK = "/articles/kyiv-independent-nato-troops-warning/questions";

    @Test
    void theBankOpensOnAnyStatusHiddenQuestionsIncluded() {
        WebClient teacher = signedIn("tess", "orange piano window", "teacher");
        String before = teacher.get(BANK).body();
        Matcher first = Pattern.compile("name=\"question\" value=\"([^\"]+)\"").matcher(before);
        assertTrue(first.find());
        String hidden = first.group(1);
        teacher.post(BANK + "/status", Map.of("question", hidden, "set", "hidden"));

        String page = teacher.get(BANK).body();
        assertTrue(page.contains("<option value=\"\" selected=\"selected\">Any status</option>"), "the default");
        assertTrue(page.contains("aria-label=\"Approve " + hidden + "\""), "the hidden question is listed, to approve");
        String approvedOnly = teacher.get(BANK + "?status=approved").body();
        assertTrue(!approvedOnly.contains("aria-label=\"Approve " + hidden + "\""), "the filter narrows");
    }
}
