package app.factdeck.questions;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import java.nio.file.Path;

/** The shipped content tree, loaded once for the question tests. */
final class TestLibrary {

    static final Library SHIPPED = new ContentLoader().load(Path.of("content"));

    private TestLibrary() {
    }
}
