package app.factdeck.web;

/**
 * The request itself cannot be taken (too large, too slow, malformed, wrong method): rendered as the page for
 * {@code status} with this message, in the site layout.
 */
public final class RequestRefused extends RuntimeException {

    private final int status;

    public RequestRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
