package app.factdeck.web;

/** Thrown by a handler when what the URL names does not exist; rendered as the 404 page with this message. */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
