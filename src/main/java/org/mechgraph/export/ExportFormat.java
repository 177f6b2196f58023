package org.mechgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Every export format: its name in {@code format=}, file name ending, content type and writer. */
public enum ExportFormat {
    JSON("json", ".json", "application/json", false, text(JsonExport::write)),
    CSV("csv", "-csv.zip", "application/zip", false, ZipExport::csv),
    CSV_NODES("csv-nodes", "-nodes.csv", "text/csv; charset=utf-8; header=present", false,
            text((g, w) -> CsvExport.writeNodes(g, w, true))),
    CSV_EDGES("csv-edges", "-edges.csv", "text/csv; charset=utf-8; header=present", false,
            text((g, w) -> CsvExport.writeEdges(g, w, true))),
    GRAPHML("graphml", ".graphml", "application/graphml+xml; charset=utf-8", false, text(GraphmlExport::write)),
    KGX("kgx", "-kgx.zip", "application/zip", false, ZipExport::kgx),
    KGX_NODES("kgx-nodes", "_nodes.tsv", "text/tab-separated-values; charset=utf-8", false,
            text(KgxExport::writeNodesTsv)),
    KGX_EDGES("kgx-edges", "_edges.tsv", "text/tab-separated-values; charset=utf-8", false,
            text(KgxExport::writeEdgesTsv)),
    KGX_NODES_JSONL("kgx-nodes-jsonl", "_nodes.jsonl", "application/x-ndjson; charset=utf-8", false,
            text(KgxExport::writeNodesJsonl)),
    KGX_EDGES_JSONL("kgx-edges-jsonl", "_edges.jsonl", "application/x-ndjson; charset=utf-8", false,
            text(KgxExport::writeEdgesJsonl)),
    CYPHER("cypher", ".cypher", "text/plain; charset=utf-8", false, text(CypherExport::write)),
    BIBTEX("bibtex", ".bib", "application/x-bibtex; charset=utf-8", true, text(BibtexExport::write)),
    RIS("ris", ".ris", "application/x-research-info-systems; charset=utf-8", true, text(RisExport::write)),
    CSL_JSON("csl-json", ".csl.json", "application/vnd.citationstyles.csl+json; charset=utf-8", true,
            text(CslJsonExport::write));

    /** Writes a subgraph onto a stream. */
    @FunctionalInterface
    public interface Body {
        void write(Subgraph g, OutputStream out) throws IOException;
    }

    /** Writes a subgraph as text. */
    @FunctionalInterface
    public interface TextBody {
        void write(Subgraph g, Writer out) throws IOException;
    }

    private final String id;
    private final String ending;
    private final String contentType;
    private final boolean references;
    private final Body body;

    ExportFormat(String id, String ending, String contentType, boolean references, Body body) {
        this.id = id;
        this.ending = ending;
        this.contentType = contentType;
        this.references = references;
        this.body = body;
    }

    public static Optional<ExportFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.id).toList());
    }

    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name for a subgraph named by {@code base} ("mechgraph-ketamine-to-bdnf-2026-11-24"). */
    public String fileName(String base) {
        return base + (references ? "-references" : "") + ending;
    }

    public void write(Subgraph g, OutputStream out) throws IOException {
        body.write(g, out);
    }

    private static Body text(TextBody body) {
        return (g, out) -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.write(g, w);
            w.flush();
        };
    }
}
