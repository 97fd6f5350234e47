package app.factdeck.questions.core;

import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Teachers' stems and feedback as HTML a page can show: Markdown rendered by commonmark-java, then everything
 * (also HTML from an imported GIFT file) through the OWASP sanitiser, so scripts, event handlers, styles and
 * {@code javascript:} URLs never reach a page. Headings are not allowed: a stem sits under the page's own.
 *
 * <pre>{@code
 * RichText.html("Who **co-chairs** it?", "markdown") // <p>Who <strong>co-chairs</strong> it?</p>
 * RichText.plain("<p>Who <b>co-chairs</b> it?</p>")  // Who co-chairs it?
 * }</pre>
 */
public final class RichText {

    private static final Parser MARKDOWN = Parser.builder().build();
    // Raw HTML inside Markdown is shown as text, and unsafe link targets dropped, before the sanitiser even runs.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "b", "i", "u", "code", "pre", "blockquote", "ul", "ol", "li",
                    "sub", "sup", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();
    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();

    private RichText() {
    }

    /** Safe HTML for {@code text} written in {@code format}: markdown, html, moodle (GIFT's auto-format) or plain. */
    public static String html(String text, String format) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String raw = switch (format == null ? "markdown" : format.toLowerCase(Locale.ROOT)) {
            case "html" -> text;
            case "moodle" -> text.contains("<") ? text : paragraphs(text);
            case "plain" -> paragraphs(text);
            default -> RENDERER.render(MARKDOWN.parse(text));
        };
        return POLICY.sanitize(raw).strip();
    }

    /** The words of some HTML, without any markup: for lists, summaries and exports. */
    public static String plain(String html) {
        String spaced = html.replaceAll("(?i)</(p|li|blockquote|pre)>|<br\\s*/?>", " ");
        return StringEscapeUtils.unescapeHtml4(TEXT_ONLY.sanitize(spaced)).replaceAll("\\s+", " ").strip();
    }

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String para : text.strip().split("\\n\\s*\\n")) {
            out.append("<p>").append(StringEscapeUtils.escapeHtml4(para.strip()).replace("\n", "<br>")).append("</p>");
        }
        return out.toString();
    }
}
