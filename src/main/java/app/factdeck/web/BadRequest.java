package app.factdeck.web;

/** The request names something that cannot be done as asked; rendered as the 400 page with this message. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
