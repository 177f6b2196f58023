package org.mechgraph.imports;

import java.util.List;

/**
 * An entity as a row names it: every identifier known for it (the first is its primary one), and the label and name
 * it gets if no entity with any of those identifiers exists yet.
 */
public record EntityRef(List<ExternalId> ids, String label, String name) {

    public EntityRef {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an entity needs at least one identifier");
        }
        ids = List.copyOf(ids);
    }
}
