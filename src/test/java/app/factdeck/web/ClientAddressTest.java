package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxy = ClientAddress.trusting("127.0.0.1, ::1, 10.0.0.0/8");

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        assertEquals("198.51.100.4", ClientAddress.direct().resolve("198.51.100.4", List.of("203.0.113.7")));
        assertEquals("198.51.100.4", ClientAddress.trusting("").resolve("198.51.100.4", List.of("203.0.113.7")));
    }

    @Test
    void fromAnUntrustedPeerForwardedForIsIgnored() {
        assertEquals("198.51.100.4", behindProxy.resolve("198.51.100.4", List.of("203.0.113.7")));
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostAddressThatIsNotAProxy() {
        assertEquals("203.0.113.7", behindProxy.resolve("127.0.0.1", List.of("203.0.113.7")));
        // The client wrote the left part itself; only what our proxies appended counts.
        assertEquals("203.0.113.7", behindProxy.resolve("127.0.0.1", List.of(" 6.6.6.6", " 203.0.113.7",
                " 10.1.2.3")));
        assertEquals("2001:db8:0:0:0:0:0:1", behindProxy.resolve("0:0:0:0:0:0:0:1", List.of("[2001:db8::1]:4711")));
        assertEquals("203.0.113.7", behindProxy.resolve("127.0.0.1", List.of("203.0.113.7:51234")));
    }

    @Test
    void garbageOrOnlyProxiesInForwardedForLeaveTheLastTrustedHop() {
        assertEquals("10.1.2.3", behindProxy.resolve("127.0.0.1", List.of("evil.example", "10.1.2.3")));
        assertEquals("127.0.0.1", behindProxy.resolve("127.0.0.1", List.of("not an address")));
        assertEquals("127.0.0.1", behindProxy.resolve("127.0.0.1", List.of()));
        assertEquals("10.0.0.1", behindProxy.resolve("127.0.0.1", List.of("10.0.0.1")));
        assertEquals("127.0.0.1", behindProxy.resolve("127.0.0.1", List.of("999.1.1.1")));
    }

    @Test
    void badProxyListsAreRefusedNamingTheEntry() {
        for (String bad : new String[] {"localhost", "10.0.0.0/33", "10.0.0/8", "1.2.3.4/x", "::1/129", "256.0.0.1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ClientAddress.trusting("127.0.0.1," + bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertTrue(ClientAddress.trusting(" 127.0.0.1 , fd00::/8 ").trustsAnyProxy());
    }
}
