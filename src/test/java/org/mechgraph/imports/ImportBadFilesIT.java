package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mechgraph.db.Graph;
import org.mechgraph.imports.claims.ClaimsFormat;
import org.mechgraph.support.GraphFingerprint;

/**
 * Each kind of bad file is refused with its file, line and field, and nothing of it is written: the graph's counts
 * and content digest are the same afterwards. The command line says so in one line and exits with 1.
 */
class ImportBadFilesIT {

    private static Graph graph;

    @TempDir
    Path tmp;

    @BeforeAll
    static void database() {
        graph = ImportDatabase.get().graph();
    }

    static java.util.List<BadFiles> badFiles() {
        return BadFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithFileLineAndFieldAndChangesNothing(BadFiles bad) {
        GraphFingerprint before = GraphFingerprint.of(graph);
        var importer = new Importer(graph, Duration.ofMinutes(2));
        var e = assertThrows(ImportException.class, () -> importer.run(ImportSource.of(bad.name(), bad.bytes()),
                "claims", new ClaimsFormat(), ImportProgress.NONE));
        assertEquals(bad.name(), e.file());
        if (bad.line() >= 0) {
            assertEquals(bad.line(), e.line(), e.describe());
        } else {
            assertTrue(e.line() > 1, "the line the gzip stream stopped at: " + e.describe());
        }
        assertEquals(bad.field(), e.field(), e.describe());
        assertTrue(e.getMessage().contains(bad.message()), e.describe());
        assertEquals(before, GraphFingerprint.of(graph));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void theImportCommandNamesTheBadFileAndExitsWithOne(BadFiles bad) throws Exception {
        GraphFingerprint before = GraphFingerprint.of(graph);
        Path file = Files.write(tmp.resolve(bad.name()), bad.bytes());
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(graph, new ImportCommand.Request("claims", java.util.List.of(file)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        assertEquals(1, exit);
        String said = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("mechgraph: "))
                .findFirst().orElseThrow(() -> new AssertionError("no message in: " + err));
        assertTrue(said.startsWith("mechgraph: " + bad.name() + " line "), said);
        assertTrue(said.contains(bad.message()), said);
        assertTrue(said.endsWith("nothing of " + bad.name() + " was imported"), said);
        assertEquals(before, GraphFingerprint.of(graph));
    }
}
