package app.factdeck.transfer;

import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code export --gift|--anki|--anki-csv|--quizlet [--article SLUG]}: what students get (generated questions not
 * hidden, teachers' questions) as GIFT for Moodle, or the flashcards for Anki or Quizlet, on standard output.
 */
public final class ExportCommand {

    public static final String USAGE = """
            Usage: java -jar factdeck.jar export --gift|--anki|--anki-csv|--quizlet [--article SLUG]
              --gift      the questions as GIFT, for Moodle (ordering questions are left out: GIFT has no such type)
              --anki      the flashcards as Anki's tab-separated text import, with its header lines
              --anki-csv  the same, comma-separated
              --quizlet   the flashcards as "term TAB definition" lines, for Quizlet's import box
            Writes to standard output; a summary goes to standard error.""";

    private ExportCommand() {
    }

    public static int run(String[] args, TransferService transfer, PrintStream out, PrintStream err) {
        TransferService.ExportFormat format = null;
        String article = null;
        for (int i = 0; i < args.length; i++) {
            Optional<TransferService.ExportFormat> f = args[i].startsWith("--")
                    ? TransferService.ExportFormat.of(args[i].substring(2)) : Optional.empty();
            if (f.isPresent()) {
                if (format != null && format != f.get()) {
                    err.println("factdeck: choose one format, not " + format.slug() + " and " + f.get().slug() + ".\n"
                            + USAGE);
                    return 2;
                }
                format = f.get();
                continue;
            }
            switch (args[i]) {
                case "--article" -> {
                    if (i + 1 >= args.length) {
                        err.println("factdeck: --article needs a SLUG.\n" + USAGE);
                        return 2;
                    }
                    article = args[++i];
                }
                default -> {
                    err.println("factdeck: unknown option '" + args[i] + "'.\n" + USAGE);
                    return 2;
                }
            }
        }
        if (format == null) {
            err.println("factdeck: choose a format: --gift, --anki, --anki-csv or --quizlet.\n" + USAGE);
            return 2;
        }
        if (article != null && transfer.article(article).isEmpty()) {
            err.println("factdeck: there is no article '" + article + "'. Articles: " + String.join(", ",
                    transfer.articles().stream().map(a -> a.slug()).toList()) + ".");
            return 2;
        }
        TransferService.Export export = transfer.export(format, Optional.ofNullable(article));
        out.print(export.body());
        String what = format == TransferService.ExportFormat.GIFT ? "questions" : "flashcards";
        err.println("factdeck: exported " + export.count() + " " + what + (export.leftOut() > 0 ? "; left out "
                + export.leftOut() + " ordering question" + (export.leftOut() == 1 ? "" : "s")
                + " (GIFT has no ordering type)" : "") + ".");
        return 0;
    }
}
