package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mechgraph.db.Database;
import org.mechgraph.db.Graph;
import org.mechgraph.imports.formats.SharedFiles;

/**
 * The full public sets import into a new data folder with the counts their rows give: Hetionet's composite (47,031
 * nodes, then 335,406 edges) and then all 33,878 CONIB statements, each file run by the packaged jar's
 * {@code import} command as the README says, the graph then opened and counted.
 *
 * <p>It takes 8 to 12 minutes on the 2-core machine while other builds run (seen: Hetionet 5 to 7.5 minutes, peak RSS
 * 7 GB with the JVM's default heap; CONIB 2 minutes; reading the files and counting the graph 1 minute), well over
 * the few minutes a CI run can spare, so it runs only when asked:
 * <pre>mvn -B verify -Dimport=full -Dit.test=FullImportIT -Dsurefire.skip=true</pre>
 * {@code -Dimport.xmx=4g} gives the child JVMs that heap instead of the default (a quarter of the machine's memory).
 * Each file's time is printed; none is judged.
 */
@EnabledIfSystemProperty(named = "import", matches = "full")
class FullImportIT {

    private static final Duration LIMIT = Duration.ofMinutes(60);
    private static final Pattern FILE_LINE = Pattern.compile("(\\S+) \\((\\w+)\\): ([\\d,]+) rows in .*");
    private static final Pattern EVIDENCE_LINE = Pattern.compile(
            " {2}evidence: ([\\d,]+) written, ([\\d,]+) already there;.*");
    private static final Pattern SKIPPED_LINE = Pattern.compile(" {2}skipped: ([\\d,]+) rows");
    private static final Pattern ENTITY_LINE = Pattern.compile(
            " {4}(\\w+) +([\\d,]+) +([\\d,]+) +([\\d,]+) +([\\d,]+) +([\\d,]+)");

    /** One file's summary as the import command prints it. */
    private record Printed(long rows, long written, long alreadyThere, long skipped, long entitiesNamed) {
        long claimRows() {
            return written + alreadyThere;
        }
    }

    @TempDir
    Path tmp;

    @Test
    void hetionetThenConibImportWithTheCountsTheirRowsGive() {
        Path nodes = SharedFiles.require("hetionet/hetionet_nodes.tsv.gz");
        Path edges = SharedFiles.require("hetionet/hetionet_composite_edges.tsv.gz");
        Path conib = SharedFiles.require("conib/conib_statements.tsv.gz");
        Path data = tmp.resolve("data");
        Path logs = Path.of(System.getProperty("basedir", ".")).resolve("target/import-full");
        Optional<String> heap = Optional.ofNullable(System.getProperty("import.xmx"));

        // What the files say, read apart from the pipeline.
        Map<String, Integer> geneNames = new HashMap<>();
        long nodeRows = DataTable.each(nodes, r -> {
            if (r.get("kind").equals("Gene")) {
                geneNames.merge(r.get("name"), 1, Integer::sum);
            }
        });
        // Every human gene carries its HGNC symbol, so two Hetionet genes with one symbol are one entity.
        long sharedSymbols = geneNames.values().stream().mapToLong(n -> n - 1).sum();
        Set<String> pmids = new HashSet<>();
        long edgeRows = DataTable.each(edges, r -> {
            for (String pmid : r.get("pubmed_ids").split("\\|")) {
                if (!pmid.isBlank() && pmid.strip().length() <= 8) {
                    pmids.add("pmid:" + pmid.strip());
                }
            }
        });
        ConibExpectation expected = ConibExpectation.of(conib);
        assertEquals(47_031, nodeRows);
        assertEquals(335_406, edgeRows);
        assertEquals(33_878, expected.rows());
        assertEquals(27_088, expected.quoteRows());
        assertEquals(5_472, expected.recordRows());
        assertEquals(1_318, expected.skippedRows());

        Map<String, Printed> hetionet = run(data, logs.resolve("hetionet.log"), heap, "hetionet", nodes, edges);
        Map<String, Printed> bel = run(data, logs.resolve("conib.log"), heap, "bel", conib);

        Printed n = hetionet.get("hetionet_nodes.tsv.gz");
        assertEquals(nodeRows, n.rows());
        assertEquals(nodeRows - sharedSymbols, n.entitiesNamed(), "created, merged and matched sum to the entities");
        Printed e = hetionet.get("hetionet_composite_edges.tsv.gz");
        assertEquals(edgeRows, e.rows());
        assertEquals(edgeRows, e.claimRows(), "every edge is a record");
        Printed c = bel.get("conib_statements.tsv.gz");
        assertEquals(expected.rows(), c.rows());
        assertEquals(expected.skippedRows(), c.skipped());
        assertEquals(expected.claimRows(), c.claimRows());

        try (Database db = ImportProcess.open(data)) {
            Graph graph = db.graph();
            assertEquals(nodeRows, count(graph, "MATCH (i:Identifier) WHERE i.id STARTS WITH 'hetionet:' "
                    + "RETURN count(i)"));
            assertEquals(nodeRows - sharedSymbols, count(graph, "MATCH (i:Identifier)-[:IDENTIFIES]->(e) "
                    + "WHERE i.id STARTS WITH 'hetionet:' RETURN count(DISTINCT e)"));
            // The corpus's 313 shipped edges are rows of the composite: the same records, not copies.
            assertEquals(edgeRows, count(graph, "MATCH ()-[k:CLAIMS {source: 'hetionet'}]->() RETURN count(k)"));
            assertEquals(pmids.size(), count(graph, "MATCH ()-[k:CLAIMS {source: 'hetionet'}]->() "
                    + "UNWIND k.references AS ref RETURN count(DISTINCT ref)"));
            assertEquals(expected.quotes(), ConibSliceIT.conibQuotes(graph));
            assertEquals(expected.recordTexts(), ConibSliceIT.conibRecords(graph));
        }
    }

    /** Runs one import command to its end and reads the summary it prints for each file. */
    private static Map<String, Printed> run(Path data, Path log, Optional<String> heap, String format,
                                            Path... files) {
        long start = System.nanoTime();
        try (ImportProcess process = ImportProcess.start(data, log, heap, format, files)) {
            assertEquals(0, process.awaitExit(LIMIT), process.tail());
            System.out.printf("FullImportIT: import --format %s of %d file(s) took %.0f s%n", format, files.length,
                    (System.nanoTime() - start) / 1e9);
            return summaries(process.lines());
        }
    }

    static Map<String, Printed> summaries(List<String> lines) {
        Map<String, Printed> out = new LinkedHashMap<>();
        String file = null;
        long[] f = new long[5];
        for (String line : lines) {
            Matcher m;
            if ((m = FILE_LINE.matcher(line)).matches()) {
                if (file != null) {
                    out.put(file, new Printed(f[0], f[1], f[2], f[3], f[4]));
                }
                file = m.group(1);
                f = new long[] {number(m.group(3)), 0, 0, 0, 0};
            } else if (file != null && (m = EVIDENCE_LINE.matcher(line)).matches()) {
                f[1] = number(m.group(1));
                f[2] = number(m.group(2));
            } else if (file != null && (m = SKIPPED_LINE.matcher(line)).matches()) {
                f[3] = number(m.group(1));
            } else if (file != null && (m = ENTITY_LINE.matcher(line)).matches()) {
                f[4] += number(m.group(2)) + number(m.group(3)) + number(m.group(4));
            }
        }
        if (file != null) {
            out.put(file, new Printed(f[0], f[1], f[2], f[3], f[4]));
        }
        return out;
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    private static long count(Graph graph, String cypher) {
        return graph.readOne(cypher, Map.of(), r -> r.get(0).asLong());
    }
}
