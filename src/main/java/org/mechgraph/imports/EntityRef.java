package org.mechgraph.imports;

import java.util.List;

/**
 * An entity as a row names it: every identifier known for it (the first is its primary one), and the label and name
 * it gets if no entity with any of those identifiers exists yet.
 */
public record EntityRef(List<ExternalId> ids, String label, String name) {

    /**
     * The labels an entity may have: the curated corpus's four and those imports add (see the README's graph model;
     * {@code formats.Labels} maps them to Biolink categories).
     */
    public static final java.util.Set<String> LABELS = java.util.Set.of("Drug", "Receptor", "Pathway", "Outcome",
            "Gene", "Chemical", "Complex", "BiologicalProcess", "Disease", "Phenotype", "Anatomy");

    /** The labels, sorted and comma-separated, for messages. */
    public static String labels() {
        return String.join(", ", LABELS.stream().sorted().toList());
    }

    public EntityRef {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an entity needs at least one identifier");
        }
        ids = List.copyOf(ids);
    }
}
