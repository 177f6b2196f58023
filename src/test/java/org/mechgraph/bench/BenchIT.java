package org.mechgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mechgraph.bench.BenchQueries.PathQuery;
import org.mechgraph.db.Graph;
import org.mechgraph.stress.ServerProcess;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * mechgraph at the scale of Hetionet and CONIB, measured side by side and written to {@code BENCHMARKS.md}: the import
 * into a new data folder, then the server as its own process ({@code java -Xmx1g -jar target/mechgraph.jar}) on it,
 * its start-up, ranked paths over HTTP and the same search run directly, the hand-written Cypher for the same pairs,
 * entity search, the biggest hubs' neighbours, throughput under concurrent clients, and the server's RSS.
 *
 * <pre>src/bench/run.sh [FOLDER]      (mvn -B verify -Pbench [-Dbench.data=FOLDER])</pre>
 *
 * Settings: {@code -Dbench.data=FOLDER} reuses an imported folder (the server writes to it: copy a shared one first);
 * {@code -Dbench.shared} the data sets (default {@code MECHGRAPH_SHARED_DATA}, else {@code ../shared/data});
 * {@code -Dbench.scale=10} imports Hetionet ten times larger ({@link ScaledHetionet}) and writes
 * {@code BENCHMARKS-x10.md}; {@code -Dbench.external=true} puts the database in a JVM of its own ({@link ExternalNeo4j}) and points the server at
 * it with {@code NEO4J_URI}, writes {@code BENCHMARKS-external.md}, and compares the path answers with those of the
 * last embedded run; {@code -Dbench.clients=1,8,32,64}, {@code -Dbench.seconds=30} per level; {@code -Dbench.report=FILE}; to try it out
 * quickly, {@code -Dbench.queries=N} sends only the first N path queries.
 */
@EnabledIfSystemProperty(named = "bench.run", matches = "true")
class BenchIT {

    /** The query {@code src/bench/startup.sh} waits for: the first answered path query ends the start-up. */
    static final String FIRST_QUERY = "/api/paths?from=ketamine&via=MOR&to=BDNF";
    private static final Duration HAND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private final Path out = basedir.resolve("target/bench");

    @Test
    void measuresTheImportedGraphSideBySide() throws Exception {
        Files.createDirectories(out);
        boolean external = Boolean.getBoolean("bench.external");
        int scale = Integer.getInteger("bench.scale", 1);
        String variant = (scale > 1 ? "-x" + scale : "") + (external ? "-external" : "");
        Report report = new Report(Path.of(System.getProperty("bench.report",
                basedir.resolve("BENCHMARKS" + variant + ".md").toString())), "mechgraph benchmarks"
                + (scale > 1 ? ", Hetionet ×" + scale : "") + (external ? ", external Neo4j" : ""),
                Texts.INTRO + (scale > 1 ? Texts.scaled(scale) : "") + (external ? Texts.EXTERNAL : ""));
        Path data = data(report, scale);
        try (ExternalNeo4j neo4j = external ? ExternalNeo4j.start(data, out.resolve("neo4j.log")) : null) {
            long launched = System.nanoTime();
            try (ServerProcess server = ServerProcess.start(external ? out.resolve("external-app") : data,
                    Optional.of(ImportBench.XMX), out.resolve("server.log"), external ? neo4j.env(data) : Map.of());
                 Driver driver = GraphDatabase.driver(external ? neo4j.uri() : server.boltUri(),
                         ServerProcess.boltAuth(data))) {
                startup(report, server, launched, neo4j);
                Graph graph = new Graph(driver, "neo4j");
                Http http = new Http(server.base(), Duration.ofSeconds(60));
                List<PathQuery> all = BenchQueries.paths(graph);
                List<PathQuery> queries = all.subList(0, Math.min(all.size(),
                        Integer.getInteger("bench.queries", 240)));
                List<PathRuns.Outcome> api = paths(report, new PathRuns(http, graph),
                        new HandWritten(graph, HAND_TIMEOUT), queries);
                Answers.write(out.resolve("answers-" + (external ? "external" : "embedded") + ".tsv"), queries, api);
                if (external) {
                    report.section("Same answers as embedded", "", Answers.compare(
                            out.resolve("answers-embedded.tsv"), "embedded", queries, api));
                }
                report.section("Entity search", Texts.SEARCH,
                        ApiTimings.search(http, BenchQueries.searchTerms(graph, 70)));
                report.section("Neighbours of the 10 biggest hubs", Texts.NEIGHBOURS,
                        ApiTimings.neighbours(new Http(server.base(), Duration.ofMinutes(3)),
                                BenchQueries.hubs(graph), new TreeMap<>(Map.of(15, 3, 200, 1))));
                long rssQueries = Machine.rssMib(server.pid());
                throughput(report, server.base(), queries);
                memory(report, server.pid(), rssQueries, neo4j);
            }
        }
    }

    private static void memory(Report report, long server, long rssQueries, ExternalNeo4j neo4j) throws IOException {
        report.section("Server memory", neo4j == null ? "" : "mechgraph's process; the external Neo4j's JVM beside it.",
                String.format(Locale.ROOT, """
                        | RSS after the single-client queries | RSS after the throughput runs | peak RSS (VmHWM) |%s
                        |---|---|---|%s
                        | %,d MiB | %,d MiB | %,d MiB |%s
                        """, neo4j == null ? "" : " external Neo4j: RSS now | its peak RSS |",
                        neo4j == null ? "" : "---|---|", rssQueries, Machine.rssMib(server),
                        Machine.peakRssMib(server), neo4j == null ? "" : String.format(Locale.ROOT,
                                " %,d MiB | %,d MiB |", Machine.rssMib(neo4j.pid()), Machine.peakRssMib(neo4j.pid()))));
    }

    /**
     * The folder to measure: a new one, imported here and measured (Hetionet {@code -Dbench.scale} times larger when
     * asked), or the one {@code -Dbench.data} names.
     */
    private Path data(Report report, int scale) throws IOException, InterruptedException {
        String given = System.getProperty("bench.data", "").strip();
        if (!given.isEmpty()) {
            Path data = Path.of(given).toAbsolutePath().normalize();
            report.section("Import", "", "Not measured in this run: the server ran on a folder imported before ("
                    + data + ", `-Dbench.data`). Run without it to import into a new folder and measure that.");
            return data;
        }
        Path data = out.resolve(scale > 1 ? "data-x" + scale : "data");
        ServerProcess.deleteTree(data);
        String shared = System.getProperty("bench.shared", "");
        Path root = shared.isBlank() ? Path.of(Optional.ofNullable(System.getenv("MECHGRAPH_SHARED_DATA"))
                .orElse("../shared/data")) : Path.of(shared);
        var files = ImportBench.files(root.toAbsolutePath(), scale, out.resolve("scaled"));
        report.section("Import", Texts.IMPORT, ImportBench.table(ImportBench.run(files, data, out)));
        return data;
    }

    private static void startup(Report report, ServerProcess server, long launched, ExternalNeo4j neo4j)
            throws IOException {
        Http poll = new Http(server.base(), Duration.ofSeconds(30));
        double health = awaitOk(server, poll, "/api/health", launched);
        double path = awaitOk(server, poll, FIRST_QUERY, launched);
        report.section("Start-up", Texts.STARTUP + (neo4j == null ? "" : String.format(Locale.ROOT,
                "%nThe external Neo4j was started first, in its own JVM: %.1f s from launch to Bolt open.",
                neo4j.startSeconds())), String.format(Locale.ROOT, """
                | launch → /api/health 200 | launch → first path answer | RSS then |
                |---|---|---|
                | %.1f s | %.1f s | %,d MiB |
                """, health, path, Machine.rssMib(server.pid())));
    }

    /** Seconds from launch until {@code url} answers 200, polled every 0.1 s. */
    private static double awaitOk(ServerProcess server, Http poll, String url, long launched) {
        while (System.nanoTime() - launched < START_LIMIT.toNanos()) {
            if (!server.isAlive()) {
                throw new AssertionError("the server exited; see target/bench/server.log\n" + server.tail());
            }
            if (poll.get(url).status() == 200) {
                return (System.nanoTime() - launched) / 1e9;
            }
            sleep(100);
        }
        throw new AssertionError(url + " did not answer within " + START_LIMIT + "\n" + server.tail());
    }

    /**
     * Each query over HTTP and directly, once to warm up; then measured, the two interleaved (which goes first
     * alternates) so a change in the machine's load weighs on both alike; then the hand-written queries, interleaved
     * by query too.
     */
    private static List<PathRuns.Outcome> paths(Report report, PathRuns runs, HandWritten hand,
                                                 List<PathQuery> queries) throws IOException {
        queries.forEach(q -> {
            runs.http(q);
            runs.direct(q);
        });
        List<PathRuns.Outcome> api = new ArrayList<>();
        List<PathRuns.Outcome> direct = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            PathQuery q = queries.get(i);
            if (i % 2 == 0) {
                api.add(runs.http(q));
                direct.add(runs.direct(q));
            } else {
                direct.add(runs.direct(q));
                api.add(runs.http(q));
            }
        }
        report.section("Paths: over HTTP and direct", Texts.paths(queries.size()),
                PathRuns.HEADER + PathRuns.row("`/api/paths` over HTTP", api)
                        + PathRuns.row("PathService direct, over Bolt", direct) + "\n"
                        + Texts.pathComparison(queries, api, direct));
        for (HandWritten.Variant v : HandWritten.Variant.values()) {
            queries.subList(0, Math.min(18, queries.size())).forEach(q -> hand.run(v, q));
        }
        List<List<HandWritten.Outcome>> byVariant = new ArrayList<>();
        Arrays.stream(HandWritten.Variant.values()).forEach(v -> byVariant.add(new ArrayList<>()));
        for (PathQuery q : queries) {
            for (HandWritten.Variant v : HandWritten.Variant.values()) {
                byVariant.get(v.ordinal()).add(hand.run(v, q));
            }
        }
        report.section("Paths: the Cypher a power user would write", Texts.hand(queries.size()),
                Texts.handTable(api, byVariant) + "\n" + Texts.missed(queries, api, byVariant));
        return api;
    }

    private static void throughput(Report report, URI base, List<PathQuery> queries)
            throws IOException, InterruptedException {
        Duration each = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
        String clients = System.getProperty("bench.clients", "1,8,32,64");
        StringBuilder table = new StringBuilder(Throughput.HEADER);
        for (String c : clients.split(",")) {
            table.append(Throughput.run(base, queries, Integer.parseInt(c.strip()), each).row());
        }
        report.section("Throughput of /api/paths", Texts.throughput(queries.size(), clients, each),
                table.toString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
