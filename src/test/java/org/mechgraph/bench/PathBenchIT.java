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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mechgraph.Config;
import org.mechgraph.db.Database;
import org.mechgraph.db.Graph;
import org.mechgraph.support.Api;

/**
 * Evidence-ranked path queries over HTTP on a large graph: a data folder into which Hetionet and CONIB were imported
 * ({@code src/bench/import.sh}, or the README's import commands), named by {@code -Dbench.paths=FOLDER}. A fixed,
 * seeded set of 240 queries — drug→disease, gene→gene, drug→pathway, mostly along a walk so that a path exists; 2
 * to 4 hops; ranked by evidence and by hops; some through a via stop, some from the ten biggest hubs, and one in six
 * between random entities — runs once to warm up and once measured. Writes p50, p95, p99,
 * the slowest query, and how many answers were partial or empty to stdout and {@code target/bench/paths.txt}.
 *
 * <pre>mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PathBenchIT -Dbench.paths=FOLDER</pre>
 */
@EnabledIfSystemProperty(named = "bench.paths", matches = ".+")
class PathBenchIT {

    private static final int PER_KIND = 40;

    @Test
    void evidenceRankedPathsOnTheImportedGraph() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("MECHGRAPH_DATA_DIR", System.getProperty("bench.paths"));
        env.put("MECHGRAPH_BOLT_PORT", "0");
        env.put("MECHGRAPH_HTTP_PORT", "0");
        Config config = Config.from(env, new String[0]);
        try (Database db = Database.open(config); Api api = new Api(db, config)) {
            List<String> queries = queries(db.graph());
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

    /**
     * The queries, drawn with a fixed seed. Most pairs are found by a walk along effects from the start (so a path
     * exists, as when a researcher asks about a known link): to the first entity of the wanted type met after two
     * steps, or where the walk ends. One kind pairs entities at random, which mostly have no path within 4 hops.
     */
    private static List<String> queries(Graph graph) {
        Random random = new Random(20261124);
        List<String> drugs = ids(graph, "Drug");
        List<String> diseases = ids(graph, "Disease");
        List<String> genes = ids(graph, "Gene");
        List<String> hubs = hubs(graph);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            int hops = 2 + i % 3;
            String rank = i % 2 == 0 ? "evidence" : "hops";
            out.add(walk(graph, random, pick(random, drugs), "Disease", hops, null, rank));
            out.add(walk(graph, random, pick(random, genes), "Gene", hops, null, rank));
            out.add(walk(graph, random, pick(random, drugs), "Pathway", hops, null, rank));
            out.add(walk(graph, random, pick(random, drugs), "Disease", Math.max(3, hops), "via", rank));
            out.add(walk(graph, random, pick(random, hubs), "Disease", hops, null, rank));
            out.add(q(pick(random, drugs), pick(random, diseases), null, hops, rank));
        }
        return out;
    }

    private static final String STEP = """
            MATCH (a:Entity {id: $id})-[r]->(b:Entity) WHERE r.polarity IS NOT NULL
            WITH DISTINCT b ORDER BY b.id LIMIT 200
            RETURN b.id AS id, [l IN labels(b) WHERE l <> 'Entity'][0] AS type
            """;

    private static String walk(Graph graph, Random random, String from, String type, int hops, String via,
                               String rank) {
        List<String> visited = new ArrayList<>(List.of(from));
        String at = from;
        String end = null;
        for (int step = 1; step <= hops; step++) {
            List<Map<String, String>> next = graph.read(STEP, Map.of("id", at),
                    r -> Map.of("id", r.get("id").asString(), "type", r.get("type").asString("")));
            List<Map<String, String>> fresh = next.stream().filter(n -> !visited.contains(n.get("id"))).toList();
            if (fresh.isEmpty()) {
                break;
            }
            Map<String, String> chosen = fresh.get(random.nextInt(fresh.size()));
            at = chosen.get("id");
            visited.add(at);
            end = at;
            if (step >= 2 && type.equals(chosen.get("type"))) {
                break;
            }
        }
        if (end == null) {
            return q(from, from.equals("ketamine") ? "bdnf" : "ketamine", null, hops, rank); // a dead end: no path
        }
        String stop = via != null && visited.size() > 2 ? visited.get(1) : null;
        return q(from, end, stop, hops, rank);
    }

    private static String q(String from, String to, String via, int hops, String rank) {
        return "/api/paths?from=" + Api.enc(from) + "&to=" + Api.enc(to)
                + (via == null ? "" : "&via=" + Api.enc(via)) + "&maxHops=" + hops + "&rank=" + rank;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    // Drawn through the driver, not the console: the console's time limit is for people, not for a benchmark's setup.
    private static List<String> ids(Graph graph, String label) {
        List<String> ids = graph.read("MATCH (e:$($label)) WHERE COUNT { (e)--(:Entity) } > 0 "
                + "RETURN e.id AS id ORDER BY id LIMIT 1000", Map.of("label", label), r -> r.get("id").asString());
        if (ids.isEmpty()) {
            throw new AssertionError("no " + label + " with effects: import Hetionet and CONIB into the folder first");
        }
        return ids;
    }

    private static List<String> hubs(Graph graph) {
        return graph.read("MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, id LIMIT 10", Map.of(),
                r -> r.get("id").asString());
    }
}
