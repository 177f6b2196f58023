package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.mechgraph.Config;
import org.mechgraph.support.Api;
import org.mechgraph.support.TestDatabase;

class UnavailableIT {

    @Test
    void whenTheDatabaseGoesAwayTheApiAnswers503WithoutAStackTrace() throws IOException {
        EmbeddedNeo4j server = EmbeddedNeo4j.start(Files.createTempDirectory("mechgraph-down"), 0);
        Config config = TestDatabase.external("down-app", server.boltUri(), server.credentials());
        try (Database db = Database.open(config); Api api = new Api(db, config)) {
            assertEquals(200, api.get("/api/health").status());
            server.close();
            for (String path : new String[] {"/api/health", "/api/paths?from=ketamine&to=bdnf", "/api/stats"}) {
                var r = api.get(path);
                assertEquals(503, r.status(), path + " " + r.json());
                assertFalse(r.json().toString().contains("Exception"), r.json().toString());
            }
        }
    }
}
