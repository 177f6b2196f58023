package org.mechgraph.contradictions;

import java.util.HashMap;
import java.util.Map;
import org.mechgraph.contradictions.ContradictionModel.Contradiction;
import org.mechgraph.contradictions.ContradictionModel.Query;
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.Evidence;
import org.mechgraph.model.NodeRef;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Finds the pairs of entities on which sources disagree: the same subject acting on the same object, one effect
 * positive and another negative (ketamine ACTIVATES the AMPA receptor per one source, INHIBITS it per another). A
 * neutral effect (BINDS, ASSOCIATED_WITH…) contradicts nothing. Computed when asked, so an import that adds one side
 * of a dispute shows at once; nothing is stored.
 */
public final class ContradictionService {

    // Start from the positive effects (the fewer, in every corpus so far) and keep those with a negative twin.
    private static final String ALL_PAIRS = """
            MATCH (s:Entity)-[p]->(o:Entity)
            WHERE p.polarity = 'positive' AND EXISTS { MATCH (s)-[n]->(o) WHERE n.polarity = 'negative' }
            RETURN DISTINCT s, o
            """;

    // The same, anchored on one entity as subject or as object (UNION drops a self-loop's second copy).
    private static final String PAIRS_OF_ENTITY = """
            MATCH (s:Entity {id: $entity})-[p]->(o:Entity)
            WHERE p.polarity = 'positive' AND EXISTS { MATCH (s)-[n]->(o) WHERE n.polarity = 'negative' }
            RETURN s, o
            UNION
            MATCH (s:Entity)-[p]->(o:Entity {id: $entity})
            WHERE p.polarity = 'positive' AND EXISTS { MATCH (s)-[n]->(o) WHERE n.polarity = 'negative' }
            RETURN s, o
            """;

    // Best-evidenced pairs first, then by ids, so pages never overlap. Every pair is counted; only the asked page
    // is read with its evidence. The subquery aggregates, so it answers one row even for an empty page.
    private static final String PAGE = """
            CALL () {
              %s
            }
            CALL (s, o) {
              MATCH (s)-[r]->(o) WHERE r.polarity IN ['positive', 'negative']
              RETURN sum(coalesce(r.evidenceCount, 0)) AS evidence
            }
            WITH s, o, evidence ORDER BY evidence DESC, s.id, o.id
            WITH collect({s: s, o: o}) AS pairs
            CALL (pairs) {
              UNWIND range($offset, $offset + $limit - 1) AS i
              WITH i, pairs[i] AS pair WHERE i < size(pairs)
              WITH i, pair.s AS s, pair.o AS o ORDER BY i
              RETURN collect({
                subject: {id: s.id, name: s.name, type: [l IN labels(s) WHERE l <> 'Entity'][0]},
                object: {id: o.id, name: o.name, type: [l IN labels(o) WHERE l <> 'Entity'][0]},
                positive: COLLECT {
                  MATCH (s)-[r]->(o) WHERE r.polarity = 'positive'
                  RETURN %s AS effect ORDER BY coalesce(r.evidenceCount, 0) DESC, r.id
                },
                negative: COLLECT {
                  MATCH (s)-[r]->(o) WHERE r.polarity = 'negative'
                  RETURN %s AS effect ORDER BY coalesce(r.evidenceCount, 0) DESC, r.id
                }
              }) AS contradictions
            }
            RETURN size(pairs) AS total, contradictions
            """;

    private static final String ALL = PAGE.formatted(ALL_PAIRS, Evidence.EDGE_OF_R, Evidence.EDGE_OF_R);
    private static final String OF_ENTITY = PAGE.formatted(PAIRS_OF_ENTITY, Evidence.EDGE_OF_R, Evidence.EDGE_OF_R);

    private final Graph graph;

    public ContradictionService(Graph graph) {
        this.graph = graph;
    }

    /** The page of contested pairs the query asks for; {@code entity} is echoed as the answer's filter. */
    public ContradictionModel.Page find(Query query, NodeRef entity) {
        Map<String, Object> params = new HashMap<>();
        params.put("offset", query.offset());
        params.put("limit", query.limit());
        if (query.entity() != null) {
            params.put("entity", query.entity());
        }
        return graph.readOne(query.entity() == null ? ALL : OF_ENTITY, params, r -> page(r, query, entity));
    }

    private static ContradictionModel.Page page(Record r, Query query, NodeRef entity) {
        return new ContradictionModel.Page(entity, r.get("total").asLong(), query.offset(), query.limit(),
                r.get("contradictions").asList(ContradictionService::contradiction));
    }

    static Contradiction contradiction(Value v) {
        return new Contradiction(NodeRef.of(v.get("subject")), NodeRef.of(v.get("object")),
                v.get("positive").asList(Evidence::edge), v.get("negative").asList(Evidence::edge));
    }
}
