package org.mechgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mechgraph.support.RawHttp.assertJsonError;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mechgraph.support.Api;
import org.mechgraph.support.RawHttp;
import org.mechgraph.support.RawHttp.Answer;

/** Every error is JSON with a status and a message, including those Jetty gives before Javalin runs. */
class JsonErrorsIT {

    private static Api api;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        api = Api.onSharedDatabase();
        http = new RawHttp(api.port());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anUnknownPathIsAJson404() {
        assertJsonError(http.get("/nope"), 404);
        assertJsonError(http.get("/webjars/nope/1.0/none.js"), 404);
    }

    @Test
    void aWrongMethodIsAJson405NamingTheMethodsThatWork() {
        Answer a = http.request("DELETE", "/api/health", "", new byte[0]);
        assertJsonError(a, 405);
        assertTrue(a.json().get("allowed").asText().contains("GET"), a.toString());
        assertJsonError(http.request("PUT", "/api/cypher", "Content-Type: application/json\r\n", new byte[0]), 405);
        assertJsonError(http.request("BREW", "/api/health", "", new byte[0]), 405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/entities/%ff", "/api/papers/%00", "/api/entities/%zz", "/api/effects/%C0%AF",
            "/api/entities/%", "/api/papers/doi:%e2%82", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
            "/api/entities/a%2f..%2f..%2fb", "/api/entities/%5c..%5c", "/api/entities/%u0041",
            "/api/effects/%u002e%u002e"})
    void malformedPathsAreJson400s(String target) {
        Answer a = http.get(target);
        assertTrue(a.status() == 400 || a.status() == 404, a.toString());
        assertJsonError(a, a.status());
        assertFalse(a.body().contains("<html"), a.body());
    }

    @Test
    void controlCharactersAndRawBytesInTheTargetAreJson400s() {
        for (byte[] target : List.of(new byte[] {'/', 'a', 0x01}, new byte[] {'/', 0x7f},
                new byte[] {'/', 'a', (byte) 0xff, (byte) 0xfe}, "/a b".getBytes(StandardCharsets.UTF_8))) {
            Answer a = http.request("GET", target, "Host: localhost\r\n", new byte[0]);
            assertTrue(a.status() >= 400 && a.status() < 500, a.toString());
            assertJsonError(a, a.status());
        }
    }

    @Test
    void aTooLongUrlIsAJson414() {
        assertJsonError(http.get("/api/entities/" + "a".repeat(20_000)), 414);
    }

    @Test
    void tooLargeHeadersAreAJson431() {
        assertJsonError(http.request("GET", "/api/health", "X-Big: " + "b".repeat(20_000) + "\r\n", new byte[0]),
                431);
    }

    @Test
    void anUnparsableRequestIsAJson400() {
        assertJsonError(http.send("GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)), 400);
        assertJsonError(http.send("GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1)), 400);
    }

    @Test
    void anUnsupportedHttpVersionIsAJson400NotA505() {
        Answer a = http.send("GET /api/health HTTP/9.9\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        assertJsonError(a, 400);
        assertTrue(a.json().get("message").asText().contains("HTTP/1.1"), a.toString());
    }

    @Test
    void deeplyNestedJsonIsA400NotAStackOverflow() {
        // Parsed, this fits the JSON parser's own limit; turned into query parameters it overflowed the stack.
        String body = "{\"query\":\"RETURN $x AS x\",\"params\":{\"x\":" + "[".repeat(900) + "]".repeat(900) + "}}";
        Answer a = http.request("POST", "/api/cypher", "Content-Type: application/json\r\n",
                body.getBytes(StandardCharsets.UTF_8));
        assertJsonError(a, 400);
        assertEquals("body", a.json().get("parameter").asText());
        // A request nesting a few levels still runs.
        assertEquals(200, http.request("POST", "/api/cypher", "Content-Type: application/json\r\n",
                "{\"query\":\"RETURN $x AS x\",\"params\":{\"x\":[[1],{\"a\":[2]}]}}"
                        .getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void anUnknownCharsetInTheContentTypeIsA415() {
        Answer a = http.request("POST", "/api/cypher", "Content-Type: application/json; charset=nonsense\r\n",
                "{\"query\":\"RETURN 1\"}".getBytes(StandardCharsets.UTF_8));
        assertJsonError(a, 415);
    }
}
