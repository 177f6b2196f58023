package org.mechgraph.model;

import org.neo4j.driver.Value;

/**
 * An entity as answers name it: id, display name and type (its label other than Entity). Queries return it as the
 * map {@code {id, name, type}}.
 */
public record NodeRef(String id, String name, String type) {

    public static NodeRef of(Value v) {
        return new NodeRef(v.get("id").asString(), v.get("name").asString(null), v.get("type").asString(null));
    }
}
