package org.mechgraph.paths;

import java.util.List;
import org.mechgraph.evidence.Evidence.Edge;
import org.mechgraph.model.NodeRef;

/** The records a path answer is made of, in the order a reader meets them. */
public final class PathModel {

    private PathModel() {
    }

    /** How paths are ordered: by score (evidence), or by number of hops and then score. */
    public enum Rank { EVIDENCE, HOPS }

    /** The net effect a path must have: the source raises the target (up) or lowers it (down). */
    public enum Sign { UP, DOWN }

    /**
     * Which hops a path may take. {@code minSources} independent sources per hop; {@code relations} effect types
     * (empty: all); {@code types} labels of the entities between the stops (empty: all); {@code exclude} entity ids
     * no path passes; and, about the evidence itself, {@code sourceKinds} (a record counts as {@code database}),
     * a year range of the source and a {@code species}: a hop must have {@code minSources} independent sources
     * among the evidence that passes them.
     */
    public record HopFilter(int minSources, List<String> relations, List<String> types, List<String> exclude,
                            List<String> sourceKinds, Integer yearFrom, Integer yearTo, String species) {
        public static final HopFilter NONE = new HopFilter(1, List.of(), List.of(), List.of(), List.of(), null, null,
                null);

        public HopFilter {
            relations = List.copyOf(relations);
            types = List.copyOf(types);
            exclude = List.copyOf(exclude);
            sourceKinds = List.copyOf(sourceKinds);
        }

        /** Whether a hop's evidence must be looked at piece by piece (its kept figures cannot answer). */
        boolean onEvidence() {
            return !sourceKinds.isEmpty() || yearFrom != null || yearTo != null || species != null;
        }
    }

    /** A path query after its entity names were resolved to ids. */
    public record Query(String from, List<String> via, String to, int maxHops, int limit, int offset, Rank rank,
                        Sign sign, HopFilter filter) {
    }

    /** The hop a path is only as strong as: its position (0-based), strength and why. */
    public record Weakest(int hop, double strength, String reason) {
    }

    /**
     * A path: its hops and score, the net sign of its effects ({@code up}, {@code down}, or {@code unknown} when a
     * hop is neutral), its weakest hop, each hop's strength, the hops whose pair the literature contests, and the
     * number of partners of each entity between its ends (hubs weaken a path).
     */
    public record Path(int hops, long evidence, double score, String sign, Weakest weakest, List<Double> strengths,
                       List<Integer> contested, List<Long> partners, List<NodeRef> nodes, List<Edge> edges) {
    }

    /**
     * The answer: {@code total} paths found, {@code paths} the page from {@code offset}, {@code more} after it;
     * {@code partial} when the search ran into a limit (a hub's partners were cut to the best supported, or its time
     * ran out), so {@code total} is "at least"; {@code outOfTime} when the time ran out: the paths are the best
     * found until then.
     */
    public record Answer(NodeRef from, List<NodeRef> via, NodeRef to, int maxHops, int limit, int offset, String rank,
                         String sign, long total, long more, boolean partial, boolean outOfTime, List<Path> paths,
                         String hint) {
    }
}
