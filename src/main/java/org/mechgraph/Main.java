package org.mechgraph;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.time.Duration;
import org.mechgraph.db.BoltCredentials;
import org.mechgraph.db.Database;
import org.mechgraph.db.EmbeddedNeo4j;
import org.mechgraph.db.StartupException;
import org.mechgraph.imports.ImportCommand;
import org.mechgraph.imports.ImportRuns;
import org.mechgraph.load.CorpusLoader;
import org.mechgraph.load.SeedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts mechgraph: opens the one database connection (embedded unless NEO4J_URI is set; a new embedded one starts
 * with the corpus the build loaded, {@link SeedStore}), loads the corpus into a database that lacks it, and serves
 * the API. {@code load} as first argument loads (again, idempotently) and exits.
 *
 * <p>Exit codes: 2 for a configuration mistake, 1 when it cannot start for another reason a person can fix (a data
 * folder in use or unwritable, a port taken, a server out of reach); either way one line on stderr says what to do.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    /** An import into a database server that has written nothing for this long is taken as abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

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
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(importFiles(config, args));
            return;
        }
        boolean loadOnly = args.length > 0 && args[0].equals("load");
        Database db;
        try {
            db = Database.open(config, EmbeddedNeo4j.Limits.SERVER, SeedStore.shipped());
        } catch (StartupException e) {
            fail(1, e.getMessage());
            return;
        }
        LOG.info("graph database ({}) ready at {}", db.mode().name().toLowerCase(), db.uri());
        Javalin app;
        try {
            undoUnfinishedImports(db);
            var loader = new CorpusLoader(db.graph());
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
     * {@code import --format F FILE…}: opens the database the configuration names (the embedded one with room for a
     * file-sized transaction, on a free Bolt port), loads the curated corpus first into a new database (as a first
     * start would), and imports the files. Answers the exit code.
     */
    private static int importFiles(Config config, String[] args) {
        ImportCommand.Request request;
        try {
            request = ImportCommand.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("mechgraph: " + e.getMessage());
            return 2;
        }
        Database db;
        try {
            db = Database.open(config.withBoltPort(0), EmbeddedNeo4j.Limits.IMPORT, SeedStore.shipped());
        } catch (StartupException e) {
            System.err.println("mechgraph: " + (e.folderInUse() ? folderInUse(config, request) : e.getMessage()));
            return 1;
        }
        try {
            undoUnfinishedImports(db);
            var loader = new CorpusLoader(db.graph());
            if (loader.needsLoad()) {
                loader.load();
            } else {
                loader.ensureSchema();
            }
            return ImportCommand.run(db.graph(), request, System.out, System.err, System.console() != null);
        } finally {
            db.close();
        }
    }

    /**
     * Undoes the imports a kill, a crash or a lost database left unfinished. No other process writes to the embedded
     * database, so every unfinished run there is abandoned; a server may be importing for another mechgraph, so
     * there only runs that wrote nothing for {@link #ABANDONED_AFTER} are.
     */
    static void undoUnfinishedImports(Database db) {
        Duration quiet = db.mode() == Database.Mode.EMBEDDED ? Duration.ZERO : ABANDONED_AFTER;
        for (ImportRuns.Undone undone : ImportRuns.recover(db.graph(), quiet)) {
            LOG.warn("undid the unfinished import of {} ({}): deleted {} nodes and {} relationships it had written",
                    undone.file(), undone.run(), undone.nodes(), undone.relationships());
        }
    }

    /** The data folder is held by a running server: say so, and how to import through it instead. */
    static String folderInUse(Config config, ImportCommand.Request request) {
        String file = request.files().get(0).toString();
        return "the data folder " + config.dataDir().toAbsolutePath().normalize() + " is in use by a running"
                + " mechgraph; stop it and run the import again, or import through its API (with"
                + " MECHGRAPH_IMPORT_TOKEN set on the server): curl -H \"Authorization: Bearer $MECHGRAPH_IMPORT_TOKEN\""
                + " --data-binary @" + file + " 'http://" + config.httpHost() + ":" + config.httpPort()
                + "/api/import?format=" + request.format() + "&name=" + request.files().get(0).getFileName() + "'";
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
