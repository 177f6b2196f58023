package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.mechgraph.db.Graph;
import org.mechgraph.support.GraphFingerprint;

/**
 * An import writes in batches that commit one by one; a row that fails only when it is written (it names an entity
 * no file has brought) must still leave nothing of the file: the batches before it are undone. With one row per
 * batch, three batches commit before the fourth fails.
 */
class ImportUndoIT {

    private static final String HEADER = "subject\tsubject_type\trelation\tobject\tobject_type\tevidence\tquote\tpaper"
            + "\tpaper_kind\tpaper_title\tpaper_year\n";

    @Test
    void aRowThatFailsWhenWrittenUndoesTheBatchesBeforeIt() {
        Graph graph = ImportDatabase.get().graph();
        GraphFingerprint before = GraphFingerprint.of(graph);
        String file = HEADER
                + "undo drug alpha\tDrug\tINCREASES\tundo receptor beta\tReceptor\tquote\tAlpha raises beta."
                + "\tpmid:990001\tjournal article\tAlpha and beta\t2020\n"
                + "undo receptor beta\tReceptor\tACTIVATES\tundo pathway gamma\tPathway\tquote\tBeta drives gamma."
                + "\tpmid:990002\tjournal article\tBeta and gamma\t2021\n"
                + "mechgraph:ketamine\t\tINHIBITS\tundo receptor beta\tReceptor\tquote\tKetamine blocks beta."
                + "\tpmid:990003\tjournal article\tKetamine and beta\t2022\n"
                + "NCBIGene:999999999\t\tINCREASES\tundo pathway gamma\tPathway\tquote\tAn unknown gene raises gamma."
                + "\tpmid:990004\tjournal article\tUnknown\t2023\n";
        List<Long> writtenWhenUndoing = new ArrayList<>();
        ImportProgress progress = onPhase(phase -> {
            if (phase.equals("undoing")) {
                writtenWhenUndoing.add(graph.readOne("""
                        MATCH (r:ImportRun) CALL (r) { MATCH ()-[k:CLAIMS]->() WHERE k.importRun = r.id
                                                       RETURN count(k) AS claims }
                        RETURN sum(claims) AS claims
                        """, Map.of(), r -> r.get("claims").asLong()));
            }
        }, done -> { });

        var importer = new Importer(graph, Duration.ofMinutes(5), 1);
        ImportException e = assertThrows(ImportException.class, () -> importer.run(
                ImportSource.of("undo.tsv", ImportDatabase.utf8(file)), "claims", Formats.named("claims").orElseThrow(),
                progress));

        assertEquals(5, e.line(), e.describe());
        assertTrue(e.describe().contains("NCBIGene:999999999") || e.describe().contains("ncbigene:999999999"),
                e.describe());
        assertEquals(List.of(3L), writtenWhenUndoing, "three batches of evidence were committed before the failure");
        assertEquals(before, GraphFingerprint.of(graph));
        long runs = graph.readOne("MATCH (r:ImportRun) RETURN count(r) AS n", Map.of(), r -> r.get("n").asLong());
        assertEquals(0, runs);
    }

    @Test
    void anImportWhoseRunAnotherStartUndidStopsInsteadOfWritingHalfAFile() {
        Graph graph = ImportDatabase.get().graph();
        GraphFingerprint before = GraphFingerprint.of(graph);
        String file = HEADER
                + "undo drug delta\tDrug\tINCREASES\tundo receptor epsilon\tReceptor\tquote\tDelta raises epsilon."
                + "\tpmid:990011\tjournal article\tDelta and epsilon\t2020\n"
                + "undo receptor epsilon\tReceptor\tACTIVATES\tundo pathway zeta\tPathway\tquote\tEpsilon drives zeta."
                + "\tpmid:990012\tjournal article\tEpsilon and zeta\t2021\n";
        // After the first batch, another mechgraph start takes the run for abandoned and undoes it.
        ImportProgress otherStart = onPhase(phase -> { }, done -> {
            if (done == 1) {
                assertEquals(1, ImportRuns.recover(graph, Duration.ZERO).size());
            }
        });

        var importer = new Importer(graph, Duration.ofMinutes(5), 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> importer.run(
                ImportSource.of("taken.tsv", ImportDatabase.utf8(file)), "claims", Formats.named("claims").orElseThrow(),
                otherStart));

        assertTrue(e.getMessage().contains("undone by another start"), e.getMessage());
        assertEquals(before, GraphFingerprint.of(graph));
    }

    /** Progress that hears phases and rows written through the two given callbacks. */
    private static ImportProgress onPhase(Consumer<String> phases, LongConsumer rows) {
        return new ImportProgress() {
            @Override
            public void phase(String file, String phase, long total) {
                phases.accept(phase);
            }

            @Override
            public void rows(long done) {
                rows.accept(done);
            }
        };
    }

    @Test
    void aRunLeftBehindIsUndoneByRecoverAndOnlyItsOwnNodesGo() {
        Graph graph = ImportDatabase.get().graph();
        GraphFingerprint before = GraphFingerprint.of(graph);
        // What a killed import leaves: its run, nodes and a relationship between existing nodes, all tagged.
        graph.write(tx -> tx.run("""
                CREATE (:ImportRun {id: 'left.tsv@x', file: 'left.tsv', format: 'claims', state: 'writing',
                                    started: datetime(), heartbeat: datetime(), batches: 1})
                CREATE (e:Entity:Drug {id: 'left-behind', name: 'left behind', importRun: 'left.tsv@x'})
                CREATE (:Identifier {id: 'mechgraph:left-behind', importRun: 'left.tsv@x'})-[:IDENTIFIES]->(e)
                WITH e
                MATCH (p:Paper {id: 'pmid:30935091'}), (k:Entity {id: 'ketamine'})
                CREATE (p)-[:CLAIMS {key: 'left-behind-claim', importRun: 'left.tsv@x'}]->(k)
                CREATE (k)-[:BINDS {id: 'ketamine|BINDS|left-behind', importRun: 'left.tsv@x'}]->(e)
                """).consume());

        List<ImportRuns.Undone> undone = ImportRuns.recover(graph, Duration.ZERO);

        assertEquals(1, undone.size(), undone.toString());
        assertEquals(2, undone.get(0).nodes(), undone.toString());
        assertEquals(3, undone.get(0).relationships(), undone.toString());
        assertEquals(before, GraphFingerprint.of(graph));
    }

    @Test
    void aServerKeepsARunThatIsStillWriting() {
        Graph graph = ImportDatabase.get().graph();
        graph.write(tx -> tx.run("""
                CREATE (:ImportRun {id: 'busy.tsv@x', file: 'busy.tsv', format: 'claims', state: 'writing',
                                    started: datetime(), heartbeat: datetime(), batches: 1})
                """).consume());
        try {
            assertEquals(List.of(), ImportRuns.recover(graph, Duration.ofMinutes(10)));
            long runs = graph.readOne("MATCH (r:ImportRun {id: 'busy.tsv@x'}) RETURN count(r) AS n", Map.of(),
                    r -> r.get("n").asLong());
            assertEquals(1, runs);
        } finally {
            graph.write(tx -> tx.run("MATCH (r:ImportRun {id: 'busy.tsv@x'}) DELETE r").consume());
        }
    }
}
