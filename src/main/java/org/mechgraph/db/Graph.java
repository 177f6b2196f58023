package org.mechgraph.db;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The one way mechgraph runs Cypher: parameterised queries through the process's single {@link Driver}, against one
 * named database. Reads are routed to readers, so a cluster spreads them.
 */
public final class Graph {

    private final Driver driver;
    private final String database;

    public Graph(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Runs a read query and maps each record. */
    public <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
        return read(cypher, params, mapper, QueryConfig.builder());
    }

    /**
     * As {@link #read(String, Map, Function)}, stopped by the database after {@code timeout}; a stopped query
     * throws, and {@link #timedOut(Neo4jException)} recognises it.
     */
    public <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> mapper, Duration timeout) {
        return read(cypher, params, mapper, QueryConfig.builder().withTimeout(timeout));
    }

    private <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> mapper,
                             QueryConfig.Builder config) {
        return driver.executableQuery(cypher)
                .withParameters(params)
                .withConfig(config.withDatabase(database).withRouting(RoutingControl.READ).build())
                .execute()
                .records().stream().map(mapper).toList();
    }

    /** Whether the database stopped a query because its time ran out (or it was terminated). */
    public static boolean timedOut(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return e instanceof TransactionTerminatedException
                || code.contains("TransactionTimedOut") || code.endsWith(".Terminated");
    }

    /** Runs a read query that answers one record. */
    public <T> T readOne(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
        List<T> rows = read(cypher, params, mapper);
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one row, got " + rows.size());
        }
        return rows.get(0);
    }

    /** Runs one statement in its own transaction (schema commands need that). */
    public void run(String cypher) {
        driver.executableQuery(cypher)
                .withConfig(QueryConfig.builder().withDatabase(database).withRouting(RoutingControl.WRITE).build())
                .execute();
    }

    /** Runs work in one write transaction: all of it commits, or none of it. */
    public <T> T write(TransactionCallback<T> work) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeWrite(work);
        }
    }

    /**
     * As {@link #write(TransactionCallback)}, for long work such as the corpus load: the database stops the
     * transaction after {@code timeout} instead of its default.
     */
    public <T> T write(TransactionCallback<T> work, Duration timeout) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeWrite(work, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /**
     * Runs long work such as an import in one write transaction, all of it or none, once: a retry would do all of it
     * again, and what long work fails on (running out of memory, its timeout) would fail it again. The database
     * stops the transaction after {@code timeout} instead of its default.
     */
    public <T> T writeOnce(Function<SimpleQueryRunner, T> work, Duration timeout) {
        try (var session = driver.session(SessionConfig.forDatabase(database));
             var tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
            T result = work.apply(tx);
            tx.commit();
            return result;
        }
    }

    /**
     * Runs one statement that commits in batches of its own ({@code CALL … IN TRANSACTIONS}), which only an
     * implicit transaction may do; answers what it changed.
     */
    public ResultSummary runInTransactions(String cypher, Map<String, Object> params) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.run(cypher, params).consume();
        }
    }

    /**
     * Runs a statement in a transaction and answers all its records. The driver keeps each result of a transaction,
     * the statement's parameters with it, until the result is consumed or the transaction ends: an import's hundreds
     * of 10,000-row statements in one transaction kept gigabytes alive. Consuming it here lets them go.
     */
    public static List<Record> rows(SimpleQueryRunner tx, String cypher, Map<String, Object> params) {
        Result result = tx.run(cypher, params);
        List<Record> rows = result.list();
        result.consume();
        return rows;
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }
}
