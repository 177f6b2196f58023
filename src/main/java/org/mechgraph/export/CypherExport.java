package org.mechgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mechgraph.export.Subgraph.Edge;
import org.mechgraph.export.Subgraph.Evidence;
import org.mechgraph.export.Subgraph.Node;
import org.mechgraph.export.Subgraph.Paper;

/**
 * A Cypher script that rebuilds the subgraph with its evidence in mechgraph's model: entities with the identifiers
 * merged into them, papers, effects and one CLAIMS relationship per piece of evidence, each a MERGE on its id or key,
 * so running it again changes nothing. It takes no parameters (cypher-shell and Neo4j Browser run it as it is):
 * every value is a literal, escaped by {@link #literal}, and every label and type a backtick-quoted name.
 */
public final class CypherExport {

    private CypherExport() {
    }

    public static void write(Subgraph g, Writer out) throws IOException {
        for (String line : Attribution.of(g).lines()) {
            out.write("// " + line.replaceAll("[\r\n]+", " ") + "\n");
        }
        out.write("// Rebuilds this subgraph with its evidence; every write is a MERGE, so running it again "
                + "changes nothing.\n");
        out.write("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n");
        out.write("CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;\n");
        out.write("CREATE CONSTRAINT identifier_id IF NOT EXISTS FOR (i:Identifier) REQUIRE i.id IS UNIQUE;\n");
        out.write("CREATE INDEX claims_effect IF NOT EXISTS FOR ()-[k:CLAIMS]-() ON (k.effect);\n\n");
        for (Node n : g.nodes()) {
            out.write("MERGE (n:Entity {id: " + literal(n.id()) + "})"
                    + (n.type() == null ? "" : " SET n:" + name(n.type())) + " SET n += " + map(nodeProps(n)) + ";\n");
            if (!n.identifiers().isEmpty()) {
                // An identifier names one entity: one that already names another is left as it is.
                out.write("MATCH (n:Entity {id: " + literal(n.id()) + "}) UNWIND " + value(n.identifiers())
                        + " AS id MERGE (i:Identifier {id: id}) WITH n, i"
                        + " WHERE NOT EXISTS { MATCH (i)-[:IDENTIFIES]->(other) WHERE other <> n }"
                        + " MERGE (i)-[:IDENTIFIES]->(n);\n");
            }
        }
        for (Paper p : g.papers()) {
            out.write("MERGE (p:Paper {id: " + literal(p.id()) + "}) SET p += " + map(paperProps(p)) + ";\n");
        }
        for (Edge e : g.edges()) {
            out.write("MATCH (a:Entity {id: " + literal(e.subject()) + "}), (b:Entity {id: " + literal(e.object())
                    + "}) MERGE (a)-[e:" + name(e.type()) + " {id: " + literal(e.id()) + "}]->(b) SET e += "
                    + map(effectProps(e)) + ";\n");
            for (Evidence ev : e.evidence()) {
                out.write("MATCH (p:Paper {id: " + literal(ev.paperId()) + "}), (a:Entity {id: "
                        + literal(e.subject()) + "}) MERGE (p)-[k:CLAIMS {key: " + literal(ev.key())
                        + "}]->(a) SET k += " + map(claimProps(e, ev)) + ";\n");
                if (ev.reports() != null) {
                    out.write("MATCH (s:Paper {id: " + literal(ev.paperId()) + "}), (w:Paper {id: "
                            + literal(ev.reports()) + "}) MERGE (s)-[:CITES]->(w);\n");
                }
            }
        }
    }

    private static Map<String, Object> nodeProps(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", n.name());
        m.put("synonyms", n.synonyms());
        List<String> names = new ArrayList<>();
        if (n.name() != null) {
            names.add(n.name().toLowerCase());
        }
        n.synonyms().forEach(s -> names.add(s.toLowerCase()));
        m.put("names", names);
        m.put("category", n.category());
        m.put("description", n.description());
        m.putAll(n.xrefs());
        return m;
    }

    private static Map<String, Object> paperProps(Paper p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind());
        m.put("title", p.title());
        m.put("authors", p.authors().isEmpty() ? null : p.authors());
        m.put("year", p.year());
        m.put("date", p.date());
        m.put("venue", p.venue());
        m.put("site", p.site());
        m.put("url", p.url());
        m.put("doi", p.doi());
        m.put("pmid", p.pmid());
        m.put("note", p.note());
        return m;
    }

    private static Map<String, Object> effectProps(Edge e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("polarity", e.polarity());
        m.put("evidenceCount", e.evidenceCount());
        m.put("sourceCount", e.sourceCount());
        return m;
    }

    private static Map<String, Object> claimProps(Edge e, Evidence ev) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("effect", e.id());
        m.put("rel", e.type());
        m.put("object", e.object());
        m.put("evidence", ev.kind());
        m.put("quote", ev.quote());
        m.put("record", ev.record());
        m.put("reports", ev.reports());
        m.put("references", ev.references().isEmpty() ? null : ev.references());
        m.put("source", ev.source());
        m.put("license", ev.license());
        m.put("species", ev.species());
        m.put("note", ev.note());
        return m;
    }

    /** A map literal of the non-null values; keys are this class's own property names. */
    static String map(Map<String, Object> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> {
            if (v != null) {
                parts.add(name(k) + ": " + value(v));
            }
        });
        return "{" + String.join(", ", parts) + "}";
    }

    static String value(Object v) {
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(CypherExport::value).toList()) + "]";
        }
        return literal(v.toString());
    }

    /** A single-quoted Cypher string: backslash, quote and control characters escaped, lone surrogates dropped. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        continue;
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('\'').toString();
    }

    /** A label, type or key as a backtick-quoted name (a backtick inside is doubled). */
    static String name(String s) {
        return "`" + s.replace("`", "``") + "`";
    }
}
