package org.mechgraph.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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
 * An in-process Neo4j whose only door is its Bolt connector on loopback, locked with a password. mechgraph talks to it
 * through the driver, exactly as it talks to an external server, so both modes share one code path; Neo4j Browser or
 * cypher-shell attach to the same port with the same login.
 *
 * <p>Loopback alone is not a lock: any web page the user opens can reach {@code 127.0.0.1}, and Neo4j's Bolt port
 * accepts WebSocket connections from every origin. Hence the password, generated per data folder (see
 * {@link BoltPassword}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    /**
     * Memory the database may use. A server shares its heap with the API, so one transaction is bounded and a query
     * that would exhaust the heap fails alone; a one-off import writes 10,000-row batches and may use the heap it was
     * given.
     *
     * @param offHeapTransactionState keep a transaction's changes outside the heap until it commits
     */
    public record Limits(long transactionBytes, long allTransactionsBytes, long pageCacheBytes,
                         boolean offHeapTransactionState) {
        public static final Limits SERVER = new Limits(256L << 20, 768L << 20, 128L << 20, false);
        /**
         * No transaction memory bound (0), a page cache that holds a large graph's working set, and transactions'
         * changes off the heap: kept on it, even in 10,000-row batches, Hetionet's nodes took 222 s to import with
         * a 1 GB heap instead of 24 s, most of it collecting garbage.
         */
        public static final Limits IMPORT = new Limits(0, 0, 512L << 20, true);
    }

    private final DatabaseManagementService service;
    private final String boltUri;
    private final BoltCredentials credentials;

    private EmbeddedNeo4j(DatabaseManagementService service, String boltUri, BoltCredentials credentials) {
        this.service = service;
        this.boltUri = boltUri;
        this.credentials = credentials;
    }

    /**
     * Starts Neo4j with its files under {@code home}; data there survives a restart.
     *
     * @param boltPort the loopback port for Bolt; 0 picks a free one
     * @throws StartupException when it cannot start, saying why in one line
     */
    public static EmbeddedNeo4j start(Path home, int boltPort) {
        return start(home, boltPort, GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /** As {@link #start(Path, int)}, with the user database named {@code database}. */
    public static EmbeddedNeo4j start(Path home, int boltPort, String database) {
        return start(home, boltPort, database, Limits.SERVER);
    }

    /** As {@link #start(Path, int, String)}, with memory limits for the work at hand. */
    public static EmbeddedNeo4j start(Path home, int boltPort, String database, Limits limits) {
        return start(home, boltPort, database, limits, Optional.empty());
    }

    /**
     * As {@link #start(Path, int, String, Limits)}; a home where Neo4j has never written gets {@code seed} as its
     * database first (see {@link StoreSnapshot}).
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, String database, Limits limits,
                                      Optional<StoreSnapshot> seed) {
        // Neo4j refuses a home like /x/./data, which the default ./data becomes when made absolute.
        Path dir = home.toAbsolutePath().normalize();
        DataFolder.prepare(dir);
        seed.ifPresent(snapshot -> snapshot.restoreInto(dir, database));
        BoltPassword password = BoltPassword.readOrCreate(dir);
        if (!Neo4jUser.created(dir)) {
            Neo4jUser.setInitialPassword(dir, password.value());
        } else if (password.created()) {
            lockExistingStore(dir, database, password);
        }
        DatabaseManagementService service = build(dir, boltPort, database, true, limits);
        try {
            Neo4jUser.keepPassword(service, password.value());
            StartFailures.requireOpen(service, database, dir);
            var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            var port = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            return new EmbeddedNeo4j(service, "bolt://" + LOOPBACK + ":" + port.getPort(),
                    new BoltCredentials(Neo4jUser.NAME, password.value(), password.file()));
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    /**
     * An existing store with a new password file: made before Bolt had a password, so its {@code neo4j} user still has
     * Neo4j's default one, which anyone can guess (or its file was deleted to get a new password). The new password is
     * set in a start with Bolt closed, so the port never opens on the old one. If that start fails, the new file goes
     * too, so the next start does this again.
     */
    private static void lockExistingStore(Path dir, String database, BoltPassword password) {
        try {
            DatabaseManagementService closed = build(dir, 0, database, false, Limits.SERVER);
            try {
                Neo4jUser.setPassword(closed, password.value());
            } finally {
                closed.shutdown();
            }
        } catch (RuntimeException e) {
            password.discard();
            throw e;
        }
    }

    private static DatabaseManagementService build(Path dir, int boltPort, String database, boolean bolt,
                                                   Limits limits) {
        var builder = new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, bolt)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // A web page can also send wrong passwords; with Neo4j's default lock-out (3 tries, then 5 s) it
                // could keep mechgraph's own driver out. The password is 32 random characters: guessing it fails
                // without a lock-out.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, limits.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Neo4j sizes each new transaction log to 256 MB up front: disk a corpus of a few MB never fills,
                // written again for every log, and the build's store snapshot (SeedStore) would carry it.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // No usage report to neo4j.com from a tool that works offline on a user's own data.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.initial_default_database, database)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
                // Timeouts are enforced when the monitor looks (every 2 s by default): a path query's budget of a
                // few hundred milliseconds needs it to look more often.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(50))
                // The database shares this process's heap: a query that would exhaust it fails alone instead.
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, limits.transactionBytes())
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, limits.allTransactionsBytes());
        if (limits.offHeapTransactionState()) {
            builder.setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
                    GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP)
                    .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, 0L); // 0: no bound but RAM
        }
        if (bolt && boltPort != 0) {
            // neo4j:// routing hands clients the advertised address, so it must name the port really in use.
            builder.setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort));
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw StartFailures.explain(dir, boltPort, e);
        }
    }

    /** The Bolt URI clients use, e.g. {@code bolt://127.0.0.1:7687}. */
    public String boltUri() {
        return boltUri;
    }

    /** The login for {@link #boltUri()}. */
    public BoltCredentials credentials() {
        return credentials;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
