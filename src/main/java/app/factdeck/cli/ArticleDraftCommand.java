package app.factdeck.cli;

import app.factdeck.content.ArticleDraft;
import app.factdeck.content.HtmlPage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code article-draft FILE}: the page cleaner's result as an article.md to review and complete. */
@Command(name = "article-draft",
        description = "Prints a draft article.md (front matter and cleaned body) from a news page (text or HTML).")
final class ArticleDraftCommand implements Callable<Integer> {

    /** A saved news page is tens of kilobytes; anything this large is not one. */
    static final long MAX_BYTES = 5_000_000;

    private final Io io;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FILE", description = "a news page (UTF-8): its raw text, or its HTML (.html, .htm)")
    Path file;

    ArticleDraftCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Optional<String> raw = TextFile.read(file, MAX_BYTES, file + " is larger than 5 MB; it is not one news page.",
                "no such file: " + file, io.err());
        if (raw.isEmpty()) {
            return 1;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        io.out().print(html ? ArticleDraft.from(HtmlPage.read(raw.get())) : ArticleDraft.from(raw.get()));
        io.out().flush();
        return 0;
    }
}
