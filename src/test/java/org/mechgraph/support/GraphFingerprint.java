package org.mechgraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mechgraph.db.Graph;

/**
 * Node and relationship counts and a digest of every label, type, property, index and constraint: equal only for
 * equal graphs with equal schemas.
 */
public record GraphFingerprint(long nodes, long relationships, String digest) {

    public static GraphFingerprint of(Graph graph) {
        List<String> nodes = graph.read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", Map.of(),
                r -> r.get("l").asList().toString() + new TreeMap<>(r.get("p").asMap()));
        List<String> rels = graph.read("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS t, properties(r) AS p, coalesce(a.id, '') AS a, coalesce(b.id, '') AS b
                """, Map.of(), r -> r.get("a").asString() + "-" + r.get("t").asString() + "->"
                + r.get("b").asString() + new TreeMap<>(r.get("p").asMap()));
        List<String> schema = graph.read("SHOW INDEXES YIELD name, state RETURN name + ':' + state AS s", Map.of(),
                r -> r.get("s").asString());
        List<String> constraints = graph.read("SHOW CONSTRAINTS YIELD name RETURN name AS s", Map.of(),
                r -> r.get("s").asString());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            nodes.stream().sorted().forEach(s -> sha.update(s.getBytes(StandardCharsets.UTF_8)));
            rels.stream().sorted().forEach(s -> sha.update(s.getBytes(StandardCharsets.UTF_8)));
            schema.stream().sorted().forEach(s -> sha.update(s.getBytes(StandardCharsets.UTF_8)));
            constraints.stream().sorted().forEach(s -> sha.update(s.getBytes(StandardCharsets.UTF_8)));
            return new GraphFingerprint(nodes.size(), rels.size(), HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
