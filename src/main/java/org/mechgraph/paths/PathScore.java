package org.mechgraph.paths;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a path is supported, from figures each effect keeps (independent sources, best kind of source, newest
 * year) and the number of partners of the entities it passes through. A path is as strong as its weakest hop; a hub
 * in the middle weakens it; a longer path of equally strong hops ranks a little lower. The README gives the formula
 * with a worked example.
 *
 * <pre>
 *   hop strength   = kind(bestSourceKind) · (1 − ½^sources) · recency(newestYear)
 *   hub factor     = min(1, (50 / partners)^0.4)        for each entity between the two ends
 *   path score     = min(hop strength) · Π hub factor · 0.9^(hops − 1)
 * </pre>
 */
public final class PathScore {

    /** How much one source of each kind is worth; a kind not listed (or none) is worth {@link #UNKNOWN_KIND}. */
    static final Map<String, Double> KIND = Map.of(
            "peer-reviewed article", 1.0,
            "journal article", 0.9,
            "review", 0.8,
            "preprint", 0.6,
            "book", 0.6,
            "database", 0.5,
            "web article", 0.3);
    static final double UNKNOWN_KIND = 0.2;

    /** Evidence newer than this many years counts in full; older (or undated) evidence counts {@link #DATED}. */
    static final int RECENT_YEARS = 10;
    static final double DATED = 0.85;

    /** Entities with up to this many partners are not hubs; beyond it the factor falls as in Hetionet's DWPC. */
    static final int HUB_DEGREE = 50;
    static final double HUB_EXPONENT = 0.4;
    static final double LENGTH = 0.9;

    private final int year;

    /** @param year the year recency is counted from (this year, or a fixed one for reproducible answers) */
    public PathScore(int year) {
        this.year = year;
    }

    /** The strength of one hop, from 0 to 1. */
    public double hop(long sources, String bestSourceKind, Integer newestYear) {
        double kind = bestSourceKind == null ? UNKNOWN_KIND : KIND.getOrDefault(bestSourceKind, UNKNOWN_KIND);
        double support = 1 - Math.pow(0.5, Math.max(0, sources));
        double recency = newestYear != null && newestYear >= year - RECENT_YEARS ? 1 : DATED;
        return kind * support * recency;
    }

    /** The factor an entity with {@code partners} effects brings to a path through it. */
    public static double hub(long partners) {
        return partners <= HUB_DEGREE ? 1 : Math.pow((double) HUB_DEGREE / partners, HUB_EXPONENT);
    }

    /** The path's score from its hops' strengths and the partners of the entities between its ends. */
    public static double path(List<Double> hopStrengths, List<Long> innerPartners) {
        double weakest = hopStrengths.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hubs = innerPartners.stream().mapToDouble(PathScore::hub).reduce(1, (a, b) -> a * b);
        return weakest * hubs * Math.pow(LENGTH, hopStrengths.size() - 1);
    }

    /** Why a hop is as strong as it is, in words: "1 source, at best a web article, newest 2024". */
    public static String reason(long sources, String bestSourceKind, Integer newestYear) {
        String kind = bestSourceKind == null || "unknown".equals(bestSourceKind) ? "of unknown kind"
                : "at best a " + bestSourceKind;
        return String.format(Locale.ROOT, "%d independent source%s, %s, %s", sources, sources == 1 ? "" : "s", kind,
                newestYear == null ? "undated" : "newest " + newestYear);
    }
}
