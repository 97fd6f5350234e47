package app.factdeck.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, written into factdeck.properties by Maven resource filtering. */
public final class Version {

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/factdeck.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
