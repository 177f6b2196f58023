package org.mechgraph.imports;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mechgraph.db.Graph;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The ledger that makes an import written in many transactions all or nothing. An import first records a run
 * ({@code (:ImportRun {id, file, format, state: 'writing'})}) in a transaction of its own; every node and every
 * relationship between existing nodes that it creates carries the run's id as {@code importRun}; what it changes
 * on nodes that were there before waits for its last transaction, which also deletes the run. So a run still in the
 * graph is an import that never finished: {@link #undo} deletes what it created, and {@link #recover}, at start-up,
 * does that for imports that a {@code kill -9}, a power cut or an error left behind.
 */
public final class ImportRuns {

    /**
     * An import in progress: {@code id} is readable on its own ({@code hetionet_nodes.tsv.gz@2026-11-24T19:30:05Z#…}),
     * so the {@code importRun} an imported node keeps says which file brought it, and when.
     */
    public record Run(String id, String file, String format) {
    }

    /** What an undo removed. */
    public record Undone(String run, String file, long nodes, long relationships) {
    }

    private static final String START = """
            CREATE (:ImportRun {id: $id, file: $file, format: $format, state: 'writing', started: datetime(),
                                heartbeat: datetime(), batches: 0})
            """;

    private static final String BEAT = """
            OPTIONAL MATCH (r:ImportRun {id: $id})
            SET r.heartbeat = datetime(), r.batches = r.batches + 1
            RETURN r IS NOT NULL AS found
            """;

    private static final String FINISH = """
            OPTIONAL MATCH (r:ImportRun {id: $id})
            DELETE r
            RETURN r IS NOT NULL AS found
            """;

    private static final String FOUND = """
            MATCH (r:ImportRun {id: $id})
            RETURN count(r) > 0 AS found
            """;

    private static final String ABANDONED = """
            MATCH (r:ImportRun)
            WHERE r.heartbeat <= datetime($before)
            RETURN r.id AS id, r.file AS file, r.format AS format
            ORDER BY r.started
            """;

    // Each statement scans once and commits every 10,000 deletions: an abandoned import of hundreds of thousands of
    // rows is undone in bounded memory, and a kill during the undo leaves a run that the next start undoes further.
    private static final String UNDO_RELATIONSHIPS = """
            MATCH ()-[r]->() WHERE r.importRun = $id
            CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
            """;

    private static final String UNDO_NODES = """
            MATCH (n) WHERE n.importRun = $id
            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
            """;

    private ImportRuns() {
    }

    /** Parameters with the run's id as {@code $run} (null for writes no run undoes, which then set no tag). */
    static Map<String, Object> params(String run, String key, Object value) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("run", run);
        params.put(key, value);
        return params;
    }

    /** Records the start of an import of {@code file}, committed before anything of the file is written. */
    static Run start(Graph graph, String file, String format) {
        Run run = new Run(file + "@" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "#"
                + UUID.randomUUID().toString().substring(0, 8), file, format);
        graph.write(tx -> tx.run(START, Map.of("id", run.id(), "file", file, "format", format)).consume());
        return run;
    }

    /** Notes, in a batch's own transaction, that the run is alive and one more batch is written. */
    static void beat(SimpleQueryRunner tx, Run run) {
        present(tx, BEAT, run);
    }

    /** Ends the run, in the import's last transaction: from its commit on, the import is whole. */
    static void finish(SimpleQueryRunner tx, Run run) {
        present(tx, FINISH, run);
    }

    /** Whether the run is still in the ledger: started and neither finished nor undone. */
    static boolean unfinished(Graph graph, Run run) {
        return graph.write(tx -> tx.run(FOUND, Map.of("id", run.id())).single().get("found").asBoolean());
    }

    /**
     * Fails the batch when the run is gone from the ledger: another mechgraph start took it for abandoned (it wrote
     * nothing for {@code ABANDONED_AFTER}) and undid it, so writing on would leave half a file.
     */
    private static void present(SimpleQueryRunner tx, String statement, Run run) {
        if (!tx.run(statement, Map.of("id", run.id())).single().get("found").asBoolean()) {
            throw new IllegalStateException("the import of " + run.file() + " was undone by another start of"
                    + " mechgraph, which took it for abandoned; import the file again");
        }
    }

    /** Deletes everything the run created, then the run. Safe to repeat, and to interrupt. */
    public static Undone undo(Graph graph, Run run) {
        Map<String, Object> params = Map.of("id", run.id());
        long relationships = graph.runInTransactions(UNDO_RELATIONSHIPS, params).counters().relationshipsDeleted();
        var nodes = graph.runInTransactions(UNDO_NODES, params).counters();
        graph.write(tx -> tx.run(FINISH, params).consume());
        return new Undone(run.id(), run.file(), nodes.nodesDeleted(), relationships + nodes.relationshipsDeleted());
    }

    /**
     * Undoes every import that has not written a batch for {@code quiet}: with an embedded database, which no other
     * process can write, every run left (pass {@link Duration#ZERO}); with a server that other mechgraph processes
     * may be importing into, only those quiet for long enough to be dead.
     */
    public static List<Undone> recover(Graph graph, Duration quiet) {
        String before = Instant.now().minus(quiet).toString();
        List<Run> left = graph.read(ABANDONED, Map.of("before", before), r -> new Run(r.get("id").asString(),
                r.get("file").asString(), r.get("format").asString()));
        return left.stream().map(run -> undo(graph, run)).toList();
    }
}
