package app.factdeck.transfer;

import app.factdeck.content.Library;
import app.factdeck.questions.Question;
import app.factdeck.questions.QuestionsCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code export --gift [--article SLUG]}: the question bank as GIFT on standard output, for Moodle. */
public final class ExportCommand {

    static final String USAGE = "Usage: java -jar factdeck.jar export --gift [--article SLUG]   (GIFT to standard output)";

    private ExportCommand() {
    }

    public static int run(String[] args, Library library, PrintStream out, PrintStream err) {
        boolean gift = false;
        String article = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gift" -> gift = true;
                case "--article" -> {
                    if (i + 1 >= args.length) {
                        err.println("factdeck: --article needs a SLUG.\n" + USAGE);
                        return 2;
                    }
                    article = args[++i];
                }
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("factdeck: unknown option '" + args[i] + "'.\n" + USAGE);
                    return 2;
                }
            }
        }
        if (!gift) {
            err.println("factdeck: choose a format: --gift (Moodle's GIFT).\n" + USAGE);
            return 2;
        }
        Optional<List<Question>> questions = QuestionsCommand.select(library, article, err);
        if (questions.isEmpty()) {
            return 2;
        }
        List<GiftQuestion> exported = new ArrayList<>();
        int skipped = 0;
        for (Question q : questions.get()) {
            Optional<GiftQuestion> g = GiftExport.of(q);
            if (g.isPresent()) {
                exported.add(g.get());
            } else {
                skipped++;
            }
        }
        out.print(GiftWriter.write(exported));
        err.println("factdeck: exported " + exported.size() + " questions"
                + (skipped > 0 ? "; left out " + skipped + " ordering question" + (skipped == 1 ? "" : "s") + " (GIFT has no ordering type)" : "") + ".");
        return 0;
    }
}
