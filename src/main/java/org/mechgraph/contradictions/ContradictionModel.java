package org.mechgraph.contradictions;

import java.util.List;
import org.mechgraph.evidence.Evidence.Edge;
import org.mechgraph.model.NodeRef;

/** The records a contradictions answer is made of. */
public final class ContradictionModel {

    private ContradictionModel() {
    }

    /** Which contested pairs to list: those of one entity (its id), or all when {@code entity} is null. */
    public record Query(String entity, int offset, int limit) {
    }

    /**
     * An ordered pair of entities that sources contest: at least one effect of the subject on the object is
     * positive and at least one negative. Each side holds its effects with every citation.
     */
    public record Contradiction(NodeRef subject, NodeRef object, List<Edge> positive, List<Edge> negative) {
    }

    /** One page of contested pairs; {@code total} counts them all, {@code entity} is the filter (null: none). */
    public record Page(NodeRef entity, long total, int offset, int limit, List<Contradiction> contradictions) {
    }
}
