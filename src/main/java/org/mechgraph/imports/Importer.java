package org.mechgraph.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.mechgraph.db.Graph;
import org.neo4j.driver.TransactionContext;

/**
 * Imports one file at a time, all or nothing. First every row is read and checked, with nothing written, so a bad
 * row (an unknown relation, a missing field, bytes that are not UTF-8, a truncated gzip stream, wrong columns) is
 * reported with its file, line and field before the database is touched. Then the rows are read again and written
 * in batches, each its own transaction, so that memory stays bounded however large the file. The run is recorded
 * first ({@link ImportRuns}) and everything it creates carries its id; the last transaction completes it. A
 * failure before then undoes what the batches wrote, and a {@code kill -9} leaves a run that the next start undoes.
 */
public final class Importer {

    /** Reports from the checking pass come every this many rows. */
    private static final int CHECK_PROGRESS_EVERY = 10_000;

    private final Graph graph;
    private final Duration timeout;
    private final int batchRows;

    /** @param timeout how long each of the import's transactions may take before the database stops it */
    public Importer(Graph graph, Duration timeout) {
        this(graph, timeout, ImportWriter.BATCH);
    }

    /** As {@link #Importer(Graph, Duration)}, with {@code batchRows} rows per transaction. */
    Importer(Graph graph, Duration timeout, int batchRows) {
        this.graph = graph;
        this.timeout = timeout;
        this.batchRows = batchRows;
    }

    /**
     * Checks and writes one file.
     *
     * @throws ImportException when the file is invalid; nothing of it was written
     */
    public ImportSummary run(ImportSource source, String formatName, Format format, ImportProgress progress) {
        long start = System.nanoTime();
        progress.phase(source.name(), "checking", -1);
        long total = check(source, format, progress);
        progress.phase(source.name(), "writing", total);
        ImportRuns.Run run = ImportRuns.start(graph, source.name(), formatName);
        ImportCounts counts;
        try {
            counts = write(ImportTransactions.batched(graph, run, timeout), batchRows, source, format, progress);
        } catch (RuntimeException | Error e) {
            try {
                // A run no longer in the ledger committed its last transaction (the failure came after it): keep it.
                if (ImportRuns.unfinished(graph, run)) {
                    progress.phase(source.name(), "undoing", -1);
                    ImportRuns.undo(graph, run);
                }
            } catch (RuntimeException undo) {
                // The database is gone or failing: the run stays in the ledger, and the next start undoes it.
                e.addSuppressed(undo);
            }
            throw e;
        }
        return counts.summary(source.name(), formatName, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Checks and writes one file inside the caller's transaction, which commits it (the corpus load writes the
     * shipped excerpts in the same transaction as the curated corpus).
     */
    public static ImportSummary runWithin(TransactionContext tx, ImportSource source, String formatName,
                                          Format format) {
        long start = System.nanoTime();
        check(source, format, ImportProgress.NONE);
        return write(ImportTransactions.within(tx), ImportWriter.BATCH, source, format, ImportProgress.NONE)
                .summary(source.name(), formatName, (System.nanoTime() - start) / 1_000_000);
    }

    private static ImportCounts write(ImportTransactions transactions, int batchRows, ImportSource source,
                                      Format format, ImportProgress progress) {
        try (ImportText text = ImportText.open(source.name(), source.open())) {
            return new ImportWriter(transactions, batchRows).write(source.name(), rows(source.name(), format, text),
                    progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks every row; answers how many there are. */
    private static long check(ImportSource source, Format format, ImportProgress progress) {
        long n = 0;
        try (ImportText text = ImportText.open(source.name(), source.open())) {
            Iterator<ImportRow> rows = rows(source.name(), format, text);
            while (rows.hasNext()) {
                RowCheck.check(rows.next());
                if (++n % CHECK_PROGRESS_EVERY == 0) {
                    progress.rows(n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.rows(n);
        return n;
    }

    /**
     * The format's rows, with any failure the format did not already describe (a file it cannot read at all, an
     * identifier that breaks a rule) turned into an {@link ImportException} at the line after the last good row.
     */
    private static Iterator<ImportRow> rows(String name, Format format, ImportText text) {
        Iterator<ImportRow> rows;
        try {
            rows = format.rows(name, text);
        } catch (ImportException e) {
            throw e;
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw described(name, 0, e);
        }
        return new Iterator<>() {
            private long lastLine;

            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (ImportException e) {
                    throw e;
                } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                    throw described(name, lastLine + 1, e);
                }
            }

            @Override
            public ImportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    ImportRow row = rows.next();
                    lastLine = row.at().line();
                    return row;
                } catch (ImportException e) {
                    throw e;
                } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                    throw described(name, lastLine + 1, e);
                }
            }
        };
    }

    private static ImportException described(String name, long line, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportException ie) {
                return ie;
            }
        }
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return new ImportException(name, line, null, String.valueOf(cause.getMessage()));
    }
}
