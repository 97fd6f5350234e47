package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import java.util.List;
import java.util.function.Function;

/**
 * One question file format, as a Moodle {@code qformat_*} plugin is: what it is called, which files it takes, and
 * how it reads a file into Moodle questions (with problems on their lines) and writes them back. The upload page,
 * the import and export commands and their help read {@link Formats}, so a format is added there and nowhere else.
 *
 * @param slug        the form value, the command-line option ({@code --slug}) and the stored name of a kept upload
 * @param name        the format's name in sentences ("Moodle XML")
 * @param label       the upload page's choice ("GIFT (Moodle)")
 * @param extensions  the file names the upload page offers, first the one exports get
 * @param contentType of an exported file
 * @param help        one sentence for the upload page and {@code --help}: what the format is for
 * @param reader      the file's text to questions and problems; null for a format that only exports
 * @param writer      questions to the file's text; null for a format that only imports
 */
public record QuestionFormat(String slug, String name, String label, List<String> extensions, String contentType,
                             String help, Function<String, Parsed> reader,
                             Function<List<MoodleQuestion>, String> writer) {

    /** A file read: its questions (categories included) and the blocks that are no question, with their lines. */
    public record Parsed(List<MoodleQuestion> questions, List<GiftParser.Problem> problems) {
    }

    public boolean imports() {
        return reader != null;
    }

    public boolean exports() {
        return writer != null;
    }

    public Parsed read(String text) {
        if (reader == null) {
            throw new UnsupportedOperationException(name + " files cannot be imported");
        }
        return reader.apply(text);
    }

    public String write(List<MoodleQuestion> questions) {
        if (writer == null) {
            throw new UnsupportedOperationException(name + " files cannot be exported");
        }
        return writer.apply(questions);
    }

    /** The {@code accept} list of the upload page's file field. */
    public String accept() {
        return String.join(",", extensions);
    }
}
