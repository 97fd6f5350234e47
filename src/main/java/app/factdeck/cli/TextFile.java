package app.factdeck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** A command's input file read whole (as UTF-8 text, or as bytes), refused past a size before a byte is read. */
final class TextFile {

    private TextFile() {
    }

    /**
     * The file's text, or empty after one {@code factdeck: …} line on {@code err} saying what is wrong:
     * {@code tooLarge} or {@code missing} as given, not UTF-8, or the read's own error.
     */
    static Optional<String> read(Path file, long maxBytes, String tooLarge, String missing, PrintStream err) {
        try {
            if (Files.size(file) > maxBytes) {
                err.println("factdeck: " + tooLarge);
                return Optional.empty();
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            err.println("factdeck: " + missing);
        } catch (CharacterCodingException e) {
            err.println("factdeck: " + file + " is not UTF-8 text. Save it as UTF-8 and try again.");
        } catch (IOException e) {
            err.println("factdeck: cannot read " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The file's bytes (a page whose encoding its reader works out), or empty after one {@code factdeck: …} line on
     * {@code err}: {@code tooLarge} or "no such file", or the read's own error.
     */
    static Optional<byte[]> bytes(Path file, long maxBytes, String tooLarge, PrintStream err) {
        try {
            if (!Files.isRegularFile(file)) {
                err.println("factdeck: no such file: " + file);
                return Optional.empty();
            }
            if (Files.size(file) > maxBytes) {
                err.println("factdeck: " + tooLarge);
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            err.println("factdeck: no such file: " + file);
        } catch (IOException e) {
            err.println("factdeck: cannot read " + file + " (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }
}
