package org.mechgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Several files of one export in a zip, with a README.txt that says what each file is and where the evidence comes
 * from and under which licence: the CSV tables, or the KGX files.
 */
public final class ZipExport {

    /** Writes one file of the bundle. */
    @FunctionalInterface
    interface Part {
        void write(Subgraph g, Writer out) throws IOException;
    }

    private ZipExport() {
    }

    public static void csv(Subgraph g, OutputStream out) throws IOException {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("nodes.csv", (s, w) -> CsvExport.writeNodes(s, w, false));
        parts.put("edges.csv", (s, w) -> CsvExport.writeEdges(s, w, false));
        zip(g, out, parts, List.of("nodes.csv  entities: id, name, type, category, description, synonyms, external ids",
                "edges.csv  effects: id, source, target, type, polarity, evidence and source counts, evidence kinds, "
                        + "record sets, licences, papers"));
    }

    public static void kgx(Subgraph g, OutputStream out) throws IOException {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("nodes.tsv", KgxExport::writeNodesTsv);
        parts.put("edges.tsv", KgxExport::writeEdgesTsv);
        parts.put("nodes.jsonl", KgxExport::writeNodesJsonl);
        parts.put("edges.jsonl", KgxExport::writeEdgesJsonl);
        zip(g, out, parts, List.of("nodes.tsv, nodes.jsonl  Biolink KGX nodes (TSV and JSON lines)",
                "edges.tsv, edges.jsonl  Biolink KGX edges, one per piece of evidence (TSV and JSON lines; the JSON "
                        + "lines keep tabs, line breaks and | inside values, which the TSV replaces)"));
    }

    private static void zip(Subgraph g, OutputStream out, Map<String, Part> parts, List<String> contents)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            List<String> readme = new ArrayList<>(Attribution.of(g).lines());
            readme.add("");
            readme.add("Files:");
            contents.forEach(c -> readme.add("  " + c));
            entry(zip, "README.txt", (s, w) -> w.write(String.join("\n", readme) + "\n"), g);
            for (var part : parts.entrySet()) {
                entry(zip, part.getKey(), part.getValue(), g);
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, Part part, Subgraph g) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        part.write(g, w);
        w.flush();
        zip.closeEntry();
    }
}
