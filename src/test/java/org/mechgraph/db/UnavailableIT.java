package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mechgraph.Config;
import org.mechgraph.load.CorpusLoader;
import org.mechgraph.support.Api;
import org.mechgraph.support.TestDatabase;

/** With NEO4J_URI set, the server going away is a 503, never a 500, and its return needs no restart of mechgraph. */
class UnavailableIT {

    private static final String PATHS = "/api/paths?from=ketamine&to=bdnf";
    /** Generous: a slow machine restarting Neo4j; the test waits for the answer, not for a clock. */
    private static final Duration COME_BACK_WITHIN = Duration.ofSeconds(90);

    @Test
    void whenTheDatabaseGoesAwayTheApiAnswers503WithoutAStackTrace() throws IOException {
        EmbeddedNeo4j server = EmbeddedNeo4j.start(Files.createTempDirectory("mechgraph-down"), 0);
        Config config = TestDatabase.external("down-app", server.boltUri(), server.credentials());
        try (Database db = Database.open(config); Api api = new Api(db, config)) {
            assertEquals(200, api.get("/api/health").status());
            server.close();
            for (String path : new String[] {"/api/health", PATHS, "/api/stats"}) {
                var r = api.get(path);
                assertEquals(503, r.status(), path + " " + r.json());
                assertFalse(r.json().toString().contains("Exception"), r.json().toString());
            }
        }
    }

    @Test
    void whenTheDatabaseComesBackTheApiAnswersAgainWithoutARestart() throws Exception {
        Path home = Files.createTempDirectory("mechgraph-back");
        int port = freePort();
        EmbeddedNeo4j server = EmbeddedNeo4j.start(home, port);
        Config config = TestDatabase.external("back-app", server.boltUri(), server.credentials());
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean polling = new AtomicBoolean(true);
        try (Database db = Database.open(config); Api api = new Api(db, config)) {
            new CorpusLoader(db.graph()).load();
            assertEquals(200, api.get(PATHS).status());

            // Someone keeps asking while the server stops and starts: every answer is a 200 or a 503.
            Thread poller = new Thread(() -> {
                while (polling.get()) {
                    seen.add(api.get(PATHS).status());
                    seen.add(api.get("/api/health").status());
                }
            }, "poller");
            poller.start();

            server.close();
            var health = api.get("/api/health");
            assertEquals(503, health.status(), health.json().toString());
            assertEquals("unavailable", health.json().path("status").asText(), health.json().toString());
            assertEquals(config.database(), health.json().path("database").asText(), health.json().toString());
            assertEquals(server.boltUri(), health.json().path("bolt").asText(), health.json().toString());
            assertEquals(503, api.get(PATHS).status());

            server = EmbeddedNeo4j.start(home, port);
            long deadline = System.nanoTime() + COME_BACK_WITHIN.toNanos();
            int status = api.get("/api/health").status();
            while (status != 200 && System.nanoTime() < deadline) {
                Thread.sleep(250);
                status = api.get("/api/health").status();
            }
            assertEquals(200, status, "health is back once the server is");
            assertEquals(200, api.get(PATHS).status(), "and so are the paths");
            assertEquals("ok", api.get("/api/health").json().path("status").asText());

            polling.set(false);
            poller.join();
            assertTrue(Set.of(200, 503).containsAll(seen), "answers while the server was away: " + seen);
        } finally {
            polling.set(false);
            server.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
