package app.factdeck.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a request comes from, as rate limits should see it. {@code X-Forwarded-For} is believed only
 * when the direct peer is one of the configured reverse proxies (FACTDECK_TRUSTED_PROXIES); then the client
 * is the right-most address in it that is not itself a trusted proxy, because only the entries our own
 * proxies appended can be trusted (a client may send any left part it likes).
 *
 * <pre>{@code
 * ClientAddress addresses = ClientAddress.trusting("127.0.0.1, 10.0.0.0/8");
 * String client = addresses.of(ctx); // "203.0.113.7" behind the proxy, the peer otherwise
 * }</pre>
 */
public final class ClientAddress {

    /** Proxies seldom chain more than a few hops; more entries than this are not read. */
    private static final int MAX_HOPS = 20;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Network> trusted;

    private ClientAddress(List<Network> trusted) {
        this.trusted = trusted;
    }

    /** Trusts no proxy: the peer address is the client. */
    public static ClientAddress direct() {
        return new ClientAddress(List.of());
    }

    /**
     * Parses comma-separated addresses and CIDR ranges ({@code 127.0.0.1, ::1, 10.0.0.0/8}); blank trusts none.
     *
     * @throws IllegalArgumentException naming the first entry that is not an address or range
     */
    public static ClientAddress trusting(String spec) {
        List<Network> networks = new ArrayList<>();
        if (spec != null) {
            for (String part : spec.split(",")) {
                String entry = part.strip();
                if (!entry.isEmpty()) {
                    networks.add(Network.parse(entry).orElseThrow(() -> new IllegalArgumentException(
                            "'" + entry + "' is not an IP address or a CIDR range such as 10.0.0.0/8")));
                }
            }
        }
        return new ClientAddress(Collections.unmodifiableList(networks));
    }

    public boolean trustsAnyProxy() {
        return !trusted.isEmpty();
    }

    /** The client's address for {@code ctx}: see the class comment. */
    public String of(Context ctx) {
        List<String> forwarded = new ArrayList<>();
        var headers = trusted.isEmpty() ? null : ctx.req().getHeaders("X-Forwarded-For");
        if (headers != null) {
            for (String header : Collections.list(headers)) {
                forwarded.addAll(Arrays.asList(header.split(",")));
            }
        }
        return resolve(ctx.req().getRemoteAddr(), forwarded);
    }

    /** Pure core of {@link #of}: the peer, and the X-Forwarded-For entries left to right. */
    String resolve(String peer, List<String> forwardedFor) {
        Optional<InetAddress> direct = literal(peer);
        String client = direct.map(InetAddress::getHostAddress).orElse(peer == null ? "" : peer);
        if (direct.isEmpty() || !isTrusted(direct.get())) {
            return client;
        }
        int hops = 0;
        for (int i = forwardedFor.size() - 1; i >= 0 && hops < MAX_HOPS; i--, hops++) {
            Optional<InetAddress> hop = literal(forwardedFor.get(i));
            if (hop.isEmpty()) {
                return client; // garbage our proxy passed on: the last address we could trust
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(hop.get())) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(n -> n.contains(address));
    }

    /**
     * An IP literal, never a host name: InetAddress.getByName would look a name up in DNS. Accepts the forms
     * proxies write: {@code [v6]}, {@code [v6]:port} and {@code v4:port}.
     */
    static Optional<InetAddress> literal(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            s = end > 0 ? s.substring(1, end) : "";
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.contains(".")) {
            s = s.substring(0, s.indexOf(':'));
        }
        boolean v4 = IPV4.matcher(s).matches();
        if (!v4 && !(s.contains(":") && IPV6.matcher(s).matches())) {
            return Optional.empty();
        }
        if (v4 && Arrays.stream(s.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address range; a plain address is a range of one. */
    private record Network(byte[] prefix, int bits) {

        static Optional<Network> parse(String entry) {
            int slash = entry.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Network(bytes, bits));
        }

        boolean contains(InetAddress address) {
            byte[] other = address.getAddress();
            if (other.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((other[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
