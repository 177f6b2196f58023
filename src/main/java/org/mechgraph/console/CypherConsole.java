package org.mechgraph.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a power user's Cypher, read-only by construction: Neo4j's own parser reads it and only allowed clauses,
 * functions and bounded expressions pass ({@link CypherGate}), then the planner's verdict ({@link PlanGuard}), and the query runs in a read-access session whose transaction the database
 * itself stops at the timeout. At most {@code maxRows} rows are read; the rest is never fetched.
 */
public final class CypherConsole {

    /** What a console query answers. */
    public record Answer(List<String> columns, List<Map<String, Object>> rows, Map<String, Object> graph,
                         Summary summary, boolean truncated) {
    }

    public record Summary(String queryType, long timeMs, int rows) {
    }

    /** A query the console will not run, and why. */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason);
        }
    }

    /**
     * The database refused the query. {@code lineShift}/{@code offsetShift} say how far the positions in its message
     * lie past the user's text (the {@code EXPLAIN} line the console puts in front).
     */
    public static final class Failed extends RuntimeException {
        private final Neo4jException error;
        private final int lineShift;
        private final int offsetShift;

        Failed(Neo4jException error, int lineShift, int offsetShift) {
            super(error.getMessage(), error);
            this.error = error;
            this.lineShift = lineShift;
            this.offsetShift = offsetShift;
        }

        public Neo4jException error() {
            return error;
        }

        public int lineShift() {
            return lineShift;
        }

        public int offsetShift() {
            return offsetShift;
        }
    }

    /** The console already runs as many queries as it may; the client should retry shortly. */
    public static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message, null, false, false);
        }
    }

    /** The query is not Cypher; positions are in the user's text. */
    public static final class Invalid extends RuntimeException {
        private final CypherGate.Invalid where;

        Invalid(CypherGate.Invalid where) {
            super(where.message(), null, false, false);
            this.where = where;
        }

        public CypherGate.Invalid where() {
            return where;
        }
    }

    // On a line of its own, so columns in error messages are the user's; only lines and offsets shift.
    private static final String EXPLAIN = "EXPLAIN\n";
    /** How long a console query waits for one of the console's connections before hearing "busy". */
    private static final long WAIT_MS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(CypherConsole.class);

    private final Driver driver;
    private final String database;
    private final Duration timeout;
    private final int maxRows;
    private final Semaphore permits;
    private final int concurrency;

    /**
     * @param concurrency console queries that may run at once: the console holds at most this many of the driver's
     *                    connections, so however many console requests arrive, the API keeps the rest
     */
    public CypherConsole(Driver driver, String database, Duration timeout, int maxRows, int concurrency) {
        this.driver = driver;
        this.database = database;
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.concurrency = concurrency;
        this.permits = new Semaphore(concurrency, true);
    }

    public Duration timeout() {
        return timeout;
    }

    public Answer run(String query, Map<String, Object> params) {
        CypherGate.Verdict verdict = CypherGate.check(query, params);
        if (verdict instanceof CypherGate.Refuse refuse) {
            throw new Refused(refuse.reason());
        }
        if (verdict instanceof CypherGate.Invalid invalid) {
            throw new Invalid(invalid);
        }
        String text = ((CypherGate.Pass) verdict).text();
        try {
            if (!permits.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new Busy("the console is running " + concurrency + " queries already; retry in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("the server is stopping");
        }
        try {
            return execute(text, params);
        } finally {
            permits.release();
        }
    }

    private Answer execute(String query, Map<String, Object> params) {
        long start = System.nanoTime();
        // Fetch one row past the cap, so the rest is never pulled from the database.
        var sessionConfig = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ)
                .withFetchSize(maxRows + 1L).build();
        var config = TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("app", "mechgraph-console")).build();
        Session session = driver.session(sessionConfig);
        Transaction tx = null;
        try {
            tx = session.beginTransaction(config);
            ResultSummary explained;
            try {
                explained = tx.run(EXPLAIN + query, params).consume();
            } catch (Neo4jException e) {
                throw new Failed(e, 1, EXPLAIN.length());
            }
            Optional<String> refusal = PlanGuard.refusal(explained);
            if (refusal.isPresent()) {
                throw new Refused(refusal.get());
            }
            var mapper = new ResultMapper();
            List<Map<String, Object>> rows = new ArrayList<>();
            boolean truncated = false;
            List<String> columns;
            try {
                var result = tx.run(query, params);
                while (result.hasNext()) {
                    if (rows.size() == maxRows || mapper.full()) {
                        truncated = true;
                        break;
                    }
                    rows.add(row(result.next(), mapper));
                }
                columns = result.keys();
            } catch (Neo4jException e) {
                throw new Failed(e, 0, 0);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new Answer(columns, rows, mapper.graph(),
                    new Summary(explained.queryType().name(), ms, rows.size()), truncated || mapper.cut());
        } catch (Neo4jException e) {
            throw new Failed(e, 0, 0);
        } finally {
            // Rolling back a read discards whatever was not fetched, so the database stops the work. The answer is
            // complete by now: a transaction that timed out meanwhile fails its rollback, which changes nothing.
            quietly(tx);
            quietly(session);
        }
    }

    private static void quietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            LOG.debug("closing a console transaction: {}", e.getMessage());
        }
    }

    private static Map<String, Object> row(Record record, ResultMapper mapper) {
        Map<String, Object> row = new LinkedHashMap<>();
        record.keys().forEach(k -> row.put(k, mapper.map(record.get(k))));
        return row;
    }
}
