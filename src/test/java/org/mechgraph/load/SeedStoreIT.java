package org.mechgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mechgraph.Config;
import org.mechgraph.db.Database;
import org.mechgraph.db.EmbeddedNeo4j;
import org.mechgraph.support.GraphFingerprint;
import org.mechgraph.support.TestDatabase;

/** A new data folder starts with the store the build loaded: the graph a load writes, with nothing left to load. */
class SeedStoreIT {

    @Test
    void aNewDataFolderStartsWithTheGraphALoadWritesUnderAnyDatabaseName() throws IOException {
        var seed = SeedStore.shipped();
        assumeTrue(seed.isPresent(), "the jar was built with -Dseed.skip");
        GraphFingerprint loaded;
        try (Database db = Database.open(TestDatabase.config("seed-loaded"))) {
            new CorpusLoader(db.graph()).load();
            loaded = GraphFingerprint.of(db.graph());
        }
        Config seeded = Config.from(Map.of("MECHGRAPH_DATA_DIR", Files.createTempDirectory("mechgraph-seeded")
                .toString(), "MECHGRAPH_BOLT_PORT", "0", "MECHGRAPH_HTTP_PORT", "0", "NEO4J_DATABASE", "seeded"),
                new String[0]);
        try (Database db = Database.open(seeded, EmbeddedNeo4j.Limits.SERVER, seed)) {
            assertFalse(new CorpusLoader(db.graph()).needsLoad(), "the corpus is there");
            assertEquals(loaded, GraphFingerprint.of(db.graph()));
        }
        // A folder Neo4j has written is its own: a restart, seed or not, keeps what is there.
        try (Database db = Database.open(seeded, EmbeddedNeo4j.Limits.SERVER, seed)) {
            assertEquals(loaded, GraphFingerprint.of(db.graph()));
        }
        try (Database db = Database.open(seeded, EmbeddedNeo4j.Limits.SERVER, Optional.empty())) {
            assertEquals(loaded, GraphFingerprint.of(db.graph()));
        }
    }
}
