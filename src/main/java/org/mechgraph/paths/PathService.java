package org.mechgraph.paths;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.Evidence;
import org.mechgraph.evidence.Evidence.Edge;
import org.mechgraph.model.NodeRef;
import org.mechgraph.paths.PathModel.Path;
import org.mechgraph.paths.PathModel.Query;
import org.neo4j.driver.Record;

/**
 * Mechanism paths between two entities through ordered stops, each hop returned with all of its citations in the
 * same query. Shortest first; among equals, the path whose weakest hop has the most pieces of evidence, then the most
 * evidence overall (counted once per sentence or record, as kept on each effect).
 */
public final class PathService {

    public static final int MAX_HOPS = 6;

    // Variable-length bounds cannot be parameters, so there is one text per allowed bound, made from this
    // template and the integers 1..MAX_HOPS only.
    private static final String TEMPLATE = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = (a)-[*1..%1$d]->(b)
            WHERE all(n IN nodes(p) WHERE n:Entity AND single(m IN nodes(p) WHERE m = n))
              AND all(r IN relationships(p) WHERE r.polarity IS NOT NULL)
            WITH p, [v IN $via | [i IN range(1, length(p) - 1) WHERE (nodes(p)[i]).id = v]] AS at
            WHERE all(x IN at WHERE size(x) = 1)
              AND all(k IN range(1, size(at) - 1) WHERE at[k - 1][0] < at[k][0])
            WITH p, [r IN relationships(p) | coalesce(r.evidenceCount, 0)] AS support
            WITH p, reduce(t = 0, s IN support | t + s) AS total,
                 reduce(lo = 1000000000, s IN support | CASE WHEN s < lo THEN s ELSE lo END) AS weakest
            // Ties are broken by preferring signed hops, then by effect ids, so the same graph answers the same.
            ORDER BY length(p), weakest DESC, total DESC,
                     size([r IN relationships(p) WHERE r.polarity = 'neutral']), [r IN relationships(p) | r.id]
            LIMIT $limit
            RETURN length(p) AS hops, total, weakest,
              [n IN nodes(p) | {id: n.id, name: n.name, type: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
              [r IN relationships(p) | %2$s] AS edges
            """;

    private static final List<String> QUERIES = IntStream.rangeClosed(1, MAX_HOPS)
            .mapToObj(hops -> TEMPLATE.formatted(hops, Evidence.EDGE_OF_R)).toList();

    private final Graph graph;

    public PathService(Graph graph) {
        this.graph = graph;
    }

    public List<Path> find(Query q) {
        if (q.maxHops() < 1 || q.maxHops() > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be 1.." + MAX_HOPS);
        }
        return graph.read(QUERIES.get(q.maxHops() - 1),
                Map.of("from", q.from(), "to", q.to(), "via", q.via(), "limit", q.limit()),
                PathService::path);
    }

    static Path path(Record r) {
        List<NodeRef> nodes = r.get("nodes").asList(NodeRef::of);
        List<Edge> edges = r.get("edges").asList(Evidence::edge);
        return new Path(r.get("hops").asInt(), r.get("total").asLong(), r.get("weakest").asLong(), nodes, edges);
    }
}
