package org.mechgraph.db;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseNotFoundException;
import org.neo4j.io.locker.FileLockException;

/**
 * Turns the ways the embedded Neo4j fails to start into one line that says what is wrong and what to do. Neo4j reports
 * them as a chain of lifecycle exceptions several levels deep, with the reason at the bottom.
 */
final class StartFailures {

    private StartFailures() {
    }

    /** Why Neo4j in {@code home} did not start, for a person to act on. */
    static StartupException explain(Path home, int boltPort, RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FileLockException
                    || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
                return new StartupException("the data folder " + home + " is in use by another mechgraph (or Neo4j);"
                        + " stop that one, or set MECHGRAPH_DATA_DIR to another folder", failure, true);
            }
            if (t instanceof PortBindException) {
                return new StartupException("the Bolt port " + boltPort + " on 127.0.0.1 is in use (another mechgraph"
                        + " or Neo4j?); stop that one, or set MECHGRAPH_BOLT_PORT to a free port (0 picks one)",
                        failure);
            }
            if (t instanceof FileSystemException fs) {
                return new StartupException("Neo4j cannot use " + fs.getFile() + " in the data folder ("
                        + StartupException.rootMessage(fs) + "); make " + home + " writable for this user, or set"
                        + " MECHGRAPH_DATA_DIR to another folder", failure);
            }
        }
        return new StartupException("the embedded Neo4j in " + home + " did not start ("
                + StartupException.rootMessage(failure) + "); if its files are damaged, move the folder aside and"
                + " start again (a new one is made and the corpus loaded); details in " + debugLog(home), failure);
    }

    /**
     * Fails unless the user database opened. Neo4j starts even when it cannot open a database (a damaged store, say):
     * the server runs and every query would fail, so this is checked once, here, instead.
     */
    static void requireOpen(DatabaseManagementService service, String database, Path home) {
        try {
            service.database(database).executeTransactionally("RETURN 1");
        } catch (DatabaseNotFoundException e) {
            throw new StartupException("the data folder " + home + " has no database '" + database + "' (it was made"
                    + " with another NEO4J_DATABASE); set NEO4J_DATABASE to that name, or MECHGRAPH_DATA_DIR to another"
                    + " folder", e);
        } catch (RuntimeException e) {
            throw new StartupException("the graph store in " + home + " cannot be opened ("
                    + StartupException.rootMessage(e) + "); if its files are damaged, move the folder aside and start"
                    + " again (a new store is made and the corpus loaded), or restore a copy; details in "
                    + debugLog(home), e);
        }
    }

    private static Path debugLog(Path home) {
        return home.resolve("logs").resolve("debug.log");
    }
}
