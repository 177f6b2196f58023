package org.mechgraph.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.mechgraph.Config;
import org.mechgraph.db.Database;
import org.mechgraph.load.CorpusLoader;
import org.mechgraph.support.TestDatabase;

/**
 * The import tests' own database: the curated corpus in a new embedded Neo4j, shared by the import ITs, apart from
 * the run's shared database so the other ITs keep reading the corpus exactly as it ships.
 */
final class ImportDatabase {

    private static Database db;
    private static Config config;

    private ImportDatabase() {
    }

    static synchronized Database get() {
        if (db == null) {
            config = TestDatabase.config("imports");
            db = Database.open(config);
            new CorpusLoader(db.graph()).load();
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        }
        return db;
    }

    static synchronized Config config() {
        get();
        return config;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] bytes) {
        try {
            var out = new ByteArrayOutputStream();
            try (var gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
