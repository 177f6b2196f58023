package org.mechgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mechgraph.bench.BenchQueries.PathQuery;
import org.mechgraph.db.Graph;
import org.mechgraph.entities.EntityService;
import org.mechgraph.model.NodeRef;
import org.mechgraph.paths.PathModel;
import org.mechgraph.paths.PathService;

/**
 * One path query answered two ways: over HTTP by the server ({@code /api/paths}), and directly, by the same
 * {@link EntityService} (to resolve the names) and {@link PathService} the server runs, here in the benchmark's JVM
 * over a driver connected to the server's database. The difference is what HTTP, routing and JSON cost.
 */
final class PathRuns {

    /**
     * An answer's figures, its first page as each path's entity ids (to tell whether two answers agree), and its
     * size in bytes over HTTP (0 direct).
     */
    record Outcome(double ms, int status, long total, boolean partial, boolean outOfTime, List<List<String>> page,
                   long bytes) {

        boolean empty() {
            return status == 200 && total == 0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;
    private final EntityService entities;
    private final PathService paths;

    PathRuns(Http http, Graph direct) {
        this.http = http;
        this.entities = new EntityService(direct);
        this.paths = new PathService(direct, PathService.DEFAULT_BUDGET);
    }

    Outcome http(PathQuery q) {
        Http.Answer a = http.get(q.url());
        if (a.status() != 200) {
            return new Outcome(a.ms(), a.status(), 0, false, false, List.of(), a.body().length());
        }
        try {
            JsonNode json = JSON.readTree(a.body());
            List<List<String>> page = new ArrayList<>();
            json.get("paths").forEach(p -> {
                List<String> ids = new ArrayList<>();
                p.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
                page.add(ids);
            });
            return new Outcome(a.ms(), 200, json.get("total").asLong(), json.get("partial").asBoolean(),
                    json.get("outOfTime").asBoolean(), page,
                    a.body().getBytes(StandardCharsets.UTF_8).length);
        } catch (IOException e) {
            throw new IllegalStateException(q.url() + " answered no JSON: " + a.body(), e);
        }
    }

    /** As the controller does it: resolve from, via and to, then ask the service for the first page of 10. */
    Outcome direct(PathQuery q) {
        long start = System.nanoTime();
        Optional<NodeRef> from = resolve(q.from());
        Optional<NodeRef> to = resolve(q.to());
        Optional<NodeRef> via = q.via() == null ? Optional.empty() : resolve(q.via());
        if (from.isEmpty() || to.isEmpty() || (q.via() != null && via.isEmpty())) {
            return new Outcome((System.nanoTime() - start) / 1e6, 404, 0, false, false, List.of(), 0);
        }
        List<NodeRef> stops = new ArrayList<>(List.of(from.get()));
        via.ifPresent(stops::add);
        stops.add(to.get());
        var query = new PathModel.Query(from.get().id(), via.map(v -> List.of(v.id())).orElse(List.of()),
                to.get().id(), q.hops(), 10, 0, PathModel.Rank.valueOf(q.rank().toUpperCase(Locale.ROOT)), null,
                PathModel.HopFilter.NONE);
        PathService.Page page = paths.page(query, stops);
        double ms = (System.nanoTime() - start) / 1e6;
        return new Outcome(ms, 200, page.total(), page.partial(), page.outOfTime(),
                page.paths().stream().map(p -> p.nodes().stream().map(NodeRef::id).toList()).toList(), 0);
    }

    private Optional<NodeRef> resolve(String text) {
        return entities.resolve(text).map(h -> new NodeRef(h.id(), h.name(), h.type()));
    }

    /** A table row: queries, p50, p95, p99, max, partial, out of time, empty, errors. */
    static String row(String name, List<Outcome> outcomes) {
        Latencies l = Latencies.of(outcomes.stream().map(Outcome::ms).toList());
        return String.format(Locale.ROOT, "| %s | %d | %s | %d | %d | %d | %d |%n", name, outcomes.size(), l.cells(),
                outcomes.stream().filter(Outcome::partial).count(),
                outcomes.stream().filter(Outcome::outOfTime).count(),
                outcomes.stream().filter(Outcome::empty).count(),
                outcomes.stream().filter(o -> o.status() != 200).count());
    }

    static final String HEADER = """
            | | queries | p50 ms | p95 ms | p99 ms | max ms | partial | out of time | empty | errors |
            |---|---|---|---|---|---|---|---|---|---|
            """;
}
