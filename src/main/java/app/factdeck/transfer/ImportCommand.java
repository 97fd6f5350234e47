package app.factdeck.transfer;

import app.factdeck.content.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code import --gift|--aiken FILE --article SLUG [--valid-only]}: a question file into an article's bank. With
 * any rejected question nothing is written unless {@code --valid-only} says to import the others; the report
 * names each rejected question's line and why.
 */
public final class ImportCommand {

    public static final String USAGE = """
            Usage: java -jar factdeck.jar import --gift|--aiken FILE --article SLUG [--valid-only]
              Adds the file's questions to the article as teachers' questions.
              If any question is rejected, nothing is imported unless --valid-only is given.""";
    static final long MAX_BYTES = 1_000_000;

    private ImportCommand() {
    }

    public static int run(String[] args, TransferService transfer, PrintStream out, PrintStream err) {
        Importer.Format format = null;
        String file = null;
        String slug = null;
        boolean validOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gift", "--aiken" -> {
                    format = Importer.Format.of(args[i].substring(2)).orElseThrow();
                    if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        file = args[++i];
                    }
                }
                case "--article" -> {
                    if (i + 1 >= args.length) {
                        err.println("factdeck: --article needs a SLUG.\n" + USAGE);
                        return 2;
                    }
                    slug = args[++i];
                }
                case "--valid-only" -> validOnly = true;
                default -> {
                    err.println("factdeck: unknown option '" + args[i] + "'.\n" + USAGE);
                    return 2;
                }
            }
        }
        if (format == null || file == null || slug == null) {
            err.println("factdeck: give the format and file (--gift FILE or --aiken FILE) and --article SLUG.\n" + USAGE);
            return 2;
        }
        Optional<Article> article = transfer.article(slug);
        if (article.isEmpty()) {
            err.println("factdeck: there is no article '" + slug + "'. Articles: " + String.join(", ",
                    transfer.articles().stream().map(Article::slug).toList()) + ".");
            return 2;
        }
        String text;
        Path path = Path.of(file);
        try {
            if (Files.size(path) > MAX_BYTES) {
                err.println("factdeck: " + file + " is larger than 1 MB; split it into smaller files.");
                return 1;
            }
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            err.println("factdeck: there is no file " + file + ".");
            return 1;
        } catch (CharacterCodingException e) {
            err.println("factdeck: " + file + " is not UTF-8 text. Save it as UTF-8 and try again.");
            return 1;
        } catch (IOException e) {
            err.println("factdeck: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        Importer.Report report = transfer.read(text, format, article.get());
        if (report.refused() != null) {
            err.println("factdeck: " + file + ": nothing imported: " + report.refused());
            return 1;
        }
        for (Importer.Item item : report.rejected()) {
            err.println(file + ":" + item.line() + ": rejected: " + item.problem()
                    + (item.excerpt().isEmpty() ? "" : " [" + item.excerpt() + "]"));
        }
        int valid = report.valid().size();
        if (!report.rejected().isEmpty() && !validOnly) {
            err.println("factdeck: " + report.rejected().size() + " of " + report.items().size()
                    + " questions rejected; nothing imported. Fix them, or add --valid-only to import the "
                    + valid + " valid ones.");
            return 1;
        }
        List<Long> ids = transfer.importValid(0, article.get(), report, path.getFileName().toString());
        out.println("Imported " + ids.size() + " question" + (ids.size() == 1 ? "" : "s") + " into " + slug
                + (report.rejected().isEmpty() ? "" : "; rejected " + report.rejected().size()) + ".");
        return 0;
    }
}
