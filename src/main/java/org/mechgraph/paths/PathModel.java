package org.mechgraph.paths;

import java.util.List;
import org.mechgraph.evidence.Evidence.Edge;
import org.mechgraph.model.NodeRef;

/** The records a path answer is made of, in the order a reader meets them. */
public final class PathModel {

    private PathModel() {
    }

    /** A path query after its entity names were resolved to ids. */
    public record Query(String from, List<String> via, String to, int maxHops, int limit) {
    }

    public record Path(int hops, long evidence, long weakestHop, List<NodeRef> nodes, List<Edge> edges) {
    }

    public record Answer(NodeRef from, List<NodeRef> via, NodeRef to, int maxHops, int limit, List<Path> paths, String hint) {
    }
}
