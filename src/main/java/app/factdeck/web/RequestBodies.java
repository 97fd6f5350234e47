package app.factdeck.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads every request body completely, without a thread, before any handler runs, and refuses one that is too
 * big or arrives too slowly.
 *
 * <p>Why: the handlers read forms with blocking reads on one of the server's few threads (32). A client that
 * declares a body and then sends one byte every few seconds held a thread for as long as it liked, and about
 * thirty of them stopped the server answering anyone. Here the body is collected by Jetty's non-blocking reads
 * (a waiting body costs a connection and the bytes received, never a thread), it must be complete within a
 * deadline that grows with its declared size, and its size is capped by kind before a byte is read when the
 * client declares it, and all bodies held at once share a memory budget (503 past it). Only then does the
 * request go on to Javalin, with the body in memory.
 *
 * <p>A refused request still reaches Javalin, with an empty body and a {@link Refusal} attribute, so that
 * {@link #refuseEarly} can answer with the error page in the site layout; Jetty then closes the connection
 * rather than read the rest.
 *
 * <p>Jetty's {@code EagerContentHandler} does the waiting part, but it retains each network buffer a chunk
 * arrived in (a body sent a byte at a time pins one buffer per byte) and has no deadline, so the copying
 * loop below is ours.
 */
public final class RequestBodies extends Handler.Wrapper {

    /** A form of the site's pages: long questions and their options fit many times over. */
    public static final int FORM_LIMIT = 256 * 1024;
    /** An upload (GIFT, Aiken, CSV files of at most 1 MB) with its form fields and multipart framing. */
    public static final int MULTIPART_LIMIT = 1024 * 1024 + 64 * 1024;
    /** Anything else: no page sends other kinds of body. */
    public static final int OTHER_LIMIT = 64 * 1024;
    /** Every body gets this long, plus {@link #SLOWEST_RATE} time for its size. */
    static final long BASE_DEADLINE_MS = 10_000;
    /** Bytes per second the slowest phone connection we serve still manages (EDGE is ~20 KB/s). */
    static final long SLOWEST_RATE = 8 * 1024;

    static final String REFUSAL = "factdeck.bodyRefusal";

    /** Why a body was refused: shown by {@link #refuseEarly} as a page with this status. */
    public record Refusal(int status, String message) {
    }

    private final long baseDeadlineMs;
    /** Bytes of bodies held in memory at once, across all requests: many big uploads at once must not fill the heap. */
    private final long budget;
    private final AtomicLong held = new AtomicLong();
    /**
     * Paths whose forms may be larger than {@link #FORM_LIMIT}/{@link #MULTIPART_LIMIT}, with their cap: a page
     * where a teacher pastes a whole article must receive a too-long paste so that its own form can say what is
     * wrong and keep the text, instead of the bare 413 page losing it.
     */
    private final Map<String, Integer> largerForms;

    /** With a quarter of the heap for bodies in memory (32 MB at -Xmx128m). */
    public RequestBodies() {
        this(Map.of());
    }

    /** @param largerForms path → cap for the forms posted to that exact path (urlencoded or multipart) */
    public RequestBodies(Map<String, Integer> largerForms) {
        this(BASE_DEADLINE_MS, Runtime.getRuntime().maxMemory() / 4, largerForms);
    }

    /** With another base deadline and memory budget (tests shrink them). */
    public RequestBodies(long baseDeadlineMs, long budget) {
        this(baseDeadlineMs, budget, Map.of());
    }

    public RequestBodies(long baseDeadlineMs, long budget, Map<String, Integer> largerForms) {
        this.baseDeadlineMs = baseDeadlineMs;
        this.budget = budget;
        this.largerForms = Map.copyOf(largerForms);
    }

    /** The cap for a body of this Content-Type. Pure. */
    public static int limitFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT).strip();
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return FORM_LIMIT;
        }
        if (type.startsWith("multipart/form-data")) {
            return MULTIPART_LIMIT;
        }
        return OTHER_LIMIT;
    }

    /** The cap for a body of this Content-Type sent to {@code path}: a larger form's own, else {@link #limitFor(String)}. */
    int limitFor(String path, String contentType) {
        int byType = limitFor(contentType);
        Integer larger = byType == OTHER_LIMIT ? null : largerForms.get(path);
        return larger == null ? byType : Math.max(byType, larger);
    }

    /** How long a body of {@code bytes} may take to arrive. Pure. */
    static long deadlineMs(long baseMs, long bytes) {
        return baseMs + bytes * 1000 / SLOWEST_RATE;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            return super.handle(request, response, callback);
        }
        int limit = limitFor(request.getHttpURI().getPath(), request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (declared > limit) {
            return refuse(request, response, callback, tooLarge(limit));
        }
        new Collector(request, response, callback, limit, deadlineMs(baseDeadlineMs, declared > 0 ? declared : limit))
                .start();
        return true;
    }

    /** Before every route (Javalin): a refused body gets its page in the layout, before anything reads it. */
    public static void refuseEarly(Context ctx) {
        Refusal refusal = ctx.attribute(REFUSAL);
        if (refusal != null) {
            throw new RequestRefused(refusal.status(), refusal.message());
        }
    }

    private static Refusal tooLarge(int limit) {
        String size = limit >= 1024 * 1024 ? (limit / (1024 * 1024)) + " MB" : (limit / 1024) + " KB";
        return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE_413, limit == MULTIPART_LIMIT
                ? "That file is too large: Factdeck accepts uploads of at most " + size
                        + ". Split it into smaller files and upload each one."
                : "That was more than Factdeck accepts in one form (at most " + size + "). Shorten the text and "
                        + "send it again.");
    }

    private static Refusal busy() {
        return new Refusal(HttpStatus.SERVICE_UNAVAILABLE_503, "Factdeck is receiving many uploads at once and cannot "
                + "take this one now. Wait a minute and send it again.");
    }

    private static Refusal tooSlow() {
        return new Refusal(HttpStatus.REQUEST_TIMEOUT_408, "What you sent arrived too slowly and was stopped. Check "
                + "your connection and send it again.");
    }

    /** Passes the request on with no body and the refusal attached; never reads what the client sends. */
    private boolean refuse(Request request, Response response, Callback callback, Refusal refusal) throws Exception {
        request.setAttribute(REFUSAL, refusal);
        return super.handle(new WithBody(request, new byte[0]), response, callback);
    }

    private void dispatch(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
    }

    /** Copies the body chunk by chunk (releasing each at once) until it is whole, too big, or too late. */
    private final class Collector implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final int limit;
        private final long deadlineMs;
        private final ByteArrayOutputStream body;
        private final AtomicBoolean settled = new AtomicBoolean();
        private Scheduler.Task deadline;

        Collector(Request request, Response response, Callback callback, int limit, long deadlineMs) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.limit = limit;
            this.deadlineMs = deadlineMs;
            // Grows as bytes arrive: a declared size costs nothing until it is sent.
            this.body = new ByteArrayOutputStream(4096);
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(this::late, deadlineMs, TimeUnit.MILLISECONDS);
            run();
        }

        /** Reads what has arrived; asks to be called again when more does (on a pool thread, none held meanwhile). */
        @Override
        public void run() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    if (settle()) {
                        releaseAll();
                        Response.writeError(request, response, callback, chunk.getFailure());
                    }
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                boolean fits = body.size() + bytes.remaining() <= limit;
                boolean room = !fits || reserve(bytes.remaining());
                fits = fits && room;
                if (fits) {
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    body.write(copy, 0, copy.length);
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (!fits) {
                    if (settle()) {
                        refuseNow(room ? tooLarge(limit) : busy());
                    }
                    return;
                }
                if (last) {
                    if (settle()) {
                        byte[] whole = body.toByteArray();
                        body.reset();
                        dispatch(new WithBody(request, whole), response, Callback.from(callback, this::releaseAll));
                    }
                    return;
                }
            }
        }

        private void late() {
            if (settle()) {
                request.getContext().execute(() -> refuseNow(tooSlow()));
            }
        }

        private long reserved;

        /** Counts {@code bytes} against the shared budget; false (and nothing counted) when it would be exceeded. */
        private boolean reserve(int bytes) {
            if (held.addAndGet(bytes) > budget) {
                held.addAndGet(-bytes);
                return false;
            }
            reserved += bytes;
            return true;
        }

        private void releaseAll() {
            held.addAndGet(-reserved);
            reserved = 0;
        }

        private boolean settle() {
            if (!settled.compareAndSet(false, true)) {
                return false;
            }
            if (deadline != null) {
                deadline.cancel();
            }
            return true;
        }

        private void refuseNow(Refusal refusal) {
            releaseAll();
            body.reset();
            try {
                refuse(request, response, callback, refusal);
            } catch (Throwable failure) {
                Response.writeError(request, response, callback, failure);
            }
        }
    }

    /** The request with its body already read: handlers read these bytes, never the network. */
    private static final class WithBody extends Request.Wrapper {
        private final byte[] body;
        private boolean served;

        WithBody(Request request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public long getLength() {
            return body.length;
        }

        @Override
        public Content.Chunk read() {
            if (served) {
                return Content.Chunk.EOF;
            }
            served = true;
            return Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public boolean consumeAvailable() {
            served = true;
            return true;
        }
    }
}
