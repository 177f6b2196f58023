package org.mechgraph.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.GraphFingerprint;

/**
 * A server killed with SIGKILL while it is under load comes back on the same data folder with the same graph: the
 * same node and relationship counts, the same content and schema digest, the same path answer, and health 200.
 */
class KillIT {

    private static final String PATHS = "/api/paths?from=ketamine&via=MOR&to=BDNF";
    /** Answers received before the kill, so it lands in the middle of the load and not before it. */
    private static final long ANSWERS_BEFORE_KILL = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSigkillUnderLoadLosesNothingAndTheServerComesBack() throws Exception {
        Optional<String> heap = LoadIT.serverHeap();
        Path home = Files.createTempDirectory("mechgraph-kill");
        Path data = home.resolve("data");
        Path log = Path.of(System.getProperty("basedir", "."), "target", "load", "server-kill.log");
        Files.deleteIfExists(log);
        try {
            GraphFingerprint before;
            JsonNode pathsBefore;
            try (ServerProcess first = ServerProcess.startAndAwaitHealth(data, heap, log)) {
                before = first.fingerprint();
                pathsBefore = get(first.base(), PATHS);
                var load = new LoadGenerator(new LoadGenerator.Settings("kill", first.base(),
                        LoadIT.intSetting("load.connections", 16), Duration.ofSeconds(120), Duration.ofSeconds(30),
                        false, OptionalLong.of(first.pid()), first.description() + ", killed under load"));
                var running = new FutureTask<>(load::run);
                Thread runner = new Thread(running, "kill-load");
                runner.setDaemon(true);
                runner.start();
                awaitAnswers(load, first);
                first.kill();
                load.stop();
                running.get().write();
                assertFalse(first.isAlive());
            }
            try (ServerProcess second = ServerProcess.startAndAwaitHealth(data, heap, log)) {
                assertEquals(200, second.health());
                assertEquals(before, second.fingerprint(), "the graph after a SIGKILL under load and a restart");
                assertEquals(pathsBefore, get(second.base(), PATHS));
            }
        } finally {
            ServerProcess.deleteTree(home);
        }
    }

    /** Waits until the load has had {@link #ANSWERS_BEFORE_KILL} answers (bounded, in case the server stalls). */
    private static void awaitAnswers(LoadGenerator load, ServerProcess server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (load.answered() < ANSWERS_BEFORE_KILL && System.nanoTime() < deadline && server.isAlive()) {
            Thread.sleep(50);
        }
        assertTrue(load.answered() >= ANSWERS_BEFORE_KILL, "only " + load.answered()
                + " answers under load before the kill; see the server log\n" + server.tail());
    }

    private static JsonNode get(URI base, String pathAndQuery) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
