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
        var loader = new CorpusLoader(db.graph(), config.sharedData());
        if (loadOnly) {
            loader.load();
            db.close();
            return;
        }
        if (loader.isEmpty()) {
            loader.load();
        }
        Javalin app = App.create(db, config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            db.close();
        }, "mechgraph-shutdown"));
        app.start();
        LOG.info("mechgraph serving http://{}:{}/  (Bolt for Neo4j Browser / cypher-shell: {})",
                config.httpHost(), app.port(), db.uri());
    }
}
