package app.factdeck.web;

/** The user may not do this; rendered as the 403 page with this message. */
public final class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
