package org.mechgraph.evidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.Evidence.Edge;
import org.mechgraph.model.EffectType;
import org.mechgraph.model.NodeRef;

/**
 * One effect with its evidence, side by side with every other effect between the same two entities, either way
 * round: where sources disagree on a pair, the reader sees both.
 */
public final class EffectService {

    /** The effect asked for, and the other effects on the same pair of entities with their evidence. */
    public record Detail(Edge effect, NodeRef subject, NodeRef object, List<Edge> samePair) {
    }

    // Every effect between the two entities, either way round; the one asked for is picked out in Java.
    private static final String DETAIL = """
            MATCH (s:Entity {id: $subject}), (o:Entity {id: $object})
            RETURN {id: s.id, name: s.name, type: [l IN labels(s) WHERE l <> 'Entity'][0]} AS subject,
                   {id: o.id, name: o.name, type: [l IN labels(o) WHERE l <> 'Entity'][0]} AS object,
                   COLLECT {
                     MATCH (s)-[r]-(o) WHERE r.id IS NOT NULL
                     RETURN %s AS effect ORDER BY r.id
                   } AS effects
            """.formatted(Evidence.EDGE_OF_R);

    private final Graph graph;

    public EffectService(Graph graph) {
        this.graph = graph;
    }

    /** The effect with id {@code subject|TYPE|object}; empty when no such effect exists. */
    public Optional<Detail> detail(String id) {
        String[] parts = id.split("\\|", -1);
        if (parts.length != 3 || EffectType.of(parts[1]).isEmpty()) {
            return Optional.empty();
        }
        return graph.read(DETAIL, Map.of("subject", parts[0], "object", parts[2]), r -> {
            List<Edge> all = r.get("effects").asList(Evidence::edge);
            return all.stream().filter(e -> e.id().equals(id)).findFirst().map(effect -> new Detail(effect,
                    NodeRef.of(r.get("subject")), NodeRef.of(r.get("object")),
                    all.stream().filter(e -> !e.id().equals(id)).toList()));
        }).stream().flatMap(Optional::stream).findFirst();
    }

}
