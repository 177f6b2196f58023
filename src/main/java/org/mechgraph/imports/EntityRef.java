package org.mechgraph.imports;

import java.util.List;

/**
 * An entity as a row names it: every identifier known for it (the first is its primary one), and the label and name
 * it gets if no entity with any of those identifiers exists yet.
 */
public record EntityRef(List<ExternalId> ids, String label, String name) {

    /** The labels an entity may have (see the README's graph model). */
    public static final java.util.Set<String> LABELS = java.util.Set.of("Drug", "Receptor", "Pathway", "Outcome");

    public EntityRef {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an entity needs at least one identifier");
        }
        ids = List.copyOf(ids);
    }
}
