package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mechgraph.db.Graph;
import org.mechgraph.imports.formats.hetionet.HetionetFormat;
import org.mechgraph.support.GraphFingerprint;

/**
 * The Hetionet excerpt the corpus ships ({@code excerpts/hetionet/ketamine-nodes.tsv} and {@code ketamine-edges.tsv}, loaded
 * with the corpus through the import pipeline) imported again as files changes nothing: every node is found by its
 * ids, every edge's record by its key.
 */
class HetionetReimportIT {

    @Test
    void importingTheShippedExcerptIntoTheCorpusChangesNothing() {
        Graph graph = ImportDatabase.get().graph();
        Importer importer = new Importer(graph, Duration.ofMinutes(5));
        GraphFingerprint before = GraphFingerprint.of(graph);

        ImportSummary nodes = importer.run(ImportSource.resource("excerpts/hetionet/ketamine-nodes.tsv"), "hetionet",
                new HetionetFormat(), ImportProgress.NONE);
        ImportSummary edges = importer.run(ImportSource.resource("excerpts/hetionet/ketamine-edges.tsv"), "hetionet",
                new HetionetFormat(), ImportProgress.NONE);

        assertEquals(146, nodes.entityRows());
        assertTrue(nodes.entities().values().stream().allMatch(c -> c.created() == 0 && c.merged() == 0),
                nodes.entities().toString());
        assertEquals(313, edges.claimRows());
        assertEquals(0, edges.claimsWritten());
        assertEquals(313, edges.claimsAlreadyPresent());
        assertEquals(0, edges.papersCreated());
        assertTrue(edges.effectsCreated().isEmpty(), edges.effectsCreated().toString());
        assertEquals(before, GraphFingerprint.of(graph));
    }
}
