package org.mechgraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mechgraph.db.Graph;

/** Node and relationship counts and a digest of every label, type and property: equal only for equal graphs. */
public record GraphFingerprint(long nodes, long relationships, String digest) {

    public static GraphFingerprint of(Graph graph) {
        List<String> nodes = graph.read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", Map.of(),
                r -> r.get("l").asList().toString() + new TreeMap<>(r.get("p").asMap()));
        List<String> rels = graph.read("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS t, properties(r) AS p, coalesce(a.id, '') AS a, coalesce(b.id, '') AS b
                """, Map.of(), r -> r.get("a").asString() + "-" + r.get("t").asString() + "->"
                + r.get("b").asString() + new TreeMap<>(r.get("p").asMap()));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            nodes.stream().sorted().forEach(s -> sha.update(s.getBytes(StandardCharsets.UTF_8)));
            rels.stream().sorted().forEach(s -> sha.update(s.getBytes(StandardCharsets.UTF_8)));
            return new GraphFingerprint(nodes.size(), rels.size(), HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
