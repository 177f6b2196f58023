package org.mechgraph.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mechgraph.db.Graph;

/** Counts per label and per relationship type, straight from the database. */
public final class StatsService {

    public record Stats(Map<String, Long> labels, Map<String, Long> relationships) {
    }

    // The corpus marker is the load's bookkeeping, not part of the graph a reader counts.
    private static final String LABELS = """
            CALL db.labels() YIELD label
            WITH label WHERE label <> 'Corpus'
            RETURN label AS name, COUNT { MATCH (n:$(label)) } AS count
            ORDER BY name
            """;

    private static final String RELATIONSHIPS = """
            CALL db.relationshipTypes() YIELD relationshipType AS type
            RETURN type AS name, COUNT { MATCH ()-[r:$(type)]->() } AS count
            ORDER BY name
            """;

    private final Graph graph;

    public StatsService(Graph graph) {
        this.graph = graph;
    }

    public Stats stats() {
        return new Stats(counts(LABELS), counts(RELATIONSHIPS));
    }

    private Map<String, Long> counts(String cypher) {
        Map<String, Long> out = new LinkedHashMap<>();
        graph.read(cypher, Map.of(), r -> Map.entry(r.get("name").asString(), r.get("count").asLong())).stream()
                .filter(e -> e.getValue() > 0)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
