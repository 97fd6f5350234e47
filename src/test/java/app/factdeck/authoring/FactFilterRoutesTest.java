package app.factdeck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.RenderedPages;
import app.factdeck.testing.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The question bank's fact filter names every fact in words a teacher reads, and still filters by the fact. */
class FactFilterRoutesTest extends AppTest {

    private static final String KI = "/articles/kyiv-independent-nato-troops-warning/questions";

    @Test
    void theFactFilterShowsEachFactAsASentenceNeverAPlaceholderOrNull() {
        WebClient teacher = signedIn("tess", "orange piano window", "teacher");
        String page = teacher.get(KI).body();
        String select = page.substring(page.indexOf("<select id=\"fact\""), page.indexOf("</select>",
                page.indexOf("<select id=\"fact\"")));
        Matcher option = Pattern.compile("<option value=\"(ki-\\d+)\"[^>]*>([^<]*)</option>").matcher(select);
        List<String> labels = new ArrayList<>();
        String first = null;
        while (option.find()) {
            first = first == null ? option.group(1) : first;
            labels.add(RenderedPages.textOf(option.group(2)));
        }
        assertTrue(labels.size() >= 5, select);
        for (String label : labels) {
            assertFalse(label.contains("{answer}") || label.matches("(?s).*\\bnull\\b.*"), label);
            assertFalse(label.matches("^ki-\\d+.*"), "the fact's id is not its name: " + label);
        }
        assertTrue(labels.contains("Andriy Yermak is the Head of the Office of the President of Ukraine."), labels.toString());

        String filtered = teacher.get(KI + "?fact=" + first).body();
        assertTrue(filtered.contains("value=\"" + first + "\" selected"), "the chosen fact stays selected");
        Matcher ids = Pattern.compile("class=\"bank-item__id\">([^<]+)<").matcher(filtered);
        int shown = 0;
        while (ids.find()) {
            shown++;
            assertTrue(ids.group(1).startsWith(first + "/") || ids.group(1).startsWith("kyiv"), ids.group(1));
        }
        assertTrue(shown > 0, filtered);
        assertEquals(200, teacher.get(KI + "?fact=" + first).statusCode());
    }

    @Test
    void theBanksAnswerLineNeverRepeatsTheShownAnswerAsAlsoAccepted() {
        WebClient teacher = signedIn("tom", "orange piano window", "teacher");
        Pattern line = Pattern.compile("(?s)Answer: <strong>([^<]*)</strong>\\s*<span class=\"meta\">\\(also accepted: "
                + "<span>([^<]*)</span>\\)");
        int lines = 0;
        for (String article : List.of(KI, "/articles/espreso-nato-troops-warning/questions")) {
            for (int page = 1; page <= 6; page++) {
                String body = teacher.get(article + "?type=short-answer&page=" + page).body();
                Matcher m = line.matcher(body);
                while (m.find()) {
                    lines++;
                    String shown = RenderedPages.textOf(m.group(1)).strip().toLowerCase(java.util.Locale.ROOT);
                    // Names may hold commas ("Washington, D.C."), so the list is compared whole and by its ends.
                    String also = RenderedPages.textOf(m.group(2)).strip().toLowerCase(java.util.Locale.ROOT);
                    assertFalse(also.equals(shown) || also.endsWith(", " + shown), m.group());
                }
            }
        }
        assertTrue(lines > 0, "some answers have other accepted forms");
    }
}
