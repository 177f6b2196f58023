package org.mechgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedHostsTest {

    private static final AllowedHosts DEFAULT = AllowedHosts.of("127.0.0.1", List.of());

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "LocalHost:1", "127.0.0.1", "127.0.0.1:8080",
            "127.255.0.9:80", "[::1]", "[::1]:8080", " localhost "})
    void loopbackNamesOnAnyPort(String host) {
        assertTrue(DEFAULT.allows(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":8080", "example.com", "localhost.example.com", "127.0.0.1.example.com",
            "127.0.0.300", "127.1", "0x7f.0.0.1", "[::1", "[::2]:80", "::1", "localhost:http", "localhost:8080:1",
            "localhost:", "localhost:123456", "user@localhost", "10.0.0.1", "[::ffff:127.0.0.1]"})
    void anythingElseIsRefused(String host) {
        assertFalse(DEFAULT.allows(host), host);
    }

    @Test
    void noHeaderNamesNoHost() {
        assertFalse(DEFAULT.allows(null));
    }

    @Test
    void theBindAddressIsServedUnlessItIsAWildcard() {
        assertTrue(AllowedHosts.of("192.168.1.20", List.of()).allows("192.168.1.20:8080"));
        assertTrue(AllowedHosts.of("fe80::1", List.of()).allows("[fe80::1]:8080"));
        assertTrue(AllowedHosts.of("MyBox.lan", List.of()).allows("mybox.lan"));
        for (String wildcard : List.of("0.0.0.0", "::", "[::]", "")) {
            var hosts = AllowedHosts.of(wildcard, List.of());
            assertFalse(hosts.allows("0.0.0.0"), wildcard);
            assertFalse(hosts.allows("[::]"), wildcard);
            assertTrue(hosts.allows("localhost"), wildcard);
        }
    }

    @Test
    void configuredNamesAreServedWithOrWithoutTheirPort() {
        var hosts = AllowedHosts.of("0.0.0.0", List.of("mechgraph.lan", "10.0.0.5:8080", "2001:db8::7"));
        assertTrue(hosts.allows("mechgraph.lan:9000"));
        assertTrue(hosts.allows("10.0.0.5"));
        assertTrue(hosts.allows("[2001:db8::7]:80"));
        assertFalse(hosts.allows("lan"));
        assertEquals(List.of("localhost", "127.0.0.1", "127.x.y.z", "[::1]", "mechgraph.lan", "10.0.0.5",
                "[2001:db8::7]"), hosts.names());
    }

    @Test
    void theHostIsTheHeaderWithoutItsPort() {
        assertEquals(Optional.of("[::1]"), AllowedHosts.hostOf("[::1]:80"));
        assertEquals(Optional.of("example.com"), AllowedHosts.hostOf("Example.COM:443"));
        assertEquals(Optional.empty(), AllowedHosts.hostOf("example.com:x"));
    }
}
