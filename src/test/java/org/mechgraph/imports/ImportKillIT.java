package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mechgraph.imports.formats.SharedFiles;
import org.mechgraph.support.GraphFingerprint;

/**
 * {@code kill -9} in the middle of an import leaves the graph exactly as it was before that import: a file is one
 * transaction, and Neo4j's recovery discards a transaction that never committed.
 *
 * <p>A child JVM first imports the corpus and Hetionet's 47,031 nodes to the end; the graph's fingerprint (counts and
 * a digest of every property, index and constraint) is taken. A second child imports the nodes again and then the
 * 335,406 edges, and is killed with SIGKILL as soon as its progress shows edges being written: after the first
 * batches and long before the commit, which starts only after every row is written and every figure summed up. The
 * test then checks, from the log, that the commit had not begun, and that the reopened graph has the same
 * fingerprint. It takes minutes (about 4 on a busy 2-core machine); every wait is bounded generously, none is judged.
 */
class ImportKillIT {

    private static final String EDGES = "hetionet/hetionet_composite_edges.tsv.gz";
    private static final Pattern WRITING_EDGES = Pattern.compile(
            "hetionet_composite_edges\\.tsv\\.gz: writing (\\d+)/(\\d+) rows.*");
    private static final Duration LIMIT = Duration.ofMinutes(30);
    private static final Optional<String> HEAP = Optional.of("2g");

    @TempDir
    Path tmp;

    @Test
    void aKillWhileTheEdgesAreWrittenLeavesTheGraphAsItWas() {
        Path nodes = SharedFiles.require("hetionet/hetionet_nodes.tsv.gz");
        Path edges = SharedFiles.require(EDGES);
        Path data = tmp.resolve("data");
        Path logs = Path.of(System.getProperty("basedir", ".")).resolve("target/import-kill");

        try (ImportProcess first = ImportProcess.start(data, logs.resolve("nodes.log"), HEAP, "hetionet", nodes)) {
            assertEquals(0, first.awaitExit(LIMIT), first.tail());
        }
        GraphFingerprint before = ImportProcess.fingerprint(data);
        assertTrue(before.nodes() > 47_031, before.toString());

        try (ImportProcess second = ImportProcess.start(data, logs.resolve("nodes-and-edges.log"), HEAP, "hetionet",
                nodes, edges)) {
            String progress = second.awaitLine(line -> {
                Matcher m = WRITING_EDGES.matcher(line);
                return m.matches() && Long.parseLong(m.group(1)) < Long.parseLong(m.group(2));
            }, LIMIT);
            second.kill();
            assertTrue(second.lines().stream().noneMatch(l -> l.startsWith("hetionet_composite_edges.tsv.gz: "
                    + "committing")), "killed at \"" + progress + "\", before the commit began\n" + second.tail());
        }

        assertEquals(before, ImportProcess.fingerprint(data));
    }
}
