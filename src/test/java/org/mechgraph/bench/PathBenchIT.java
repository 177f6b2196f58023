package org.mechgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mechgraph.Config;
import org.mechgraph.db.Database;
import org.mechgraph.support.Api;

/**
 * Evidence-ranked path queries over HTTP on a large graph: a data folder into which Hetionet and CONIB were imported
 * ({@code src/bench/import.sh}, or the README's import commands), named by {@code -Dbench.paths=FOLDER}. A fixed,
 * seeded set of 240 queries — drug→disease, gene→gene, drug→pathway, mostly along a walk so that a path exists; 2
 * to 4 hops; ranked by evidence and by hops; some through a via stop, some from the ten biggest hubs, and one in six
 * between random entities ({@link BenchQueries#paths}) — runs once to warm up and once measured. Writes p50, p95, p99,
 * the slowest query, and how many answers were partial or empty to stdout and {@code target/bench/paths.txt}.
 *
 * <pre>mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PathBenchIT -Dbench.paths=FOLDER</pre>
 */
@EnabledIfSystemProperty(named = "bench.paths", matches = ".+")
class PathBenchIT {

    @Test
    void evidenceRankedPathsOnTheImportedGraph() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("MECHGRAPH_DATA_DIR", System.getProperty("bench.paths"));
        env.put("MECHGRAPH_BOLT_PORT", "0");
        env.put("MECHGRAPH_HTTP_PORT", "0");
        Config config = Config.from(env, new String[0]);
        try (Database db = Database.open(config); Api api = new Api(db, config)) {
            List<String> queries = BenchQueries.paths(db.graph()).stream().map(BenchQueries.PathQuery::url).toList();
            queries.forEach(api::get);
            List<Long> millis = new ArrayList<>();
            int partial = 0;
            int empty = 0;
            int outOfTime = 0;
            int emptyWhole = 0;
            long worst = 0;
            String worstQuery = "";
            for (String q : queries) {
                long start = System.nanoTime();
                Api.Response r = api.get(q);
                long ms = (System.nanoTime() - start) / 1_000_000;
                millis.add(ms);
                if (ms > worst) {
                    worst = ms;
                    worstQuery = q;
                }
                if (r.status() != 200) {
                    throw new AssertionError(q + " answered " + r.status() + ": " + r.json());
                }
                partial += r.json().get("partial").asBoolean() ? 1 : 0;
                empty += r.json().get("total").asLong() == 0 ? 1 : 0;
                outOfTime += r.json().get("outOfTime").asBoolean() ? 1 : 0;
                emptyWhole += r.json().get("total").asLong() == 0 && !r.json().get("partial").asBoolean() ? 1 : 0;
            }
            List<Long> sorted = millis.stream().sorted().toList();
            String report = String.format(Locale.ROOT, """
                    # Evidence-ranked paths over HTTP
                    %s, %d cores, graph in %s
                    %d queries (drug→disease, gene→gene, drug→pathway; 2–4 hops; by evidence and by hops; with and
                    without via; from hubs), after one warm-up pass
                    p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%s)
                    partial answers %d (out of time %d), empty answers %d (of them not partial: %d)
                    """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("bench.paths"),
                    queries.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), worst, worstQuery, partial,
                    outOfTime, empty, emptyWhole);
            System.out.println(report);
            Path out = Path.of(System.getProperty("basedir", "."), "target", "bench", "paths.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
