package org.mechgraph.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One claim taken from a public record set, in the shape the graph stores: subject, effect, object, and the papers
 * that back it with the excerpt each one contributes.
 */
public record RecordClaim(Term subject, String rel, Term object, Map<String, Object> props, List<Citation> citations) {

    public RecordClaim {
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one citation: " + subject.id() + " " + rel);
        }
    }

    /**
     * An entity named by a record. {@code key}/{@code value} say how it merges with what is already in the graph
     * (an external id such as {@code ncbiGene}, or the stable {@code id}).
     */
    public record Term(String key, String value, String id, String name, String label, String category,
                       String description) {

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", key);
            m.put("value", value);
            m.put("id", id);
            m.put("name", name);
            m.put("label", label);
            m.put("category", category);
            m.put("description", description);
            return m;
        }
    }

    /** A paper (by its properties) and the excerpt it contributes; {@code source} names the record set. */
    public record Citation(Map<String, Object> paper, String quote, String note, String species, String source) {

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("paper", paper);
            m.put("quote", quote);
            m.put("note", note);
            m.put("species", species);
            m.put("source", source);
            return m;
        }
    }

    public Map<String, Object> toMap(String polarity) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", subject.toMap());
        m.put("rel", rel);
        m.put("polarity", polarity);
        m.put("object", object.toMap());
        m.put("props", props);
        m.put("citations", citations.stream().map(Citation::toMap).toList());
        return m;
    }
}
