package app.factdeck.web;

import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of every response, set in Jetty rather than in a Javalin filter so that the responses
 * Javalin never sees carry them too: Jetty's own 400 for a malformed URI ({@code %00}, {@code /..;/}), and any
 * error Jetty writes before a route runs.
 *
 * <pre>{@code
 * server.setHandler(new GracefulHandler(new SecurityHeaders(https)));
 * server.setErrorHandler(new SecurityHeaders.Errors(https));
 * }</pre>
 */
public final class SecurityHeaders extends Handler.Wrapper {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private final List<HttpField> fields;

    /** @param https whether the public URL is https (then browsers are told to stay on https, HSTS) */
    public SecurityHeaders(boolean https) {
        this.fields = fields(https);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        add(response.getHeaders(), fields);
        return super.handle(request, response, callback);
    }

    static List<HttpField> fields(boolean https) {
        List<HttpField> all = new java.util.ArrayList<>(List.of(
                new HttpField("X-Content-Type-Options", "nosniff"),
                new HttpField("Referrer-Policy", "same-origin"),
                new HttpField("X-Frame-Options", "DENY"),
                new HttpField("Content-Security-Policy", CONTENT_SECURITY_POLICY)));
        if (https) {
            all.add(new HttpField("Strict-Transport-Security", "max-age=31536000; includeSubDomains"));
        }
        return List.copyOf(all);
    }

    private static void add(HttpFields.Mutable headers, List<HttpField> fields) {
        for (HttpField f : fields) {
            headers.put(f);
        }
    }

    /**
     * Jetty's error pages (bad URIs, bad headers, anything refused before a handler runs): the same headers,
     * and a short page with no server details.
     */
    public static final class Errors extends ErrorHandler {

        private final List<HttpField> fields;

        public Errors(boolean https) {
            this.fields = fields(https);
            setShowStacks(false);
            setShowCauses(false);
            setShowMessageInTitle(false);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            add(response.getHeaders(), fields);
            return super.handle(request, response, callback);
        }
    }
}
