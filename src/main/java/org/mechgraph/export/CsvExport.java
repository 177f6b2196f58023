package org.mechgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.mechgraph.export.Subgraph.Edge;
import org.mechgraph.export.Subgraph.Evidence;
import org.mechgraph.export.Subgraph.Node;

/**
 * Nodes and edges as two CSV tables (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted,
 * quotes doubled, CRLF line ends). A standalone file starts with {@code #} comment lines that say what it holds and
 * the sources and licences of its evidence; the copies in a zip leave them out and carry them in a README instead.
 * Each edge row also names its record sets and licences, so they stay with rows copied elsewhere.
 */
public final class CsvExport {

    static final List<String> NODE_COLUMNS = List.of("id", "name", "type", "category", "description", "synonyms",
            "chebi", "drugbank", "mesh", "hgnc", "uniprot", "ncbiGene", "go", "identifiers");
    static final List<String> EDGE_COLUMNS = List.of("id", "source", "target", "type", "polarity", "evidenceCount",
            "sourceCount", "evidenceKinds", "sources", "licenses", "papers");

    private CsvExport() {
    }

    public static void writeNodes(Subgraph g, Writer out, boolean comments) throws IOException {
        header(g, out, comments, NODE_COLUMNS);
        for (Node n : g.nodes()) {
            List<String> row = new ArrayList<>(List.of(n.id(), str(n.name()), str(n.type()), str(n.category()),
                    str(n.description()), String.join("; ", n.synonyms())));
            SubgraphService.XREFS.forEach(x -> row.add(str(n.xrefs().get(x))));
            row.add(String.join("; ", n.identifiers()));
            line(out, row);
        }
    }

    public static void writeEdges(Subgraph g, Writer out, boolean comments) throws IOException {
        header(g, out, comments, EDGE_COLUMNS);
        for (Edge e : g.edges()) {
            line(out, List.of(e.id(), e.subject(), e.object(), e.type(), str(e.polarity()),
                    String.valueOf(e.evidenceCount()), String.valueOf(e.sourceCount()),
                    e.distinct(Evidence::kind), e.distinct(Evidence::source), e.distinct(Evidence::license),
                    String.join("; ", e.evidence().stream().flatMap(ev -> ev.papers().stream()).distinct().toList())));
        }
    }

    private static void header(Subgraph g, Writer out, boolean comments, List<String> columns) throws IOException {
        if (comments) {
            for (String l : Attribution.of(g).lines()) {
                out.write("# " + l.replaceAll("[\r\n]+", " ") + "\r\n");
            }
        }
        line(out, columns);
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        List<String> cells = new ArrayList<>();
        for (String f : fields) {
            cells.add(field(f));
        }
        out.write(String.join(",", cells));
        out.write("\r\n");
    }

    /**
     * One field, quoted when needed. A text that a spreadsheet would run as a formula (starting with =, +, -, @)
     * is prefixed with an apostrophe, as spreadsheets themselves mark text.
     */
    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                || v.startsWith("#") || !v.equals(v.strip());
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
