package app.factdeck.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Where multipart uploads would spill to disk. They stay in memory (see App), so this directory is normally
 * empty; whatever is in it at start was left by a process that was killed mid-upload, and may hold a CSRF token
 * or a class roster, so it is deleted.
 */
public final class Uploads {

    private Uploads() {
    }

    /** Creates {@code <data>/uploads} if needed and deletes every file in it; returns the directory. */
    public static Path cleanSpoolDirectory(Path dataDir) {
        Path dir = dataDir.resolve("uploads");
        try {
            Files.createDirectories(dir);
            int deleted = 0;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f) && Files.deleteIfExists(f)) {
                        deleted++;
                    }
                }
            }
            if (deleted > 0) {
                LoggerFactory.getLogger(Uploads.class).info("Deleted {} upload file(s) left in {} by an earlier run",
                        deleted, dir.toAbsolutePath());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the upload directory " + dir, e);
        }
    }
}
