package org.mechgraph.db;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mechgraph.Config;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

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

    /** Starts the embedded server unless {@code NEO4J_URI} names one, then connects and verifies the connection. */
    public static Database open(Config config) {
        if (config.neo4jUri().isPresent()) {
            String uri = config.neo4jUri().get();
            AuthToken auth = config.neo4jPassword().isEmpty()
                    ? AuthTokens.none()
                    : AuthTokens.basic(config.neo4jUser(), config.neo4jPassword());
            return connect(Mode.EXTERNAL, uri, auth, config.database(), Optional.empty());
        }
        EmbeddedNeo4j server = EmbeddedNeo4j.start(config.dataDir(), config.boltPort(), config.database());
        try {
            return connect(Mode.EMBEDDED, server.boltUri(), server.credentials().authToken(), config.database(),
                    Optional.of(server));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Database connect(Mode mode, String uri, AuthToken auth, String database,
                                    Optional<EmbeddedNeo4j> embedded) {
        Driver driver = GraphDatabase.driver(uri, auth, org.neo4j.driver.Config.builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                // A reader waits seconds, not the default half-minute of retries, before hearing the graph is down.
                .withMaxTransactionRetryTime(5, TimeUnit.SECONDS)
                .build());
        try {
            driver.verifyConnectivity();
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
