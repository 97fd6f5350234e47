package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.RawHttp;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RequestBodies on a bare Jetty whose handler answers with what it read (or the refusal it was given). */
class RequestBodiesTest {

    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        // Bodies must arrive within 1 s (+ size at 8 KB/s); at most 100 KB of them held at once.
        RequestBodies bodies = new RequestBodies(1_000, 100_000);
        bodies.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Object refusal = request.getAttribute(RequestBodies.REFUSAL);
                String body = Content.Source.asString(request, StandardCharsets.ISO_8859_1);
                response.write(true, java.nio.ByteBuffer.wrap((refusal != null ? "refused " + refusal
                        : "read " + body.length() + " " + Integer.toHexString(body.hashCode()))
                        .getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        server.setHandler(bodies);
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private static String post(String type, long length) {
        return "POST /x HTTP/1.1\r\nHost: t\r\nContent-Type: " + type + "\r\nContent-Length: " + length + "\r\n\r\n";
    }

    @Test
    void theHandlerReadsTheWholeBodyAsSentEvenWhenItArrivesInPieces() throws Exception {
        String body = "a=" + "xyz".repeat(20_000);
        try (RawHttp c = RawHttp.open("127.0.0.1", port)) {
            c.send(post("application/x-www-form-urlencoded", body.length()));
            for (int i = 0; i < body.length(); i += 7000) {
                c.send(body.substring(i, Math.min(body.length(), i + 7000)));
                Thread.sleep(20);
            }
            String answer = c.readResponse(5_000);
            assertTrue(answer.endsWith("read " + body.length() + " " + Integer.toHexString(body.hashCode())), answer);
        }
    }

    @Test
    void bodiesHeldAtOnceShareTheMemoryBudgetAndTheOneOverItIsA503() throws Exception {
        // A first request loads the classes, so that the timing below is the server's, not the class loader's.
        try (RawHttp warm = RawHttp.open("127.0.0.1", port)) {
            assertTrue(warm.send(post("multipart/form-data; boundary=X", 3)).send("abc").readResponse(5_000)
                    .contains("read 3"));
        }
        try (RawHttp first = RawHttp.open("127.0.0.1", port); RawHttp second = RawHttp.open("127.0.0.1", port)) {
            // The first sends 60 KB of its 70 KB and waits; the second's 60 KB no longer fit in the 100 KB.
            first.send(post("multipart/form-data; boundary=X", 70_000)).send("b".repeat(60_000));
            Thread.sleep(500);
            second.send(post("multipart/form-data; boundary=X", 60_000)).send("c".repeat(60_000));
            String answer = second.readResponse(5_000);
            assertTrue(answer.contains("refused Refusal[status=503"), answer);
            // The first is cut at its deadline (1 s + 70 KB at 8 KB/s ≈ 9.5 s) and frees its share.
            assertTrue(first.readResponse(15_000).contains("refused Refusal[status=408"));
        }
        try (RawHttp third = RawHttp.open("127.0.0.1", port)) {
            String answer = third.send(post("multipart/form-data; boundary=X", 90_000)).send("d".repeat(90_000))
                    .readResponse(5_000);
            assertTrue(answer.contains("read 90000"), answer);
        }
    }

    @Test
    void aPathWithALargerCapTakesLargerFormsOnly() {
        RequestBodies bodies = new RequestBodies(1_000, 100_000, java.util.Map.of("/paste", 6_000_000));
        assertEquals(6_000_000, bodies.limitFor("/paste", "multipart/form-data; boundary=x"));
        assertEquals(6_000_000, bodies.limitFor("/paste", "application/x-www-form-urlencoded"));
        // Not another kind of body, and not another path (nor one under it).
        assertEquals(RequestBodies.OTHER_LIMIT, bodies.limitFor("/paste", "application/json"));
        assertEquals(RequestBodies.FORM_LIMIT, bodies.limitFor("/paste/more", "application/x-www-form-urlencoded"));
        assertEquals(RequestBodies.MULTIPART_LIMIT, bodies.limitFor("/login", "multipart/form-data; boundary=x"));
    }

    @Test
    void limitsFollowTheKindOfBody() {
        assertEquals(RequestBodies.FORM_LIMIT, RequestBodies.limitFor("application/x-www-form-urlencoded; charset=UTF-8"));
        assertEquals(RequestBodies.MULTIPART_LIMIT, RequestBodies.limitFor("Multipart/Form-Data; boundary=x"));
        assertEquals(RequestBodies.OTHER_LIMIT, RequestBodies.limitFor("application/json"));
        assertEquals(RequestBodies.OTHER_LIMIT, RequestBodies.limitFor(null));
        assertEquals(10_000 + 1_000, RequestBodies.deadlineMs(10_000, 8 * 1024));
    }
}
