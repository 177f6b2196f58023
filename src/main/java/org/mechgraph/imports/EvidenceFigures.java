package org.mechgraph.imports;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.mechgraph.evidence.EvidenceSummary;

/**
 * The evidence figures of an effect this import creates, added up as its evidence is written, by the rules of
 * {@link EvidenceSummary}: pieces of evidence, independent origins (the paper of a quote, the reported work of a
 * report, the row of a record), the kinds of evidence, the best kind of source and the newest year. Working them out
 * here saves a query per effect for the hundreds of thousands of effects a knowledge graph brings; effects that
 * already had evidence are refreshed by {@link EvidenceSummary} itself. A test checks both give the same figures.
 */
final class EvidenceFigures {

    private int pieces;
    private final Set<String> origins = new HashSet<>(2);
    private final Set<String> kinds = new TreeSet<>();
    private final Set<String> sourceKinds = new HashSet<>(2);
    private Integer newest;

    /** One more piece of evidence: its kind, source (id, kind, year), reported work (id, year) and key. */
    void add(String evidence, String source, String sourceKind, Integer sourceYear, String work, Integer workYear,
             String key) {
        pieces++;
        kinds.add(evidence);
        switch (evidence) {
            case "report" -> {
                origins.add(work != null ? work : source);
                sourceKinds.add(sourceKind);
                newest = max(newest, workYear != null ? workYear : sourceYear);
            }
            case "record" -> {
                origins.add(source + "#" + key);
                sourceKinds.add("database");
            }
            default -> {
                origins.add(source);
                sourceKinds.add(sourceKind);
                newest = max(newest, sourceYear);
            }
        }
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Math.max(a, b);
    }

    java.util.Map<String, Object> toMap(String effectId) {
        var m = new java.util.HashMap<String, Object>();
        m.put("id", effectId);
        m.put("evidenceCount", pieces);
        m.put("sourceCount", origins.size());
        m.put("evidenceKinds", java.util.List.copyOf(kinds));
        m.put("bestSourceKind", EvidenceSummary.SOURCE_KINDS.stream().filter(sourceKinds::contains).findFirst()
                .orElse("unknown"));
        m.put("newestYear", newest);
        return m;
    }
}
