package org.mechgraph.stress;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mechgraph.support.Api;

/**
 * Concurrent load with the request mix (paths, search, entities, papers, health, console examples and hostile console
 * queries): no answer may be a 5xx, no connection may fail, no request may hang, and every hostile query is refused
 * with a 4xx.
 * <ul>
 *   <li>By default (CI): about 10 s at 24 connections against the app in-process on the shared test database.</li>
 *   <li>{@code -Dload=full}: 60 s at 64 connections against {@code java -Xmx512m -jar target/mechgraph.jar} started
 *   as its own process on a new data folder, whose RSS must also stay within 10% across the second half:
 *   <pre>mvn -B verify -Dload=full -Dit.test=LoadIT -Dsurefire.skip=true</pre></li>
 * </ul>
 * Settings: {@code -Dload.connections}, {@code -Dload.seconds}, {@code -Dload.timeout} (seconds per request),
 * {@code -Dload.heavy=true} (also send the console queries that run for minutes or fill the heap, one at a time on
 * one more connection), {@code -Dload.server.xmx=384m} ({@code none}: the JVM's default heap), and
 * {@code -Dload.url=http://127.0.0.1:8080 -Dload.pid=<pid>} to load a server started by hand instead. Reports go to
 * stdout and {@code target/load/}.
 */
class LoadIT {

    @Test
    @DisabledIfSystemProperty(named = "load", matches = "full")
    void aShortMixInProcessGetsNoServerErrors() throws Exception {
        try (Api api = Api.onSharedDatabase()) {
            var settings = new LoadGenerator.Settings("ci", URI.create(api.base()),
                    intSetting("load.connections", 24), Duration.ofSeconds(intSetting("load.seconds", 10)),
                    Duration.ofSeconds(intSetting("load.timeout", 30)), heavy(),
                    OptionalLong.of(ProcessHandle.current().pid()),
                    "in-process on the shared test database (RSS is the whole test JVM's, max heap "
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)");
            LoadReport report = new LoadGenerator(settings).run();
            report.write();
            assertSafe(report);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "load", matches = "full")
    void aMinuteOfTheMixAgainstTheRunCommandStaysUpAndBounded() throws Exception {
        Optional<String> heap = serverHeap();
        String heavyTag = heavy() ? "-heavy" : "";
        var connections = intSetting("load.connections", 64);
        var duration = Duration.ofSeconds(intSetting("load.seconds", 60));
        var timeout = Duration.ofSeconds(intSetting("load.timeout", 30));
        String url = System.getProperty("load.url");
        if (url != null) {
            String pid = System.getProperty("load.pid");
            var settings = new LoadGenerator.Settings("full-given" + heavyTag, URI.create(url),
                    connections, duration, timeout, heavy(),
                    pid == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(pid)), "given: " + url);
            check(new LoadGenerator(settings).run());
            return;
        }
        String name = "full-" + heap.map(h -> "xmx" + h).orElse("default-heap") + heavyTag;
        Path home = Files.createTempDirectory("mechgraph-load");
        Path log = Path.of(System.getProperty("basedir", "."), "target", "load", "server-" + name + ".log");
        Files.deleteIfExists(log);
        try (ServerProcess server = ServerProcess.startAndAwaitHealth(home.resolve("data"), heap, log)) {
            var settings = new LoadGenerator.Settings(name, server.base(), connections, duration, timeout, heavy(),
                    OptionalLong.of(server.pid()), server.description());
            LoadReport report = new LoadGenerator(settings).run();
            assertTrue(server.isAlive(), "the server died under load; see " + log + "\n" + server.tail());
            check(report);
        } finally {
            ServerProcess.deleteTree(home);
        }
    }

    private static void check(LoadReport report) {
        report.write();
        assertSafe(report);
        assertTrue(report.rssGrowth().isPresent(), "RSS was not sampled across the run");
        double growth = report.rssGrowth().get();
        assertTrue(growth <= LoadReport.RSS_GROWTH_LIMIT, String.format(java.util.Locale.ROOT,
                "RSS grew %.1f%% across the second half of the run (limit 10%%)", 100 * growth));
    }

    /** What "safe to leave running" asks of any load run. */
    static void assertSafe(LoadReport r) {
        assertAll(LoadReport.summary(r),
                () -> assertTrue(r.answered() > 0, "no request was answered"),
                () -> assertEquals(0, r.serverErrors(), "5xx answers"),
                () -> assertEquals(0, r.connectionErrors(), "connection errors"),
                () -> assertEquals(0, r.timeouts(), "requests without an answer within the request timeout"),
                () -> assertEquals(0, r.hostileNotRefused(), "hostile console queries not refused with a 4xx"),
                () -> assertEquals(0, r.stuckLanes(), "connections still waiting at the end"));
    }

    static int intSetting(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)).trim());
    }

    static boolean heavy() {
        return Boolean.parseBoolean(System.getProperty("load.heavy", "false"));
    }

    /** {@code -Dload.server.xmx}: the heap of a started server; {@code none} leaves the JVM's default. */
    static Optional<String> serverHeap() {
        String heap = System.getProperty("load.server.xmx", ServerProcess.README_HEAP).trim();
        return heap.isEmpty() || heap.equals("none") ? Optional.empty() : Optional.of(heap);
    }
}
