package app.factdeck.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The raw seed pages (copied from shared/seeds into src/test/resources/seeds). */
public final class Seeds {

    public static final String ESPRESO = "000_10ea0a1fc215f783.txt";
    public static final String KYIV_INDEPENDENT = "004_4a24659d772ca569.txt";

    private Seeds() {
    }

    public static String read(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource seeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
