package org.mechgraph.paths;

import java.util.List;

/** The records a path answer is made of, in the order a reader meets them. */
public final class PathModel {

    private PathModel() {
    }

    /** A path query after its entity names were resolved to ids. */
    public record Query(String from, List<String> via, String to, int maxHops, int limit) {
    }

    public record Node(String id, String name, String type) {
    }

    /** A paper's claim of one effect: who says it, and in which words. */
    public record Citation(String paperId, String title, List<String> authors, Integer year, String venue,
                           String kind, String doi, String pmid, String url, String quote, String note,
                           String quotedIn, String species) {
    }

    /** Another effect between the same two entities whose sign is the opposite: the sources disagree. */
    public record Disagreement(String id, String type, String polarity, long citations) {
    }

    /** One hop of a path: the effect, its sign and every citation that backs it. */
    public record Edge(String id, String type, String polarity, String from, String to, List<Citation> citations,
                       List<Disagreement> disagreements) {
    }

    public record Path(int hops, long citations, long weakestHop, List<Node> nodes, List<Edge> edges) {
    }

    public record Answer(Node from, List<Node> via, Node to, int maxHops, int limit, List<Path> paths, String hint) {
    }
}
