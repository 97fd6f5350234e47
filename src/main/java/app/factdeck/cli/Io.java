package app.factdeck.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What a command reads and writes: the environment (FACTDECK_*), standard input, output and error. */
record Io(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
}
