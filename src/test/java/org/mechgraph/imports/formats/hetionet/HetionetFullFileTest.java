package org.mechgraph.imports.formats.hetionet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.formats.SharedFiles;

/** The full Hetionet composite reads without error; prints rows per second (a measure, not a timed test). */
class HetionetFullFileTest {

    @Test
    void all47031NodesAreEntities() {
        Map<String, Long> labels = new TreeMap<>();
        long start = System.nanoTime();
        long n = SharedFiles.read(new HetionetFormat(), "hetionet/hetionet_nodes.tsv.gz",
                row -> labels.merge(((ImportRow.Entity) row).entity().label(), 1L, Long::sum));
        report("Hetionet nodes", n, start);
        labels.forEach((k, v) -> System.out.printf("  %,7d  %s%n", v, k));
        assertEquals(47_031, n);
    }

    @Test
    void all335406EdgesAreRecordsOfHetionet() {
        Map<String, Long> types = new TreeMap<>();
        long[] references = new long[1];
        long start = System.nanoTime();
        long n = SharedFiles.read(new HetionetFormat(), "hetionet/hetionet_composite_edges.tsv.gz", row -> {
            ImportRow.Claim c = (ImportRow.Claim) row;
            types.merge(c.relation(), 1L, Long::sum);
            if (!c.references().isEmpty()) {
                references[0]++;
            }
        });
        report("Hetionet edges", n, start);
        types.forEach((k, v) -> System.out.printf("  %,7d  %s%n", v, k));
        System.out.printf("  %,7d  with PubMed references%n", references[0]);
        assertEquals(335_406, n);
        assertEquals(10_282 + 95_704, references[0]); // the README of ../shared/data counts these
    }

    static void report(String what, long rows, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %,d rows in %.2f s (%,.0f rows/s)%n", what, rows, seconds, rows / seconds);
    }
}
