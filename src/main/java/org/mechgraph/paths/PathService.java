package org.mechgraph.paths;

import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.Evidence;
import org.mechgraph.evidence.Evidence.Edge;
import org.mechgraph.model.NodeRef;
import org.mechgraph.paths.PathModel.Path;
import org.mechgraph.paths.PathModel.Query;
import org.mechgraph.paths.PathModel.Rank;
import org.mechgraph.paths.PathModel.Sign;
import org.mechgraph.paths.PathModel.Weakest;
import org.mechgraph.paths.PathSearch.Found;
import org.mechgraph.paths.PathSearch.Hop;

/**
 * Mechanism paths between two entities through ordered stops, ranked by how well each hop is supported
 * ({@link PathScore}) or by length, with each path's net sign, weakest hop and contested hops; paged. Only the
 * page's hops are read with all their citations.
 */
public final class PathService {

    public static final int MAX_HOPS = 6;

    private static final String EDGES = """
            UNWIND $elements AS element
            MATCH ()-[r]->() WHERE elementId(r) = element
            RETURN element, %s AS edge
            """.formatted(Evidence.EDGE_OF_R);

    /** The time a path query searches at most unless told otherwise. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(3);

    /**
     * A page of ranked paths, how many there are in all, whether the search's limits cut any, and whether that was
     * its time running out.
     */
    public record Page(List<Path> paths, long total, boolean partial, boolean outOfTime) {
    }

    private final Graph graph;
    private final PathSearch search;
    private final PathScore score;
    private final Supplier<Budget> budgets;

    /** Paths found within {@code budget} of search time per query. */
    public PathService(Graph graph, Duration budget) {
        this(graph, new PathScore(Year.now().getValue()), () -> Budget.of(budget));
    }

    PathService(Graph graph, PathScore score, Supplier<Budget> budgets) {
        this.graph = graph;
        this.search = new PathSearch(graph);
        this.score = score;
        this.budgets = budgets;
    }

    /** The page of paths {@code q} asks for, through {@code stops} (from, via…, to) as resolved. */
    public Page page(Query q, List<NodeRef> stops) {
        if (q.maxHops() < 1 || q.maxHops() > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be 1.." + MAX_HOPS);
        }
        PathSearch.Result found = search.find(stops, q.maxHops(), q.filter(),
                (f, partners) -> scored(f, partners).score, budgets.get());
        List<Scored> ranked = new ArrayList<>();
        for (Found f : found.paths) {
            Scored s = scored(f, found.partners);
            if (q.sign() == null || s.sign.equals(q.sign() == Sign.UP ? "up" : "down")) {
                ranked.add(s);
            }
        }
        Comparator<Scored> byScore = Comparator.<Scored>comparingDouble(s -> -s.score)
                .thenComparingInt(s -> s.found.hops().size())
                .thenComparing(s -> s.found.hops().stream().map(Hop::effect).toList().toString());
        ranked.sort(q.rank() == Rank.HOPS
                ? Comparator.<Scored>comparingInt(s -> s.found.hops().size()).thenComparing(byScore) : byScore);
        List<Scored> page = ranked.subList(Math.min(q.offset(), ranked.size()),
                Math.min(q.offset() + q.limit(), ranked.size()));
        Map<String, Edge> edges = edges(page);
        // An effect deleted since the search (an import undone meanwhile) takes its paths with it.
        List<Path> paths = page.stream()
                .filter(s -> s.found.hops().stream().allMatch(h -> edges.containsKey(h.element())))
                .map(s -> path(s, found, edges)).toList();
        return new Page(paths, ranked.size(), found.partial, found.outOfTime);
    }

    /** A found path with its figures. */
    private record Scored(Found found, double score, List<Double> strengths, String sign, List<Long> partners) {
    }

    private Scored scored(Found f, Map<String, Long> partnersById) {
        List<Double> strengths = f.hops().stream()
                .map(h -> score.hop(h.sources(), h.bestKind(), h.newestYear())).toList();
        List<Long> partners = f.nodes().subList(1, f.nodes().size() - 1).stream()
                .map(n -> partnersById.getOrDefault(n, 0L)).toList();
        return new Scored(f, PathScore.path(strengths, partners), strengths, sign(f.hops()), partners);
    }

    /** The net effect of a chain: up or down when every hop is signed, unknown when one is neutral. */
    static String sign(List<Hop> hops) {
        int sign = 1;
        for (Hop h : hops) {
            switch (h.polarity()) {
                case "positive" -> { }
                case "negative" -> sign = -sign;
                default -> {
                    return "unknown";
                }
            }
        }
        return sign > 0 ? "up" : "down";
    }

    private Map<String, Edge> edges(List<Scored> page) {
        var elements = new LinkedHashSet<String>();
        page.forEach(s -> s.found.hops().forEach(h -> elements.add(h.element())));
        Map<String, Edge> edges = new HashMap<>();
        if (!elements.isEmpty()) {
            graph.read(EDGES, Map.of("elements", List.copyOf(elements)), r -> r)
                    .forEach(r -> edges.put(r.get("element").asString(), Evidence.edge(r.get("edge"))));
        }
        return edges;
    }

    private static Path path(Scored s, PathSearch.Result found, Map<String, Edge> edges) {
        List<Hop> hops = s.found.hops();
        int weakest = 0;
        for (int i = 1; i < hops.size(); i++) {
            if (s.strengths.get(i) < s.strengths.get(weakest)) {
                weakest = i;
            }
        }
        Hop w = hops.get(weakest);
        List<Edge> pathEdges = hops.stream().map(h -> edges.get(h.element())).toList();
        List<Integer> contested = new ArrayList<>();
        for (int i = 0; i < pathEdges.size(); i++) {
            if (!pathEdges.get(i).disagreements().isEmpty()) {
                contested.add(i);
            }
        }
        long evidence = hops.stream().mapToLong(Hop::evidence).sum();
        return new Path(hops.size(), evidence, round(s.score), s.sign,
                new Weakest(weakest, round(s.strengths.get(weakest)),
                        PathScore.reason(w.sources(), w.bestKind(), w.newestYear())),
                s.strengths.stream().map(PathService::round).toList(), contested, s.partners,
                s.found.nodes().stream().map(found.nodes::get).toList(), pathEdges);
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
