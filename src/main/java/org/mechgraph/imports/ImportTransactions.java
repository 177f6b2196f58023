package org.mechgraph.imports;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.mechgraph.db.Graph;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The transactions an import writes in. A file is written batch by batch, each batch in a transaction that commits
 * when it is written, so memory stays bounded however large the file; the {@link ImportRuns} ledger makes the whole
 * all or nothing. The corpus load instead writes its small excerpts inside its own single transaction.
 *
 * <p>The writers hold {@link #runner()}, which always runs statements in the current batch's transaction.
 */
abstract sealed class ImportTransactions {

    private final Current current = new Current();

    /** The statements' way into the transaction of the batch being written. */
    final SimpleQueryRunner runner() {
        return current;
    }

    /** Writes one batch: {@code work} runs its statements through {@link #runner()}. */
    abstract void batch(Runnable work);

    /** Writes the last batch, which ends the import: only when it commits is the file in the graph. */
    abstract void last(Runnable work);

    /** The run whose id every node and relationship the import creates carries, or null (nothing to undo). */
    abstract String runId();

    final void in(SimpleQueryRunner tx, Runnable work) {
        current.tx = tx;
        try {
            work.run();
        } finally {
            current.tx = null;
        }
    }

    /** A transaction per batch, each tagged with the run and noted in its ledger. */
    static ImportTransactions batched(Graph graph, ImportRuns.Run run, Duration timeout) {
        return new Batched(graph, run, timeout);
    }

    /** Every batch in the caller's one transaction. */
    static ImportTransactions within(SimpleQueryRunner tx) {
        return new Within(tx);
    }

    private static final class Batched extends ImportTransactions {
        private final Graph graph;
        private final ImportRuns.Run run;
        private final Duration timeout;

        Batched(Graph graph, ImportRuns.Run run, Duration timeout) {
            this.graph = graph;
            this.run = run;
            this.timeout = timeout;
        }

        @Override
        void batch(Runnable work) {
            commit(tx -> ImportRuns.beat(tx, run), work);
        }

        @Override
        void last(Runnable work) {
            commit(tx -> ImportRuns.finish(tx, run), work);
        }

        private void commit(Consumer<SimpleQueryRunner> ledger, Runnable work) {
            graph.writeOnce(tx -> {
                in(tx, work);
                ledger.accept(tx);
                return null;
            }, timeout);
        }

        @Override
        String runId() {
            return run.id();
        }
    }

    private static final class Within extends ImportTransactions {
        private final SimpleQueryRunner tx;

        Within(SimpleQueryRunner tx) {
            this.tx = tx;
        }

        @Override
        void batch(Runnable work) {
            in(tx, work);
        }

        @Override
        void last(Runnable work) {
            in(tx, work);
        }

        @Override
        String runId() {
            return null;
        }
    }

    /** Forwards every statement to the transaction of the batch being written. */
    private static final class Current implements SimpleQueryRunner {
        private SimpleQueryRunner tx;

        private SimpleQueryRunner tx() {
            if (tx == null) {
                throw new IllegalStateException("a statement outside an import batch");
            }
            return tx;
        }

        @Override
        public Result run(String query, Value parameters) {
            return tx().run(query, parameters);
        }

        @Override
        public Result run(String query, Map<String, Object> parameters) {
            return tx().run(query, parameters);
        }

        @Override
        public Result run(String query, Record parameters) {
            return tx().run(query, parameters);
        }

        @Override
        public Result run(String query) {
            return tx().run(query);
        }

        @Override
        public Result run(Query query) {
            return tx().run(query);
        }
    }
}
