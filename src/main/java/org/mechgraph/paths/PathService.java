package org.mechgraph.paths;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.mechgraph.db.Graph;
import org.mechgraph.paths.PathModel.Citation;
import org.mechgraph.paths.PathModel.Disagreement;
import org.mechgraph.paths.PathModel.Edge;
import org.mechgraph.paths.PathModel.Node;
import org.mechgraph.paths.PathModel.Path;
import org.mechgraph.paths.PathModel.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Mechanism paths between two entities through ordered stops, each hop returned with all of its citations in the
 * same query. Shortest first; among equals, the path whose weakest hop is best cited, then the best cited overall.
 */
public final class PathService {

    public static final int MAX_HOPS = 6;

    // Variable-length bounds cannot be parameters, so there is one text per allowed bound, made from this
    // template and the integers 1..MAX_HOPS only.
    private static final String TEMPLATE = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = (a)-[*1..%d]->(b)
            WHERE all(n IN nodes(p) WHERE n:Entity AND single(m IN nodes(p) WHERE m = n))
              AND all(r IN relationships(p) WHERE r.polarity IS NOT NULL)
            WITH p, [v IN $via | [i IN range(1, length(p) - 1) WHERE (nodes(p)[i]).id = v]] AS at
            WHERE all(x IN at WHERE size(x) = 1)
              AND all(k IN range(1, size(at) - 1) WHERE at[k - 1][0] < at[k][0])
            WITH p, [r IN relationships(p) | COUNT { MATCH (:Paper)-[k:CLAIMS {effect: r.id}]->() }] AS support
            WITH p, reduce(t = 0, s IN support | t + s) AS total,
                 reduce(lo = 1000000000, s IN support | CASE WHEN s < lo THEN s ELSE lo END) AS weakest
            // Ties are broken by preferring signed hops, then by effect ids, so the same graph answers the same.
            ORDER BY length(p), weakest DESC, total DESC,
                     size([r IN relationships(p) WHERE r.polarity = 'neutral']), [r IN relationships(p) | r.id]
            LIMIT $limit
            RETURN length(p) AS hops, total, weakest,
              [n IN nodes(p) | {id: n.id, name: n.name, type: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
              [r IN relationships(p) | {
                 id: r.id, type: type(r), polarity: r.polarity, from: startNode(r).id, to: endNode(r).id,
                 citations: COLLECT {
                   MATCH (paper:Paper)-[k:CLAIMS {effect: r.id}]->()
                   RETURN paper {.id, .title, .authors, .year, .venue, .kind, .doi, .pmid, .url,
                                 quote: k.quote, note: k.note, quotedIn: k.quotedIn, species: k.species}
                   ORDER BY paper.kind = 'web article', paper.year DESC, paper.id, k.quote
                 },
                 disagreements: COLLECT {
                   MATCH (s)-[o]->(t)
                   WHERE s = startNode(r) AND t = endNode(r) AND o <> r
                     AND o.polarity IN ['positive', 'negative'] AND r.polarity IN ['positive', 'negative']
                     AND o.polarity <> r.polarity
                   RETURN {id: o.id, type: type(o), polarity: o.polarity,
                           citations: COUNT { MATCH (:Paper)-[k2:CLAIMS {effect: o.id}]->() }}
                 }
              }] AS edges
            """;

    private static final List<String> QUERIES = IntStream.rangeClosed(1, MAX_HOPS)
            .mapToObj(TEMPLATE::formatted).toList();

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
        List<Node> nodes = r.get("nodes").asList(v -> new Node(v.get("id").asString(), v.get("name").asString(null),
                v.get("type").asString(null)));
        List<Edge> edges = r.get("edges").asList(PathService::edge);
        return new Path(r.get("hops").asInt(), r.get("total").asLong(), r.get("weakest").asLong(), nodes, edges);
    }

    static Edge edge(Value v) {
        return new Edge(v.get("id").asString(), v.get("type").asString(), v.get("polarity").asString(),
                v.get("from").asString(), v.get("to").asString(),
                v.get("citations").asList(PathService::citation),
                v.get("disagreements").asList(d -> new Disagreement(d.get("id").asString(), d.get("type").asString(),
                        d.get("polarity").asString(), d.get("citations").asLong())));
    }

    static Citation citation(Value c) {
        return new Citation(c.get("id").asString(), c.get("title").asString(null),
                c.get("authors").asList(Value::asString, List.of()),
                c.get("year").isNull() ? null : c.get("year").asInt(),
                c.get("venue").asString(null), c.get("kind").asString(null), c.get("doi").asString(null),
                c.get("pmid").asString(null), c.get("url").asString(null), c.get("quote").asString(null),
                c.get("note").asString(null), c.get("quotedIn").asString(null), c.get("species").asString(null));
    }
}
