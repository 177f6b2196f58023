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
        var session = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ).build();
        var config = TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("app", "mechgraph-console")).build();
        try (var s = driver.session(session); var tx = s.beginTransaction(config)) {
            ResultSummary explained = tx.run("EXPLAIN " + query, params).consume();
            Optional<String> refusal = PlanGuard.refusal(explained);
            if (refusal.isPresent()) {
                throw new Refused(refusal.get());
            }
            var result = tx.run(query, params);
            var mapper = new ResultMapper();
            List<Map<String, Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (result.hasNext()) {
                if (rows.size() == maxRows) {
                    truncated = true;
                    break;
                }
                rows.add(row(result.next(), mapper));
            }
            List<String> columns = result.keys();
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
