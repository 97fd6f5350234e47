package app.factdeck.content;

/**
 * {@code article-draft FILE}'s output: the page cleaner's result as an article.md for an author to review and
 * complete (the publisher, and the date when the page did not give one, are left to fill in).
 *
 * <pre>{@code
 * String markdown = ArticleDraft.from(Files.readString(page));
 * }</pre>
 */
public final class ArticleDraft {

    private ArticleDraft() {
    }

    public static String from(String rawPage) {
        PageCleaner.CleanedPage page = PageCleaner.clean(rawPage);
        StringBuilder b = new StringBuilder();
        b.append("---\n");
        b.append("title: ").append(yamlString(page.title().orElse(""))).append('\n');
        b.append("publisher: \"\"   # fill in\n");
        page.author().ifPresent(a -> b.append("author: ").append(yamlString(a)).append('\n'));
        b.append("published: ").append(page.published().map(Object::toString).orElse("\"\"   # fill in: YYYY-MM-DD"))
                .append('\n');
        b.append("language: en\n");
        b.append("---\n");
        b.append(page.bodyMarkdown());
        return b.toString();
    }

    private static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
