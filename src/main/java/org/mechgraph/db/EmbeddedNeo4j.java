package org.mechgraph.db;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j whose only door is its Bolt connector on loopback. mechgraph talks to it through the driver,
 * exactly as it talks to an external server, so both modes share one code path; Neo4j Browser or cypher-shell can
 * attach to the same port.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService service;
    private final String boltUri;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltUri) {
        this.service = service;
        this.boltUri = boltUri;
    }

    /**
     * Starts Neo4j with its files under {@code home}; data there survives a restart.
     *
     * @param boltPort the loopback port for Bolt; 0 picks a free one
     */
    public static EmbeddedNeo4j start(Path home, int boltPort) {
        return start(home, boltPort, GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /** As {@link #start(Path, int)}, with the user database named {@code database}. */
    public static EmbeddedNeo4j start(Path home, int boltPort, String database) {
        // Neo4j refuses a home like /x/./data, which the default ./data becomes when made absolute.
        var builder = new DatabaseManagementServiceBuilder(home.toAbsolutePath().normalize())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Loopback only, so no password; an exposed deployment uses an external server with auth.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.initial_default_database, database)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
                // The database shares this process's heap: a query that would exhaust it fails alone instead.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 256L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 768L * 1024 * 1024);
        if (boltPort != 0) {
            // neo4j:// routing hands clients the advertised address, so it must name the port really in use.
            builder.setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort));
        }
        DatabaseManagementService service = builder.build();
        try {
            var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            var port = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            return new EmbeddedNeo4j(service, "bolt://" + LOOPBACK + ":" + port.getPort());
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    /** The Bolt URI clients use, e.g. {@code bolt://127.0.0.1:7687}. */
    public String boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
