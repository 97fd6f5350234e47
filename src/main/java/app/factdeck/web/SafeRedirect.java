package app.factdeck.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to send someone after sign-in: only a path on this site. Browsers drop tabs and line breaks from a
 * Location and read a backslash as a slash, so {@code /<TAB>/evil.example/} or {@code /\evil.example} would
 * lead off-site; such values, and anything that resolves to another origin, become {@code /}.
 *
 * <pre>{@code
 * SafeRedirect.sameSitePath("/study?deck=all"); // "/study?deck=all"
 * SafeRedirect.sameSitePath("/\t/evil.example/"); // "/"
 * }</pre>
 */
public final class SafeRedirect {

    public static final int MAX_LENGTH = 2000;
    /** A stand-in origin: only relative paths are accepted, so the real host does not matter. */
    private static final String ORIGIN = "http://factdeck.invalid";
    private static final URI BASE = URI.create(ORIGIN + "/");

    private SafeRedirect() {
    }

    public static String sameSitePath(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || next.charAt(0) != '/'
                || hasTrickCharacters(next)) {
            return "/";
        }
        URI resolved;
        try {
            resolved = BASE.resolve(new URI(next));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "/";
        }
        String path = resolved.getRawPath();
        // Decoded too: a proxy or a browser that decodes %2F or %5C once must not find "//host" or "\host" either.
        String decoded = resolved.getPath();
        if (!"http".equals(resolved.getScheme()) || !BASE.getRawAuthority().equals(resolved.getRawAuthority())
                || path == null || !path.startsWith("/") || path.startsWith("//") || decoded == null
                || decoded.startsWith("//") || hasTrickCharacters(decoded)) {
            return "/";
        }
        String ascii = resolved.toASCIIString();
        return ascii.substring(ORIGIN.length());
    }

    /** Control characters, white space of any kind, and backslashes. */
    private static boolean hasTrickCharacters(String s) {
        return s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT || c == '\\');
    }
}
