package org.mechgraph;

import io.javalin.Javalin;
import org.mechgraph.db.Database;
import org.mechgraph.load.CorpusLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts mechgraph: opens the one database connection (embedded unless NEO4J_URI is set), loads the corpus into an
 * empty database, and serves the API. {@code load} as first argument loads (again, idempotently) and exits.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.from(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            System.err.println("mechgraph: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean loadOnly = args.length > 0 && args[0].equals("load");
        Database db = Database.open(config);
        LOG.info("graph database ({}) ready at {}", db.mode().name().toLowerCase(), db.uri());
        Javalin app;
        try {
            var loader = new CorpusLoader(db.graph(), config.sharedData());
            if (loadOnly || loader.isEmpty()) {
                loader.load();
            }
            if (loadOnly) {
                db.close();
                return;
            }
            app = App.create(db, config).start();
        } catch (RuntimeException e) {
            // Release the store lock and the port before saying why.
            db.close();
            LOG.error("mechgraph could not start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }, "mechgraph-shutdown"));
        LOG.info("mechgraph serving http://{}:{}/  (Bolt for Neo4j Browser / cypher-shell: {})",
                config.httpHost(), app.port(), db.uri());
    }
}
