package org.mechgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mechgraph.bench.BenchQueries.PathQuery;

/** What each section of {@code BENCHMARKS.md} measured, and the figures derived from two sections side by side. */
final class Texts {

    private Texts() {
    }

    static final String INTRO = """
            Written by `src/bench/run.sh` (`mvn -B verify -Pbench`, `BenchIT`); see the README's *Benchmarks*. The
            server is its own process, `java -Xmx1g -jar target/mechgraph.jar` on the data folder, with the embedded
            database on loopback Bolt; every request goes to it over loopback HTTP from the benchmark's JVM, one at a
            time unless a section says otherwise. The "direct" figures run the server's own code (`EntityService`,
            `PathService`) in the benchmark's JVM, through a driver connected over Bolt to the same server's database:
            the same database, the same Cypher, without HTTP, routing and JSON. Milliseconds are wall time from
            sending a request to the last byte of its answer.
            """;

    static final String EXTERNAL = """

            **External mode** (`-Dbench.external=true`): the database is not the server's own. It runs in a JVM of its
            own (`-Xmx1g`; mechgraph's embedded Neo4j 5.26 with the same settings, started on the data folder, as any
            Neo4j server would be), and the server is started with `NEO4J_URI` pointing at its Bolt port; the
            "direct" and hand-written queries connect to that database too.
            """;

    static String scaled(int scale) {
        return """

                **Hetionet ×%1$d** (`-Dbench.scale=%1$d`): instead of Hetionet, `ScaledHetionet` writes it %1$d times
                larger in its own format (every node %1$d times, the copies told apart by id and name; every edge %1$d
                times, one in ten rewired to the target's copy in another replica, so each node keeps its degree in
                expectation and each metaedge its share), and CONIB is imported once on top. The query sets are drawn
                from this graph as from the original.
                """.formatted(scale);
    }

    static final String IMPORT = """
            Hetionet's nodes, its composite edges and all of CONIB into a new data folder, one
            `java -Xmx1g -jar target/mechgraph.jar import --format F FILE` each, as `src/bench/import.sh` does. *file
            s* and *rows/s* are the command's own figures (checking, writing, committing); *process s* is the whole
            command with JVM and database start (the first also loads the curated corpus into the new folder); *CPU
            s* is the process's user + system time, sampled every 0.2 s (less disturbed by other work than wall time);
            *peak RSS* is the command's own (VmHWM).
            """;

    static final String STARTUP = """
            From launching the JVM on the imported folder to the first 200 of `/api/health`, and of
            `/api/paths?from=ketamine&via=MOR&to=BDNF` (what `src/bench/startup.sh` waits for).
            """;

    static String paths(int n) {
        return """
                %d seeded queries (`BenchQueries.paths`, the set `PathBenchIT` sends): drug→disease, gene→gene,
                drug→pathway, drug→disease through a via stop, hub (one of the ten biggest)→disease, all along a walk of
                effects so that a path exists; and random drug→disease pairs, which mostly have none; 2 to 4 hops;
                ranked by evidence and by hops, alternately; first page of 10. Each ran once over HTTP and once direct
                to warm up, then once each measured, interleaved. *partial*: the search cut a hub's partners or ran out
                of time (its budget is 3 s); *empty*: no path (partial or not).
                """.formatted(n);
    }

    static String hand(int n) {
        return """
                For the same %d queries (same pair, same via stop, same maximum of hops), the query a user of the Cypher
                console or cypher-shell would write by hand: no ranking, no evidence, no bound at hubs, the first 10
                paths, each in its own transaction with a 10 s timeout, sent over Bolt to the server's database. Effects
                point from subject to object, so the directed forms search what mechgraph searches; the undirected form,
                as often written, also walks from entities to the papers that claim their effects and to their
                identifier nodes. Each ran on the first 18 queries to warm up, then once measured, the three interleaved
                by query. A timed-out query counts at the time it was stopped.
                """.formatted(n);
    }

    static final String SEARCH = """
            `/api/entities?q=` (the explorer's search box) with 210 seeded inputs from entity names
            (`BenchQueries.searchTerms`): 70 whole names, 70 prefixes of 3 to 6 characters, 70 names with one typo
            (a letter changed, dropped, or swapped with the next). Once to warm up, then once measured.
            Target: p95 ≤ 20 ms.
            """;

    static final String NEIGHBOURS = """
            `/api/entities/{id}/neighbours?limit=N` for the ten entities with the most relationships (effects,
            evidence and identifiers), at 15 (what the explorer's *Expand* asks for) and 200 (the most it allows); one
            warm-up at 15, then 3 runs at 15 and one at 200 (which takes seconds). *effects*: the hub's effects in
            all. Target: ≤ 100 ms each.
            """;

    static String throughput(int queries, String clients, Duration each) {
        return """
                The %d path queries at %s concurrent clients on loopback, %d s per level: each client
                its own HTTP/1.1 connection, sending its next query (cycling from its own offset) as soon as the last
                was answered. *errors*: not 200, or no answer within 60 s; *out of time*: answers cut by the 3 s
                search budget.
                """.formatted(queries, clients.replace(",", ", "), each.toSeconds());
    }

    /** Ratios of HTTP to direct, agreement of the answers, and the HTTP figures per kind of query. */
    static String pathComparison(List<PathQuery> queries, List<PathRuns.Outcome> api,
                                 List<PathRuns.Outcome> direct) {
        Latencies a = Latencies.of(api.stream().map(PathRuns.Outcome::ms).toList());
        Latencies d = Latencies.of(direct.stream().map(PathRuns.Outcome::ms).toList());
        double sumA = api.stream().mapToDouble(PathRuns.Outcome::ms).sum();
        double sumD = direct.stream().mapToDouble(PathRuns.Outcome::ms).sum();
        List<Double> each = new ArrayList<>();
        int same = 0;
        for (int i = 0; i < api.size(); i++) {
            each.add(api.get(i).ms() / direct.get(i).ms());
            PathRuns.Outcome x = api.get(i);
            PathRuns.Outcome y = direct.get(i);
            same += x.total() == y.total() && x.partial() == y.partial() && x.page().equals(y.page()) ? 1 : 0;
        }
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, """
                **API / direct**: %.2f× at p50, %.2f× at p95, %.2f× in total time (%.1f s / %.1f s); the median of
                the per-query ratios %.2f×. Target ≤ 1.15×. The two answered the same (total, partial, and the first
                page's paths) for %d of %d queries. Answers over HTTP were %,.0f KB on average, %,.0f KB at
                most.

                Over HTTP, per kind of query:

                | kind | queries | p50 ms | p95 ms | p99 ms | max ms | partial | out of time | empty | errors |
                |---|---|---|---|---|---|---|---|---|---|
                """, a.p(50) / d.p(50), a.p(95) / d.p(95), sumA / sumD, sumA / 1000, sumD / 1000,
                Latencies.of(each).p(50), same, api.size(),
                api.stream().mapToLong(PathRuns.Outcome::bytes).average().orElse(0) / 1024,
                api.stream().mapToLong(PathRuns.Outcome::bytes).max().orElse(0) / 1024.0));
        Map<String, List<PathRuns.Outcome>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            byKind.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(api.get(i));
        }
        byKind.forEach((kind, outcomes) -> t.append(PathRuns.row(kind, outcomes)));
        return t.toString();
    }

    /** mechgraph's API row beside the hand-written queries, with the ratios of their p50 and p95 to mechgraph's. */
    static String handTable(List<PathRuns.Outcome> api, List<List<HandWritten.Outcome>> byVariant) {
        Latencies a = Latencies.of(api.stream().map(PathRuns.Outcome::ms).toList());
        StringBuilder t = new StringBuilder("""
                | query | queries | p50 ms | p95 ms | p99 ms | max ms | no path | timed out | other errors \
                | p50 / mechgraph | p95 / mechgraph |
                |---|---|---|---|---|---|---|---|---|---|---|
                """);
        t.append(String.format(Locale.ROOT, "| mechgraph `/api/paths` (ranked, over HTTP) | %d | %s | %d | %d | %d "
                        + "| 1× | 1× |%n", api.size(), a.cells(), api.stream().filter(PathRuns.Outcome::empty).count(),
                api.stream().filter(PathRuns.Outcome::outOfTime).count(),
                api.stream().filter(o -> o.status() != 200).count()));
        for (HandWritten.Variant v : HandWritten.Variant.values()) {
            List<HandWritten.Outcome> o = byVariant.get(v.ordinal());
            Latencies l = Latencies.of(o.stream().map(HandWritten.Outcome::ms).toList());
            t.append(HandWritten.row("`" + v.shown + "`", o).strip()).append(String.format(Locale.ROOT,
                    " %.2f× | %.2f× |%n", l.p(50) / a.p(50), l.p(95) / a.p(95)));
        }
        return t.toString();
    }

    /**
     * How often mechgraph found no path where a directed hand-written query found one within the same hops, and the
     * other way round; such a miss is the price of following only each entity's best-supported effects.
     */
    static String missed(List<PathQuery> queries, List<PathRuns.Outcome> api,
                         List<List<HandWritten.Outcome>> byVariant) {
        Function<Integer, Boolean> handFound = i -> byVariant.get(HandWritten.Variant.ALL_SHORTEST.ordinal()).get(i)
                .rows() > 0 || byVariant.get(HandWritten.Variant.SHORTEST_10.ordinal()).get(i).rows() > 0;
        Function<Integer, Boolean> handKnows = i -> byVariant.subList(0, 2).stream()
                .anyMatch(v -> !v.get(i).timedOut() && v.get(i).error() == null);
        int missed = 0;
        int missedPartial = 0;
        int noneAnywhere = 0;
        int unknown = 0;
        for (int i = 0; i < queries.size(); i++) {
            if (!handKnows.apply(i)) {
                unknown++;
            } else if (api.get(i).empty() && handFound.apply(i)) {
                missed++;
                missedPartial += api.get(i).partial() ? 1 : 0;
            } else if (api.get(i).empty()) {
                noneAnywhere++;
            }
        }
        return String.format(Locale.ROOT, """
                Where mechgraph answered no path, a directed hand-written query found one within the same hops for %d
                queries (%d of them flagged partial: the search cut a hub's partners); for %d there is no directed
                path at all within the hops; for %d both directed hand-written queries timed out or failed, so it is
                unknown.
                """, missed, missedPartial, noneAnywhere, unknown);
    }
}
