package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.mechgraph.Config;
import org.mechgraph.load.CorpusLoader;
import org.mechgraph.support.Api;
import org.mechgraph.support.TestDatabase;

/**
 * With NEO4J_URI set, mechgraph starts no database of its own and answers the same from a server it did not start.
 * The server here is a separate in-process Neo4j reached through {@code neo4j://} routing, as a cluster or Aura is.
 */
class ExternalModeIT {

    private static final String QUERY = "/api/paths?from=ketamine&via=MOR&to=BDNF";

    @Test
    void aServerTheAppDidNotStartGivesTheSameAnswers() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (EmbeddedNeo4j other = EmbeddedNeo4j.start(Files.createTempDirectory("mechgraph-external"), port)) {
            Config config = TestDatabase.external("external-app", "neo4j://127.0.0.1:" + port,
                    other.credentials());
            try (Database db = Database.open(config)) {
                assertEquals(Database.Mode.EXTERNAL, db.mode());
                new CorpusLoader(db.graph()).load();
                try (Api external = new Api(db, config); Api shared = Api.onSharedDatabase()) {
                    assertEquals("external", external.get("/api/health").json().get("mode").asText());
                    assertEquals(shared.get(QUERY).json(), external.get(QUERY).json());
                    assertEquals(shared.get("/api/stats").json(), external.get("/api/stats").json());
                }
            }
        }
    }
}
