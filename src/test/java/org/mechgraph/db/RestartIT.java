package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mechgraph.Config;
import org.mechgraph.load.CorpusLoader;
import org.mechgraph.support.GraphFingerprint;
import org.mechgraph.support.TestDatabase;

class RestartIT {

    @Test
    void theDefaultRelativeDataFolderWorks() throws java.io.IOException {
        // The default MECHGRAPH_DATA_DIR is ./data: relative, with a dot segment.
        java.nio.file.Path relative = java.nio.file.Path.of(".", "target", "relative-data-" + System.nanoTime());
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(relative, 0)) {
            assertTrue(server.boltUri().startsWith("bolt://127.0.0.1:"));
        }
        assertTrue(java.nio.file.Files.isDirectory(relative.resolve("data")), "the store lives in the folder given");
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossARestart() {
        Config config = TestDatabase.config("restart");
        GraphFingerprint before;
        try (Database db = Database.open(config)) {
            var loader = new CorpusLoader(db.graph());
            assertTrue(loader.needsLoad(), "a new data folder needs the corpus");
            loader.load();
            before = GraphFingerprint.of(db.graph());
        }
        try (Database db = Database.open(config)) {
            assertFalse(new CorpusLoader(db.graph()).needsLoad(), "no reload is needed");
            assertEquals(before, GraphFingerprint.of(db.graph()));
        }
    }
}
