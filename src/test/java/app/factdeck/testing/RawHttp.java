package app.factdeck.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket, for what java.net.http will not send: a body that stops half-way, a
 * Content-Length larger than what follows, a malformed URI.
 *
 * <pre>{@code
 * try (RawHttp c = RawHttp.open(app)) { c.send("POST /login HTTP/1.1\r\n..."); String r = c.readResponse(5000); }
 * }</pre>
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    public static RawHttp open(String host, int port) {
        try {
            return new RawHttp(new Socket(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawHttp open(TestApp app) {
        java.net.URI origin = java.net.URI.create(app.origin());
        return open(origin.getHost(), origin.getPort());
    }

    public RawHttp send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    public RawHttp send(byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the server sent until it closed the connection or {@code timeoutMs} passed with no byte. */
    public String readResponse(int timeoutMs) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try {
            socket.setSoTimeout(timeoutMs);
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                got.write(buf, 0, n);
                String s = got.toString(StandardCharsets.UTF_8);
                if (complete(s)) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // what arrived so far is the answer
        } catch (IOException e) {
            // reset by the server after its answer: what arrived is the answer
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    /** The status code of a raw response, or -1 when none arrived. */
    public static int status(String response) {
        if (!response.startsWith("HTTP/1.1 ")) {
            return -1;
        }
        return Integer.parseInt(response.substring(9, 12));
    }

    private static boolean complete(String s) {
        int head = s.indexOf("\r\n\r\n");
        if (head < 0) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(
                s.substring(0, head));
        return m.find() && s.getBytes(StandardCharsets.UTF_8).length - head - 4 >= Integer.parseInt(m.group(1));
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket the server may already have closed
        }
    }
}
