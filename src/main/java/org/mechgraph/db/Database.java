package org.mechgraph.db;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mechgraph.Config;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The database mechgraph uses, embedded or external, behind one driver. Closing it closes the driver and stops the
 * embedded server if this process started one.
 */
public final class Database implements AutoCloseable {

    /** Where the graph lives: {@code embedded} (started by this process) or {@code external}. */
    public enum Mode { EMBEDDED, EXTERNAL }

    private final Mode mode;
    private final String uri;
    private final Driver driver;
    private final Graph graph;
    private final Optional<EmbeddedNeo4j> embedded;

    private Database(Mode mode, String uri, Driver driver, String database, Optional<EmbeddedNeo4j> embedded) {
        this.mode = mode;
        this.uri = uri;
        this.driver = driver;
        this.graph = new Graph(driver, database);
        this.embedded = embedded;
    }

    /**
     * Starts the embedded server unless {@code NEO4J_URI} names one, then connects and verifies the connection.
     *
     * @throws StartupException when the database cannot be started or reached, saying why in one line
     */
    public static Database open(Config config) {
        return open(config, EmbeddedNeo4j.Limits.SERVER);
    }

    /** As {@link #open(Config)}, with the embedded database's memory limits for the work at hand. */
    public static Database open(Config config, EmbeddedNeo4j.Limits limits) {
        return open(config, limits, Optional.empty());
    }

    /**
     * As {@link #open(Config, EmbeddedNeo4j.Limits)}; an embedded database in a new data folder starts from
     * {@code seed} (an external server is left as it is).
     */
    public static Database open(Config config, EmbeddedNeo4j.Limits limits, Optional<StoreSnapshot> seed) {
        if (config.neo4jUri().isPresent()) {
            String uri = config.neo4jUri().get();
            AuthToken auth = config.neo4jPassword().isEmpty()
                    ? AuthTokens.none()
                    : AuthTokens.basic(config.neo4jUser(), config.neo4jPassword());
            return connect(Mode.EXTERNAL, uri, auth, config.database(), Optional.empty(), config.neo4jUser());
        }
        EmbeddedNeo4j server = EmbeddedNeo4j.start(config.dataDir(), config.boltPort(), config.database(), limits,
                seed);
        try {
            return connect(Mode.EMBEDDED, server.boltUri(), server.credentials().authToken(), config.database(),
                    Optional.of(server), server.credentials().user());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @SuppressWarnings("deprecation") // Logging: its replacement, System.Logger, is the one that formats eagerly
    private static Database connect(Mode mode, String uri, AuthToken auth, String database,
                                    Optional<EmbeddedNeo4j> embedded, String user) {
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, org.neo4j.driver.Config.builder()
                    .withConnectionTimeout(5, TimeUnit.SECONDS)
                    .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                    // A reader waits seconds, not the default half-minute of retries, to hear the graph is down.
                    .withMaxTransactionRetryTime(5, TimeUnit.SECONDS)
                    // The driver's default logger (System.Logger) formats every debug line before asking whether
                    // debug is on, and it logs every message it sends, parameters and all: a 10,000-row import
                    // batch became a string of megabytes per statement (13% of an import's CPU, most of its
                    // garbage). SLF4J's asks first, and puts the driver's lines in the app's log format.
                    .withLogging(Logging.slf4j())
                    .build());
        } catch (IllegalArgumentException e) {
            throw new StartupException("NEO4J_URI '" + uri + "' is not a Neo4j address ("
                    + StartupException.rootMessage(e) + "); use bolt://host:7687, neo4j://host:7687 or neo4j+s://host",
                    e);
        }
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new StartupException(mode == Mode.EMBEDDED
                    ? "the embedded Neo4j refused the password in " + embedded.get().credentials().passwordFile()
                            + "; delete that file and start again to set a new one"
                    : "the Neo4j server at " + uri + " refused the login of user '" + user + "' ("
                            + StartupException.rootMessage(e) + "); check NEO4J_USER and NEO4J_PASSWORD", e);
        } catch (ServiceUnavailableException | SecurityException e) {
            driver.close();
            throw new StartupException("cannot reach the Neo4j server at " + uri + " ("
                    + StartupException.rootMessage(e) + "); check NEO4J_URI and that the server is running", e);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        return new Database(mode, uri, driver, database, embedded);
    }

    public Mode mode() {
        return mode;
    }

    public String uri() {
        return uri;
    }

    public Graph graph() {
        return graph;
    }

    /** The login for the embedded Bolt port, for attaching native tools; empty for an external server. */
    public Optional<BoltCredentials> embeddedCredentials() {
        return embedded.map(EmbeddedNeo4j::credentials);
    }

    @Override
    public void close() {
        driver.close();
        embedded.ifPresent(EmbeddedNeo4j::close);
    }
}
