package app.factdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that behaves like a browser submitting forms: it keeps cookies, sends the page's CSRF token
 * and an Origin header, and does not follow redirects (so tests see them).
 */
public final class WebClient {

    /** A form key "name" + REPEAT + n is sent as another "name" field (checkboxes send one field per tick). */
    public static final String REPEAT = "__repeat";

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private TestApp app;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf = "";
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean checkPages = true;

    public WebClient(TestApp app) {
        this.app = app;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Sends every later request to {@code other}, with the same cookies and CSRF token: as a load balancer without
     * sticky sessions sends a browser's next request to another instance.
     */
    public WebClient on(TestApp other) {
        this.app = other;
        return this;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(app.origin() + path)).GET().build());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** Posts a form with the last page's CSRF token, as a browser form on that page would. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.putIfAbsent("csrf", csrf);
        return postRaw(path, all, app.origin());
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> form, String origin) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey().replaceAll(REPEAT + "\\d+$", ""), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.origin() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        HttpResponse<String> r = send(b.build());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** Posts multipart/form-data with one file, as a browser file upload does (CSRF field included). */
    public HttpResponse<String> postFile(String path, String field, String fileName, String content) {
        return postMultipart(path, Map.of(), field, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart form as a browser sends it: the CSRF token, {@code fields}, and one file (raw bytes). */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String field, String fileName,
                                              byte[] content) {
        String boundary = "----factdeck" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                + csrf + "\r\n");
        fields.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: text/plain\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(app.origin() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", app.origin())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** Signs in through the form; returns the response to the POST. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    /** Sends {@code name: value} with every later request (e.g. the X-Forwarded-For a reverse proxy adds). */
    public WebClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /**
     * Stops scanning responses for template source: for a test that makes its data with this client and then
     * checks every page itself, collecting all problems instead of stopping at the first.
     */
    public WebClient withoutPageChecks() {
        checkPages = false;
        return this;
    }

    public String csrf() {
        return csrf;
    }

    public CookieManager cookies() {
        return cookies;
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (!headers.isEmpty()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(request, (n, v) -> true);
            headers.forEach(b::header);
            request = b.build();
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (checkPages) {
                RenderedPages.assertNoTemplateSource(response);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
