package app.factdeck.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import java.nio.file.Path;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How Jetty is tuned for a small VPS: threads, connectors, the handlers every request passes (graceful stop,
 * security headers, bounded bodies) and the multipart limits.
 *
 * <pre>{@code
 * Javalin.create(javalin -> ServerSetup.apply(javalin, "127.0.0.1", 7070, false, uploads));
 * }</pre>
 */
public final class ServerSetup {

    /** How long SIGTERM waits for in-flight requests before the server closes connections. */
    public static final long STOP_TIMEOUT_MS = 10_000;
    static final int MAX_THREADS = 32;
    static final int MIN_THREADS = 4;
    static final int ACCEPT_QUEUE = 1024;

    private ServerSetup() {
    }

    /**
     * @param host    bind address; blank binds every interface
     * @param https   whether the public URL is https (HSTS and secure cookies follow it)
     * @param uploads the spool directory multipart falls back to
     */
    public static void apply(JavalinConfig javalin, String host, int port, boolean https, Path uploads) {
        apply(javalin, host, port, https, uploads, java.util.Map.of());
    }

    /**
     * As above, with paths whose forms may be larger than the usual caps.
     *
     * @param largerForms path → cap in bytes, for the forms posted to that exact path ({@link RequestBodies})
     */
    public static void apply(JavalinConfig javalin, String host, int port, boolean https, Path uploads,
                             java.util.Map<String, Integer> largerForms) {
        int largest = largerForms.values().stream().mapToInt(Integer::intValue)
                .reduce(RequestBodies.MULTIPART_LIMIT, Math::max);
        javalin.jetty.host = host.isEmpty() ? null : host;
        javalin.jetty.port = port;
        // Few threads: requests spend their time in SQLite (one writer, READ_POOL_SIZE readers) and on 1–2
        // cores, so more threads only add stacks and switching (256 stacks were ~30 MB of RSS).
        javalin.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        // Jetty gives every connection a trie of recently seen header fields (~80 KB each): a thousand
        // open connections filled the 128 MB heap (OutOfMemoryError in the 1000-client benchmark).
        // Without it each header is parsed afresh, which costs little next to a page.
        javalin.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
        javalin.jetty.modifyServer(server -> {
            // Graceful stop: refuse new requests, let in-flight ones finish, then close. Inside it, every
            // response gets the security headers, and every body is read whole (no thread held) and
            // bounded before a route runs; Javalin attaches below the innermost wrapper.
            server.setStopTimeout(STOP_TIMEOUT_MS);
            GracefulHandler graceful = new GracefulHandler();
            SecurityHeaders headers = new SecurityHeaders(https);
            headers.setHandler(new RequestBodies(largerForms));
            graceful.setHandler(headers);
            server.setHandler(graceful);
            server.setErrorHandler(new SecurityHeaders.Errors(https));
            // A class that submits at once opens hundreds of connections together: the JDK's default
            // backlog of 50 would drop the rest's SYNs and make them retry a second later.
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (var connector : server.getConnectors()) {
                        if (connector instanceof ServerConnector http) {
                            http.setAcceptQueueSize(ACCEPT_QUEUE);
                        }
                    }
                }
            });
        });
        // A path that exists answers another method with 405, not 404.
        javalin.http.prefer405over404 = true;
        // RequestBodies has capped every body already (per path); Javalin's and Jetty's own checks must not cut
        // below the largest of those caps.
        javalin.http.maxRequestSize = largest;
        // Uploads stay in memory (they are at most ~1 MB, and bounded above): nothing spooled to disk
        // where a kill would leave CSRF tokens and rosters behind. The directory is only a fallback.
        javalin.jetty.multipartConfig.cacheDirectory(uploads.toString());
        javalin.jetty.multipartConfig.maxInMemoryFileSize(largest, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.maxFileSize(largest, SizeUnit.BYTES);
        javalin.jetty.multipartConfig.maxTotalRequestSize(largest, SizeUnit.BYTES);
        // A multipart form's text fields count against Jetty's form cap (200 KB by default): a pasted page is one.
        javalin.jetty.modifyServletContextHandler(context -> context.setMaxFormContentSize(largest));
    }
}
