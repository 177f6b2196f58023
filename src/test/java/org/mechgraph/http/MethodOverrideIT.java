package org.mechgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mechgraph.support.RawHttp.assertJsonError;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Api;
import org.mechgraph.support.RawHttp;
import org.mechgraph.support.RawHttp.Answer;

/** A request is handled as the method it was sent with, whatever override header it carries. */
class MethodOverrideIT {

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
    void aMethodOverrideHeaderNeverChangesTheMethod() {
        Answer postAsGet = http.request("POST", "/api/health", "X-HTTP-Method-Override: GET\r\n", new byte[0]);
        assertJsonError(postAsGet, 405);
        byte[] body = "{\"query\":\"RETURN 1 AS one\"}".getBytes(StandardCharsets.UTF_8);
        for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
            Answer getAsPost = http.request("GET", "/api/cypher", header + ": POST\r\n"
                    + "Content-Type: application/json\r\n", body);
            assertJsonError(getAsPost, 405);
        }
        // Sent with its real method, the same request runs.
        assertEquals(200, http.request("POST", "/api/cypher", "Content-Type: application/json\r\n", body).status());
    }
}
