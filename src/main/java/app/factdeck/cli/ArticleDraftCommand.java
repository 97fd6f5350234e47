package app.factdeck.cli;

import app.factdeck.content.ArticleDraft;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code article-draft FILE}: the page cleaner's result as an article.md to review and complete. */
@Command(name = "article-draft",
        description = "Prints a draft article.md (front matter and cleaned body) from the raw text of a news page.")
final class ArticleDraftCommand implements Callable<Integer> {

    /** A saved news page is tens of kilobytes; anything this large is not one. */
    static final long MAX_BYTES = 5_000_000;

    private final Io io;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FILE", description = "the raw text of a news page (UTF-8)")
    Path file;

    ArticleDraftCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        String raw;
        try {
            if (Files.size(file) > MAX_BYTES) {
                io.err().println("factdeck: " + file + " is larger than 5 MB; it is not one news page.");
                return 1;
            }
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            io.err().println("factdeck: no such file: " + file);
            return 1;
        } catch (CharacterCodingException e) {
            io.err().println("factdeck: " + file + " is not UTF-8 text. Save it as UTF-8 and try again.");
            return 1;
        } catch (IOException e) {
            io.err().println("factdeck: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        io.out().print(ArticleDraft.from(raw));
        io.out().flush();
        return 0;
    }
}
