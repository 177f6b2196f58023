package org.mechgraph.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs a power user's Cypher, read-only by construction: the words are checked ({@link ReadOnlyGuard}), then the
 * planner's verdict ({@link PlanGuard}), and the query runs in a read-access session whose transaction the database
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

    // On a line of its own, so columns in error messages are the user's; only lines and offsets shift.
    private static final String EXPLAIN = "EXPLAIN\n";

    private final Driver driver;
    private final String database;
    private final Duration timeout;
    private final int maxRows;

    public CypherConsole(Driver driver, String database, Duration timeout, int maxRows) {
        this.driver = driver;
        this.database = database;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    public Duration timeout() {
        return timeout;
    }

    public Answer run(String query, Map<String, Object> params) {
        ReadOnlyGuard.refusal(query).ifPresent(reason -> {
            throw new Refused(reason);
        });
        long start = System.nanoTime();
        // Fetch one row past the cap, so the rest is never pulled from the database.
        var session = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ)
                .withFetchSize(maxRows + 1L).build();
        var config = TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("app", "mechgraph-console")).build();
        try (var s = driver.session(session); var tx = s.beginTransaction(config)) {
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
            // Rolling back a read discards whatever was not fetched, so the database stops the work.
            tx.rollback();
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new Answer(columns, rows, mapper.graph(),
                    new Summary(explained.queryType().name(), ms, rows.size()), truncated);
        }
    }

    private static Map<String, Object> row(Record record, ResultMapper mapper) {
        Map<String, Object> row = new LinkedHashMap<>();
        record.keys().forEach(k -> row.put(k, mapper.map(record.get(k))));
        return row;
    }
}
