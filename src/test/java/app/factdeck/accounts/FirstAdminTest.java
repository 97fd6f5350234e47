package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Item 14: the first-admin command can be pasted into a shell as it is printed. */
class FirstAdminTest {

    @Test
    void theCommandNamesTheDataDirectoryAndTheJar() {
        assertEquals("FACTDECK_DATA=/srv/factdeck/data java -jar /opt/factdeck.jar user add --role admin --name "
                + "\"Your Name\" USERNAME", FirstAdmin.command(Path.of("/srv/factdeck/data"), "java -jar /opt/factdeck.jar"));
    }

    @Test
    void pathsWithSpacesOrQuotesAreQuotedForTheShell() {
        assertEquals("/srv/data", FirstAdmin.shellQuoted("/srv/data"));
        assertEquals("'/home/ana/My Data'", FirstAdmin.shellQuoted("/home/ana/My Data"));
        assertEquals("'/tmp/ana'\\''s'", FirstAdmin.shellQuoted("/tmp/ana's"));
        assertEquals("'/tmp/$HOME'", FirstAdmin.shellQuoted("/tmp/$HOME"));
    }
}
