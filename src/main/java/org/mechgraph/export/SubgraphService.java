package org.mechgraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mechgraph.db.Graph;
import org.mechgraph.export.Subgraph.Edge;
import org.mechgraph.export.Subgraph.Evidence;
import org.mechgraph.export.Subgraph.Node;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads a subgraph in one query: the entities asked for, the effects between them (all of them, or only the ones
 * named), every CLAIMS of those effects, and every paper that evidence names.
 */
public final class SubgraphService {

    /** The most entities and effects one export holds; more is refused, not cut. */
    public static final int MAX_NODES = 2_000;
    public static final int MAX_EDGES = 10_000;

    /** The external ids an entity may carry, as the curated corpus and the loaders name them. */
    static final List<String> XREFS = List.of("chebi", "drugbank", "mesh", "hgnc", "uniprot", "ncbiGene", "go");

    /**
     * The identifier namespace each xref is read from when the entity has no such property (imports keep ids as
     * Identifier nodes only), and the prefix the curated corpus writes before its value ({@code CHEBI:6121}).
     */
    private static final Map<String, Map.Entry<String, String>> FROM_IDENTIFIERS = Map.of(
            "chebi", Map.entry("chebi", "CHEBI:"), "drugbank", Map.entry("drugbank", ""),
            "mesh", Map.entry("mesh", ""), "hgnc", Map.entry("hgnc", "HGNC:"), "uniprot", Map.entry("uniprot", ""),
            "ncbiGene", Map.entry("ncbigene", ""), "go", Map.entry("go", "GO:"));

    private static final String READ = """
            CALL () {
              UNWIND $nodes AS wanted
              OPTIONAL MATCH (n:Entity {id: wanted})
              RETURN collect(n {.*, labels: labels(n),
                       identifiers: COLLECT { MATCH (i:Identifier)-[:IDENTIFIES]->(n) RETURN i.id ORDER BY i.id }})
                       AS nodes,
                     collect(CASE WHEN n IS NULL THEN wanted END) AS missing
            }
            CALL () {
              UNWIND $nodes AS wanted
              MATCH (a:Entity {id: wanted})-[r]->(b:Entity)
              WHERE r.id IS NOT NULL AND r.polarity IS NOT NULL AND b.id IN $nodes
                AND ($edges IS NULL OR r.id IN $edges)
              WITH a, r, b ORDER BY r.id LIMIT $cap
              RETURN collect({type: type(r), subject: a.id, object: b.id, props: properties(r),
                claims: COLLECT {
                  MATCH (p:Paper)-[k:CLAIMS {effect: r.id}]->(a)
                  RETURN {paper: p.id, props: properties(k)} AS claim ORDER BY p.id, k.quote, k.record
                }}) AS edges
            }
            CALL (edges) {
              UNWIND edges AS e
              UNWIND e.claims AS c
              UNWIND [c.paper, c.props.reports, c.props.quotedIn] + coalesce(c.props.references, []) AS paperId
              WITH DISTINCT paperId WHERE paperId IS NOT NULL
              MATCH (p:Paper {id: paperId})
              RETURN collect(p {.*}) AS papers
            }
            RETURN nodes, missing, edges, papers
            """;

    /** The subgraph, the ids that name no entity, and whether it has more effects than {@link #MAX_EDGES}. */
    public record Read(Subgraph subgraph, List<String> missing, boolean tooManyEdges) {
    }

    private final Graph graph;

    public SubgraphService(Graph graph) {
        this.graph = graph;
    }

    /** The entities {@code nodeIds} and the effects between them; only the effects {@code edgeIds} when given. */
    public Read read(String title, List<String> nodeIds, List<String> edgeIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("nodes", List.copyOf(nodeIds));
        params.put("edges", edgeIds == null ? null : List.copyOf(edgeIds));
        params.put("cap", MAX_EDGES + 1);
        return graph.readOne(READ, params, r -> read(title, r));
    }

    private static Read read(String title, Record r) {
        List<Node> nodes = r.get("nodes").asList(SubgraphService::node);
        List<Edge> edges = new ArrayList<>(r.get("edges").asList(SubgraphService::edge));
        boolean tooMany = edges.size() > MAX_EDGES;
        var papers = r.get("papers").asList(p -> EvidenceReader.paper(p.asMap()));
        var sorted = new ArrayList<>(papers);
        sorted.sort(java.util.Comparator.comparing(Subgraph.Paper::id));
        List<String> missing = r.get("missing").asList(Value::asString);
        return new Read(new Subgraph(title, nodes, tooMany ? List.of() : edges, sorted), missing, tooMany);
    }

    static Node node(Value v) {
        Map<String, Object> p = v.asMap();
        String type = v.get("labels").asList(Value::asString).stream().filter(l -> !l.equals("Entity"))
                .sorted().findFirst().orElse(null);
        List<String> identifiers = v.get("identifiers").isNull() ? List.of()
                : v.get("identifiers").asList(Value::asString);
        Map<String, String> xrefs = new LinkedHashMap<>();
        for (String key : XREFS) {
            String value = EvidenceReader.text(p, key);
            if (value == null) {
                value = fromIdentifiers(key, identifiers);
            }
            if (value != null) {
                xrefs.put(key, value);
            }
        }
        return new Node(v.get("id").asString(), EvidenceReader.text(p, "name"), type, EvidenceReader.text(p, "category"),
                EvidenceReader.text(p, "description"), EvidenceReader.strings(p.get("synonyms")), xrefs, identifiers);
    }

    /** The first identifier of the xref's namespace, written as the curated corpus writes that xref; else null. */
    private static String fromIdentifiers(String key, List<String> identifiers) {
        var source = FROM_IDENTIFIERS.get(key);
        String namespace = source.getKey() + ":";
        return identifiers.stream().filter(i -> i.startsWith(namespace)).findFirst()
                .map(i -> source.getValue() + i.substring(namespace.length())).orElse(null);
    }

    static Edge edge(Value v) {
        Map<String, Object> props = v.get("props").asMap();
        String id = String.valueOf(props.get("id"));
        List<Evidence> evidence = v.get("claims").asList(c ->
                EvidenceReader.evidence(id, c.get("paper").asString(), c.get("props").asMap(), props));
        return new Edge(id, v.get("type").asString(), EvidenceReader.text(props, "polarity"),
                v.get("subject").asString(), v.get("object").asString(),
                EvidenceReader.evidenceCount(props, evidence), EvidenceReader.sourceCount(props, evidence), evidence);
    }
}
