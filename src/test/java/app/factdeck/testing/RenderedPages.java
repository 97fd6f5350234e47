package app.factdeck.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Checks on every HTML page a test client receives ({@link WebClient} and {@link TestApp#get} call it), so each
 * HTTP test is also a scan of the pages it reaches: a page whose text or title shows template source ("th:text",
 * "${title}", "*{…}", "#{…}") fails the test that rendered it.
 */
public final class RenderedPages {

    /** Thymeleaf syntax as it would read in a page's text: an attribute, or a variable, selection or message. */
    static final Pattern TEMPLATE_SOURCE = Pattern.compile("(?<![\\w-])th:[a-z]|\\$\\{|\\*\\{|#\\{");

    private static final Pattern NOT_TEXT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private RenderedPages() {
    }

    /** Fails when an HTML response's text (title included) holds template source. */
    public static void assertNoTemplateSource(HttpResponse<String> response) {
        boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if (!html) {
            return;
        }
        String text = textOf(response.body());
        Matcher m = TEMPLATE_SOURCE.matcher(text);
        if (m.find()) {
            int from = Math.max(0, m.start() - 80);
            fail("The page " + response.request().method() + " " + response.request().uri().getPath()
                    + " shows template source in its text: …" + text.substring(from, Math.min(text.length(),
                    m.end() + 80)).replaceAll("\\s+", " ") + "…");
        }
    }

    /** The template source in a page's visible text, with a little text around it, if any. */
    public static java.util.Optional<String> templateSourceIn(String text) {
        Matcher m = TEMPLATE_SOURCE.matcher(text);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        int from = Math.max(0, m.start() - 80);
        return java.util.Optional.of("…" + text.substring(from, Math.min(text.length(), m.end() + 80))
                .replaceAll("\\s+", " ") + "…");
    }

    /** What a reader sees of a page: its text without tags, scripts or comments, entities decoded. */
    public static String textOf(String html) {
        return StringEscapeUtils.unescapeHtml4(TAG.matcher(NOT_TEXT.matcher(html).replaceAll(" ")).replaceAll(" "));
    }
}
