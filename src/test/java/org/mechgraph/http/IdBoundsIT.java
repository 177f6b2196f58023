package org.mechgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mechgraph.support.RawHttp.assertJsonError;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Api;
import org.mechgraph.support.RawHttp;
import org.mechgraph.support.RawHttp.Answer;

/** Ids in paths are bounded like names: an absurdly long one is a 400 saying the limit, not a query and a 404. */
class IdBoundsIT {

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
    void anOverlongPaperOrEffectIdIsA400NamingTheLimit() {
        for (String target : new String[] {"/api/papers/doi:" + "1".repeat(600),
                "/api/effects/" + "k".repeat(300) + "%7CINHIBITS%7C" + "n".repeat(300),
                "/api/entities/" + "e".repeat(300), "/api/entities/" + "e".repeat(300) + "/neighbours"}) {
            Answer a = http.get(target);
            assertJsonError(a, 400);
            assertEquals("id", a.json().get("parameter").asText(), target);
        }
    }

    @Test
    void realIdsAreWellWithinTheLimits() {
        assertEquals(200, http.get("/api/papers/doi:10.1176/appi.ajp.20240378").status());
        assertEquals(200, http.get("/api/effects/ketamine%7CINHIBITS%7Cnmdar").status());
    }
}
