package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mechgraph.db.Database;
import org.mechgraph.imports.formats.SharedFiles;
import org.mechgraph.support.GraphFingerprint;

/**
 * {@code kill -9} in the middle of an import leaves the graph as it was before that import, once mechgraph starts
 * again: the batches that had committed carry the import's run, and the start undoes a run that never finished.
 *
 * <p>A child JVM first imports the README's example claims file; the graph's fingerprint (counts and a digest of
 * every property, index and constraint) is taken. A second child imports all of CONIB (33,878 rows, four batches) and
 * is killed with SIGKILL as soon as its progress shows a batch written and committed. The test checks that the
 * killed import did leave batches in the store (so the kill is a real test), then a third child imports the example
 * file again, which changes nothing of its own: its start must undo the killed import, and the graph's fingerprint
 * must be the first one again. It takes one to two minutes; every wait is bounded generously, none is judged.
 */
class ImportKillIT {

    private static final Path EXAMPLE = Path.of("docs/claims-example.tsv");
    private static final Pattern WRITING = Pattern.compile(
            "conib_statements\\.tsv\\.gz: writing ([0-9,]+)/([0-9,]+) rows.*");
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final Optional<String> HEAP = Optional.of("1g");

    @TempDir
    Path tmp;

    @Test
    void aKillMidImportIsUndoneByTheNextStart() {
        Path conib = SharedFiles.require("conib/conib_statements.tsv.gz");
        Path data = tmp.resolve("data");
        Path logs = Path.of(System.getProperty("basedir", ".")).resolve("target/import-kill");

        try (ImportProcess first = ImportProcess.start(data, logs.resolve("example.log"), HEAP, "claims", EXAMPLE)) {
            assertEquals(0, first.awaitExit(LIMIT), first.tail());
        }
        GraphFingerprint before = ImportProcess.fingerprint(data);

        try (ImportProcess second = ImportProcess.start(data, logs.resolve("conib.log"), HEAP, "bel", conib)) {
            String progress = second.awaitLine(line -> {
                Matcher m = WRITING.matcher(line);
                return m.matches() && number(m.group(1)) > 0 && number(m.group(1)) < number(m.group(2));
            }, LIMIT);
            second.kill();
            assertTrue(second.lines().stream().noneMatch(l -> l.contains("conib_statements.tsv.gz: committing")),
                    "killed at \"" + progress + "\", before the last transaction began\n" + second.tail());
        }

        try (Database db = ImportProcess.open(data)) {
            var left = db.graph().readOne("""
                    MATCH (r:ImportRun)
                    CALL (r) { MATCH (n) WHERE n.importRun = r.id RETURN count(n) AS nodes }
                    RETURN count(r) AS runs, sum(nodes) AS nodes, collect(r.file) AS files
                    """, Map.of(), r -> r.asMap());
            assertEquals(1L, left.get("runs"), left.toString());
            assertTrue((Long) left.get("nodes") > 0, "the killed import left no batch to undo: " + left);
        }

        try (ImportProcess third = ImportProcess.start(data, logs.resolve("example-again.log"), HEAP, "claims",
                EXAMPLE)) {
            assertEquals(0, third.awaitExit(LIMIT), third.tail());
            assertTrue(third.lines().stream().anyMatch(l -> l.contains("undid the unfinished import of "
                    + "conib_statements.tsv.gz")), third.tail());
        }
        assertEquals(before, ImportProcess.fingerprint(data));
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
