package app.factdeck.questions;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import java.nio.file.Path;

/** The shipped content tree, loaded once for the question tests. */
public final class TestLibrary {

    public static final Library SHIPPED = new ContentLoader().load(Path.of("content"));

    private TestLibrary() {
    }
}
