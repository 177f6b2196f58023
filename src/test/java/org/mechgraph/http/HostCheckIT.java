package org.mechgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mechgraph.support.RawHttp.assertJsonError;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mechgraph.Config;
import org.mechgraph.support.Api;
import org.mechgraph.support.RawHttp;
import org.mechgraph.support.RawHttp.Answer;
import org.mechgraph.support.TestDatabase;

/**
 * Only requests naming a host this server serves are answered (DNS rebinding): loopback names, the bind address and
 * MECHGRAPH_ALLOWED_HOSTS, on any port; everything else, files and webjars included, is a JSON 421.
 */
class HostCheckIT {

    private static final String D3 = "/webjars/d3/7.9.0/dist/d3.min.js";

    private static Api withAllowedHosts(List<String> hosts) {
        Config shared = TestDatabase.sharedConfig();
        return new Api(TestDatabase.shared(), shared.withAllowedHosts(hosts));
    }

    private static Api api;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        api = withAllowedHosts(List.of("mechgraph.lan", "10.1.2.3:8080"));
        http = new RawHttp(api.port());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Answer withHost(String host, String target) {
        return http.request("GET", target.getBytes(StandardCharsets.UTF_8), "Host: " + host + "\r\n", new byte[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/health", "/", "/index.html", "/js/main.js", D3, "/nope"})
    void aForeignHostIsRefusedEverywhereSayingHowToAllowIt(String target) {
        Answer a = withHost("rebind.attacker.example:" + api.port(), target);
        assertJsonError(a, 421);
        String message = a.json().get("message").asText();
        assertTrue(message.contains("rebind.attacker.example"), message);
        assertTrue(message.contains("MECHGRAPH_ALLOWED_HOSTS"), message);
        assertEquals("Host", a.json().get("parameter").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST:8080", "127.0.0.1", "127.0.0.1:1", "127.4.5.6:65535", "[::1]",
            "[::1]:9999", "mechgraph.lan", "Mechgraph.LAN:443", "10.1.2.3"})
    void loopbackNamesAndAllowedHostsAreServedOnAnyPort(String host) {
        Answer a = withHost(host, "/api/health");
        assertEquals(200, a.status(), host + " " + a);
        assertEquals("ok", a.json().get("status").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost.attacker.example", "127.0.0.1.nip.io", "128.0.0.1", "127.0.0.256", "[::2]",
            "0.0.0.0", "mechgraph.lan.evil", "xn--localhost-9ja", "localhost."})
    void lookalikesAreRefused(String host) {
        assertJsonError(withHost(host, "/api/health"), 421);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:80:80", "local host", "localhost:port", "[::1", "", "localhost@evil.example"})
    void malformedHostsAreRefused(String host) {
        Answer a = withHost(host, "/api/health");
        // Jetty refuses what is not host[:port] itself (400); the rest the host check refuses (421).
        assertTrue(a.status() == 400 || a.status() == 421, host + " " + a);
        assertJsonError(a, a.status());
    }

    @Test
    void aRequestWithoutHostIsServed() {
        // HTTP/1.0 has no Host; only a client talking to the socket directly sends none, never a browser.
        Answer a = http.send("GET /api/health HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(200, a.status(), a.toString());
    }
}
