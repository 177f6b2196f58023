package org.mechgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mechgraph.export.Subgraph.Edge;
import org.mechgraph.export.Subgraph.Evidence;
import org.mechgraph.export.Subgraph.Node;
import org.mechgraph.export.Subgraph.Paper;

/**
 * The subgraph in the Biolink KGX interchange format: a nodes file ({@code id, category, name, description,
 * synonym, xref, provided_by}) and an edges file with one edge per piece of evidence ({@code id, subject, predicate,
 * object}, the causal qualifiers that carry the sign, {@code publications} (a quote's source first; a report's
 * reporting source, then the reported work; a database record's references only, its database being the
 * {@code primary_knowledge_source}), {@code supporting_text} (quotes and reports only: a record has no sentence), a
 * record's words as its {@code description}, the knowledge sources and {@code license}), each as TSV or as JSON
 * lines. A node's id is its first external id as a CURIE; its mechgraph id and every other id it is known by stay
 * among its xrefs. The {@code mechgraph_*} columns keep what Biolink has no slot for (the kind of evidence, species
 * as written, the curator's note, the context), so mechgraph reads its own file back whole.
 *
 * <p>TSV cannot hold every value: a tab or line break in a value becomes a space, a {@code |} inside a value (which
 * would read as a list) becomes {@code ¦}, and a cell that starts with a double quote is quoted; the JSON lines keep
 * every value exactly.
 */
public final class KgxExport {

    public static final List<String> NODE_COLUMNS = List.of("id", "category", "name", "description", "synonym",
            "xref", "provided_by");
    public static final List<String> EDGE_COLUMNS = List.of("id", "subject", "predicate", "object",
            "qualified_predicate", "object_aspect_qualifier", "object_direction_qualifier", "original_predicate",
            "publications", "supporting_text", "primary_knowledge_source", "aggregator_knowledge_source",
            "knowledge_level", "agent_type", "species_context_qualifier", "description", "mechgraph_evidence",
            "mechgraph_species", "mechgraph_note", "mechgraph_context", "license");

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private KgxExport() {
    }

    public static void writeNodesTsv(Subgraph g, Writer out) throws IOException {
        tsv(out, NODE_COLUMNS, nodeRows(g));
    }

    public static void writeEdgesTsv(Subgraph g, Writer out) throws IOException {
        tsv(out, EDGE_COLUMNS, edgeRows(g));
    }

    public static void writeNodesJsonl(Subgraph g, Writer out) throws IOException {
        jsonl(out, nodeRows(g));
    }

    public static void writeEdgesJsonl(Subgraph g, Writer out) throws IOException {
        jsonl(out, edgeRows(g));
    }

    /** One map per node, keyed by {@link #NODE_COLUMNS}; list values stay lists. */
    public static List<Map<String, Object>> nodeRows(Subgraph g) {
        Map<String, String> ids = curieIds(g);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node n : g.nodes()) {
            String id = ids.get(n.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("category", List.of(Biolink.category(n.type())));
            row.put("name", n.name());
            row.put("description", n.description());
            row.put("synonym", n.synonyms());
            row.put("xref", Biolink.xrefs(n).stream().filter(c -> !c.equals(id)).toList());
            row.put("provided_by", List.of("infores:mechgraph"));
            rows.add(row);
        }
        return rows;
    }

    /** One map per piece of evidence, keyed by {@link #EDGE_COLUMNS}; list values stay lists. */
    public static List<Map<String, Object>> edgeRows(Subgraph g) {
        Map<String, String> ids = curieIds(g);
        Map<String, Paper> papers = g.papersById();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Edge e : g.edges()) {
            Biolink.Predicate p = Biolink.predicate(e.type());
            for (Evidence ev : e.evidence()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", "mechgraph:" + ev.key());
                row.put("subject", ids.get(e.subject()));
                row.put("predicate", p.predicate());
                row.put("object", ids.get(e.object()));
                row.put("qualified_predicate", p.qualifiedPredicate());
                row.put("object_aspect_qualifier", p.aspect());
                row.put("object_direction_qualifier", p.direction());
                row.put("original_predicate", "mechgraph:" + e.type());
                row.put("publications", publications(ev).stream()
                        .map(id -> Biolink.publication(papers.get(id), id)).distinct().toList());
                row.put("supporting_text", ev.kind().equals("record") || ev.quote() == null ? List.of()
                        : List.of(ev.quote()));
                String primary = Biolink.infores(ev.source());
                row.put("primary_knowledge_source", primary);
                row.put("aggregator_knowledge_source",
                        primary.equals("infores:mechgraph") ? List.of() : List.of("infores:mechgraph"));
                row.put("knowledge_level", "knowledge_assertion");
                // A curated quote was read by a person; a database row says nothing of how it was made.
                row.put("agent_type", ev.kind().equals("record") || ev.source().startsWith("kgx:")
                        ? "not_provided" : "manual_agent");
                row.put("species_context_qualifier", Biolink.taxa(ev.species()));
                row.put("description", ev.record());
                row.put("mechgraph_evidence", ev.kind());
                row.put("mechgraph_species", ev.species());
                row.put("mechgraph_note", ev.note());
                row.put("mechgraph_context", ev.context());
                row.put("license", ev.license());
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The works a piece of evidence rests on: a record's references (the database it comes from is its
     * {@code primary_knowledge_source}, not a publication); a quote's source, and for a report also the work reported.
     */
    static List<String> publications(Evidence ev) {
        return ev.kind().equals("record") ? ev.references() : ev.papers();
    }

    /** Each node's KGX id: its first external id not already taken by another node, else its mechgraph id. */
    static Map<String, String> curieIds(Subgraph g) {
        Map<String, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Node n : g.nodes()) {
            String id = Biolink.curies(n).stream().filter(c -> !taken.contains(c)).findFirst()
                    .orElse(Biolink.MECHGRAPH + n.id());
            taken.add(id);
            ids.put(n.id(), id);
        }
        return ids;
    }

    private static void tsv(Writer out, List<String> columns, List<Map<String, Object>> rows) throws IOException {
        out.write(String.join("\t", columns));
        out.write('\n');
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(cell(row.get(c)));
            }
            out.write(String.join("\t", cells));
            out.write('\n');
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return quoted(String.join("|", list.stream().map(v -> flat(v.toString()).replace('|', '\u00a6')).toList()));
        }
        // A single value too: KGX readers (mechgraph's among them) split any cell on |.
        return quoted(flat(value.toString()).replace('|', '\u00a6'));
    }

    /**
     * A cell that starts with a double quote is written in quotes, its quotes doubled: KGX's own TSV reader (pandas)
     * and mechgraph's take a cell that starts with one for a quoted cell, so a note such as {@code "one theory"; …}
     * would otherwise not read back.
     */
    private static String quoted(String cell) {
        return cell.startsWith("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static String flat(String s) {
        return s.replaceAll("[\t\r\n]+", " ");
    }

    private static void jsonl(Writer out, List<Map<String, Object>> rows) throws IOException {
        for (Map<String, Object> row : rows) {
            Map<String, Object> present = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
                    present.put(k, v);
                }
            });
            out.write(JSON.writeValueAsString(present));
            out.write('\n');
        }
    }
}
