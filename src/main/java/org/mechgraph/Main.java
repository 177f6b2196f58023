package org.mechgraph;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import org.mechgraph.db.BoltCredentials;
import org.mechgraph.db.Database;
import org.mechgraph.db.StartupException;
import org.mechgraph.load.CorpusLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts mechgraph: opens the one database connection (embedded unless NEO4J_URI is set), loads the corpus into an
 * empty database, and serves the API. {@code load} as first argument loads (again, idempotently) and exits.
 *
 * <p>Exit codes: 2 for a configuration mistake, 1 when it cannot start for another reason a person can fix (a data
 * folder in use or unwritable, a port taken, a server out of reach); either way one line on stderr says what to do.
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
            fail(2, e.getMessage());
            return;
        }
        boolean loadOnly = args.length > 0 && args[0].equals("load");
        Database db;
        try {
            db = Database.open(config);
        } catch (StartupException e) {
            fail(1, e.getMessage());
            return;
        }
        LOG.info("graph database ({}) ready at {}", db.mode().name().toLowerCase(), db.uri());
        Javalin app;
        try {
            var loader = new CorpusLoader(db.graph(), config.sharedData());
            if (loadOnly || loader.needsLoad()) {
                loader.load();
            }
            if (loadOnly) {
                db.close();
                return;
            }
            app = App.create(db, config).start();
        } catch (JavalinBindException e) {
            db.close();
            fail(1, "the HTTP port " + config.httpPort() + " on " + config.httpHost() + " is in use (another"
                    + " mechgraph?); stop that one, or set MECHGRAPH_HTTP_PORT to a free port (0 picks one)");
            return;
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
        LOG.info("mechgraph serving http://{}:{}/", config.httpHost(), app.port());
        db.embeddedCredentials().ifPresent(login -> LOG.info(attachHint(db.uri(), login)));
    }

    /**
     * How to attach cypher-shell or Neo4j Browser to the embedded database: the URI, the user and where the password
     * is, not the password itself, which would then live on in terminal scroll-back and log files.
     */
    static String attachHint(String boltUri, BoltCredentials login) {
        String file = login.passwordFile().toString();
        String quoted = "'" + file.replace("'", "'\\''") + "'";
        return "attach cypher-shell or Neo4j Browser at " + boltUri + " as user " + login.user()
                + " with the password in " + file + ":  cypher-shell -a " + boltUri + " -u " + login.user()
                + " -p \"$(cat " + quoted + ")\"";
    }

    private static void fail(int status, String message) {
        System.err.println("mechgraph: " + message);
        System.exit(status);
    }
}
