package org.mechgraph.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.EvidenceSummary;
import org.mechgraph.model.NodeRef;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Finds entities by id, name or synonym, and reads one entity with its effects. Knows nothing of HTTP. */
public final class EntityService {

    /** A search hit: what it is, and which of its names matched. */
    public record Hit(String id, String name, String type, String matched, List<String> synonyms, double score) {
    }

    /** One effect seen from an entity: the other end, the effect and how many pieces of evidence back it. */
    public record Effect(String id, String type, String polarity, String direction, String otherId,
                         String otherName, String otherType, long evidence) {
    }

    /** Effects listed per direction in an entity's detail, the best supported first; a hub has thousands. */
    public static final int EFFECTS_PER_DIRECTION = 200;

    /**
     * An entity with its properties (external ids, description, synonyms), every identifier merged into it (one per
     * source that named it: {@code ncbigene:627}, {@code hgnc.symbol:BDNF}, …) and its effects out and in, at most
     * {@link #EFFECTS_PER_DIRECTION} each with the most evidence; {@code effectsOut} and {@code effectsIn} count them
     * all.
     */
    public record Detail(String id, String type, Map<String, Object> properties, List<String> identifiers,
                         List<Effect> effects, long effectsOut, long effectsIn) {
    }

    /** A link of a neighbourhood, in the shape the graph view draws. */
    public record GraphLink(String id, String type, String polarity, String source, String target, long evidence,
                            long sources, boolean contested) {
    }

    /**
     * The best-supported neighbours of an entity, bounded; {@code total} says how many effects there are in all.
     * Effects come by independent sources, then best kind of source, then pieces of evidence; the other side of a
     * contested pair is always shown with the side that made the cut, flagged {@code contested}.
     */
    public record Neighbourhood(NodeRef center, List<NodeRef> nodes, List<GraphLink> links, long total) {
    }

    private static final String NEIGHBOURS = """
            MATCH (e:Entity {id: $id})
            OPTIONAL CALL (e) {
              MATCH (e)-[r]-(o:Entity)
              WHERE size($types) = 0 OR type(r) IN $types
              RETURN r, o
              ORDER BY coalesce(r.sourceCount, 0) DESC, coalesce($kindRank[coalesce(r.bestSourceKind, '')], 0) DESC,
                       coalesce(r.evidenceCount, 0) DESC, r.id
              LIMIT $limit
            }
            WITH e, collect(r) AS chosen, collect(o) AS others
            // Both ends are bound before each match, so it reads only the effects between them: matched with a
            // condition on the ends instead, it scanned every node of the graph (seconds at a hub of a large one).
            WITH e, chosen, others, COLLECT {
                   UNWIND chosen AS c
                   WITH c, startNode(c) AS a, endNode(c) AS b
                   MATCH (a)-[q]->(b) WHERE q <> c
                     AND q.polarity IN ['positive', 'negative'] AND c.polarity IN ['positive', 'negative']
                     AND q.polarity <> c.polarity AND NOT q IN chosen
                   RETURN DISTINCT q
                 } AS counterparts
            WITH e, chosen + counterparts AS shown, others
            RETURN {id: e.id, name: e.name, type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS center,
                   COLLECT {
                     UNWIND shown AS r
                     WITH r, startNode(r) AS a, endNode(r) AS b
                     RETURN {id: r.id, type: type(r), polarity: r.polarity, source: a.id, target: b.id,
                             evidence: coalesce(r.evidenceCount, 0), sources: coalesce(r.sourceCount, 0),
                             contested: r.polarity IN ['positive', 'negative'] AND EXISTS {
                               MATCH (a)-[q]->(b)
                               WHERE q.polarity IN ['positive', 'negative'] AND q.polarity <> r.polarity }}
                   } AS links,
                   [o IN others | {id: o.id, name: o.name, type: [l IN labels(o) WHERE l <> 'Entity'][0]}] AS nodes,
                   COUNT { MATCH (e)-[r]-(:Entity) WHERE size($types) = 0 OR type(r) IN $types } AS total
            """;

    private static final String RESOLVE = """
            CALL () {
              MATCH (e:Entity {id: $q})
              RETURN e, 0 AS rank
              UNION
              CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node AS e
              WITH e WHERE $q IN e.names
              RETURN e, 1 AS rank
            }
            RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
                   e.name AS matched, e.synonyms AS synonyms, 1.0 AS score
            ORDER BY rank
            LIMIT 1
            """;

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node AS e, score
            RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
                   coalesce([s IN [e.name] + coalesce(e.synonyms, []) WHERE toLower(s) STARTS WITH $q][0],
                            e.name) AS matched,
                   e.synonyms AS synonyms, score
            // A whole name or synonym typed exactly beats any partial match.
            ORDER BY CASE WHEN $q IN e.names THEN 0 ELSE 1 END, score DESC, size(e.name)
            """;

    private static final String DETAIL = """
            MATCH (e:Entity {id: $id})
            RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, properties(e) AS properties,
              COLLECT { MATCH (x:Identifier)-[:IDENTIFIES]->(e) RETURN x.id ORDER BY x.id } AS identifiers,
              COLLECT {
                MATCH (e)-[r]->(o:Entity)
                WITH r, o ORDER BY coalesce(r.evidenceCount, 0) DESC, o.name, r.id LIMIT $perDirection
                RETURN {id: r.id, type: type(r), polarity: r.polarity, direction: 'out', otherId: o.id,
                        otherName: o.name, otherType: [l IN labels(o) WHERE l <> 'Entity'][0],
                        evidence: coalesce(r.evidenceCount, 0)} AS effect
                UNION ALL
                MATCH (o:Entity)-[r]->(e)
                WITH r, o ORDER BY coalesce(r.evidenceCount, 0) DESC, o.name, r.id LIMIT $perDirection
                RETURN {id: r.id, type: type(r), polarity: r.polarity, direction: 'in', otherId: o.id,
                        otherName: o.name, otherType: [l IN labels(o) WHERE l <> 'Entity'][0],
                        evidence: coalesce(r.evidenceCount, 0)} AS effect
              } AS effects,
              COUNT { (e)-[]->(:Entity) } AS effectsOut,
              COUNT { (e)<-[]-(:Entity) } AS effectsIn
            """;

    private final Graph graph;

    public EntityService(Graph graph) {
        this.graph = graph;
    }

    /** The entity whose id, name or synonym is {@code text} (case-insensitive). */
    public Optional<Hit> resolve(String text) {
        String q = text.strip().toLowerCase(Locale.ROOT);
        String lucene = LuceneQuery.exact(q);
        if (lucene.isEmpty()) {
            return Optional.empty();
        }
        return graph.read(RESOLVE, Map.of("q", q, "lucene", lucene), EntityService::hit).stream().findFirst();
    }

    /** Entities whose names or synonyms match {@code text} by prefix or within a typo, best first. */
    public List<Hit> search(String text, int limit) {
        String lucene = LuceneQuery.search(text);
        if (lucene.isEmpty()) {
            return List.of();
        }
        return graph.read(SEARCH, Map.of("lucene", lucene, "limit", limit,
                "q", text.strip().toLowerCase(Locale.ROOT)), EntityService::hit);
    }

    public Optional<Detail> detail(String id) {
        return graph.read(DETAIL, Map.of("id", id, "perDirection", EFFECTS_PER_DIRECTION), EntityService::detail)
                .stream().findFirst();
    }

    public Optional<Neighbourhood> neighbours(String id, List<String> types, int limit) {
        return graph.read(NEIGHBOURS, Map.of("id", id, "types", types, "limit", limit, "kindRank", EvidenceSummary.SOURCE_KIND_RANK),
                r -> new Neighbourhood(NodeRef.of(r.get("center")),
                        r.get("nodes").asList(NodeRef::of).stream().distinct().toList(),
                        r.get("links").asList(v -> new GraphLink(v.get("id").asString(), v.get("type").asString(),
                                v.get("polarity").asString(null), v.get("source").asString(),
                                v.get("target").asString(), v.get("evidence").asLong(), v.get("sources").asLong(),
                                v.get("contested").asBoolean())),
                        r.get("total").asLong())).stream().findFirst();
    }


    static Hit hit(Record r) {
        return new Hit(r.get("id").asString(), r.get("name").asString(), r.get("type").asString(null),
                r.get("matched").asString(null), r.get("synonyms").asList(Value::asString, List.of()),
                r.get("score").asDouble());
    }

    static Detail detail(Record r) {
        Map<String, Object> props = new LinkedHashMap<>(r.get("properties").asMap());
        props.remove("names");
        List<Effect> effects = r.get("effects").asList(v -> new Effect(
                v.get("id").asString(null), v.get("type").asString(), v.get("polarity").asString(null),
                v.get("direction").asString(), v.get("otherId").asString(), v.get("otherName").asString(null),
                v.get("otherType").asString(null), v.get("evidence").asLong()));
        return new Detail(r.get("id").asString(), r.get("type").asString(null), props,
                r.get("identifiers").asList(v -> v.asString()), effects, r.get("effectsOut").asLong(),
                r.get("effectsIn").asLong());
    }
}
