package org.mechgraph.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mechgraph.bench.BenchQueries.PathQuery;
import org.mechgraph.db.Graph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The query a power user writes by hand for the same pair, through the same stop, within the same number of hops:
 * no evidence, no ranking, no bound at hubs, the first 10 paths; each run once in its own transaction with a
 * timeout. Effects point from subject to object, so the directed forms search what mechgraph searches; the
 * undirected one, as often written, also walks from an entity to the papers that claim its effects and to its
 * identifiers, and so through papers that make many claims.
 */
final class HandWritten {

    /**
     * How the paths are asked for, as shown and as run: {@code %d} is the hops allowed; with a via stop, each segment
     * may take all but one of them and the two together no more than all.
     */
    enum Variant {
        ALL_SHORTEST("allShortestPaths((a)-[*..maxHops]->(b))",
                "MATCH p = allShortestPaths((a)-[*..%d]->(b)) RETURN p LIMIT 10",
                "MATCH p1 = allShortestPaths((a)-[*..%1$d]->(v)) MATCH p2 = allShortestPaths((v)-[*..%1$d]->(b)) "
                        + "WHERE length(p1) + length(p2) <= %2$d RETURN p1, p2 LIMIT 10"),
        SHORTEST_10("SHORTEST 10 (a)-->{1,maxHops}(b)",
                "MATCH p = SHORTEST 10 (a)-->{1,%d}(b) RETURN p",
                "MATCH p = SHORTEST 10 ((a)-[r1]->{1,%1$d}(v)-[r2]->{1,%1$d}(b) WHERE size(r1) + size(r2) <= %2$d) "
                        + "RETURN p"),
        ALL_SHORTEST_ANY_DIRECTION("allShortestPaths((a)-[*..maxHops]-(b))",
                "MATCH p = allShortestPaths((a)-[*..%d]-(b)) RETURN p LIMIT 10",
                "MATCH p1 = allShortestPaths((a)-[*..%1$d]-(v)) MATCH p2 = allShortestPaths((v)-[*..%1$d]-(b)) "
                        + "WHERE length(p1) + length(p2) <= %2$d RETURN p1, p2 LIMIT 10");

        final String shown;
        private final String direct;
        private final String through;

        Variant(String shown, String direct, String through) {
            this.shown = shown;
            this.direct = direct;
            this.through = through;
        }

        String cypher(PathQuery q) {
            return q.via() == null
                    ? "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) " + direct.formatted(q.hops())
                    : "MATCH (a:Entity {id: $from}), (v:Entity {id: $via}), (b:Entity {id: $to}) "
                            + through.formatted(q.hops() - 1, q.hops());
        }
    }

    /** One run: milliseconds, rows (0: no path), and how it failed if it did. */
    record Outcome(double ms, int rows, boolean timedOut, String error) {
    }

    private final Driver driver;
    private final String database;
    private final Duration timeout;

    HandWritten(Graph graph, Duration timeout) {
        this.driver = graph.driver();
        this.database = graph.database();
        this.timeout = timeout;
    }

    Outcome run(Variant v, PathQuery q) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", q.from());
        params.put("to", q.to());
        params.put("via", q.via());
        long start = System.nanoTime();
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            int rows = session.run(new Query(v.cypher(q), params),
                    TransactionConfig.builder().withTimeout(timeout).build()).list().size();
            return new Outcome((System.nanoTime() - start) / 1e6, rows, false, null);
        } catch (Neo4jException e) {
            double ms = (System.nanoTime() - start) / 1e6;
            return Graph.timedOut(e) ? new Outcome(ms, 0, true, null) : new Outcome(ms, 0, false, e.code());
        }
    }

    /** A table row: queries, p50, p95, p99, max (timeouts count at the time they were stopped), empty, timeouts. */
    static String row(String name, List<Outcome> outcomes) {
        Latencies l = Latencies.of(outcomes.stream().map(Outcome::ms).toList());
        return String.format(Locale.ROOT, "| %s | %d | %s | %d | %d | %d |%n", name, outcomes.size(), l.cells(),
                outcomes.stream().filter(o -> !o.timedOut() && o.error() == null && o.rows() == 0).count(),
                outcomes.stream().filter(Outcome::timedOut).count(),
                outcomes.stream().filter(o -> o.error() != null).count());
    }
}
