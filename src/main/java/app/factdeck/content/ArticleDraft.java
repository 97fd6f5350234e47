package app.factdeck.content;

/**
 * {@code article-draft FILE}'s output: the page cleaner's result as an article.md for an author to review and
 * complete (what the page did not say — often the publisher, sometimes the date — is left to fill in).
 *
 * <pre>{@code
 * String markdown = ArticleDraft.from(Files.readString(page));
 * String fromHtml = ArticleDraft.from(HtmlPage.read(Files.readString(htmlPage)));
 * }</pre>
 */
public final class ArticleDraft {

    private ArticleDraft() {
    }

    public static String from(String rawPage) {
        return from(PageCleaner.read(rawPage));
    }

    public static String from(PageReading reading) {
        PageMeta meta = reading.meta();
        StringBuilder b = new StringBuilder();
        b.append("---\n");
        b.append("title: ").append(yamlString(meta.title().orElse(""))).append('\n');
        b.append("publisher: ").append(meta.publisher().map(ArticleDraft::yamlString).orElse("\"\"   # fill in"))
                .append('\n');
        meta.author().ifPresent(a -> b.append("author: ").append(yamlString(a)).append('\n'));
        b.append("published: ").append(meta.published().map(Object::toString).orElse("\"\"   # fill in: YYYY-MM-DD"))
                .append('\n');
        meta.url().ifPresent(u -> b.append("url: ").append(yamlString(u)).append('\n'));
        b.append("language: ").append(meta.language().isEmpty() ? "\"\"   # fill in: en, uk, …" : meta.language())
                .append('\n');
        b.append("---\n");
        b.append(String.join("\n\n", reading.body())).append('\n');
        return b.toString();
    }

    private static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
