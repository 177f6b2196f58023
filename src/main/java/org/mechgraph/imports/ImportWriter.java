package org.mechgraph.imports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the rows of one file in batches, each batch in its own transaction ({@link ImportTransactions}): entities
 * (resolved by any identifier), papers and evidence; then the new effects with their evidence figures; and last,
 * in the transaction that completes the import, what the file adds to nodes and effects that were there before
 * (names, paper details, evidence figures), so that an import undone before its end leaves them as they were.
 */
final class ImportWriter {

    /** Rows per batch: large enough that statement overhead vanishes, small enough for modest transactions. */
    static final int BATCH = 10_000;

    private final ImportTransactions transactions;
    private final int batchRows;
    private final ImportCounts counts = new ImportCounts();
    private final EntityResolver entities;
    private final PaperWriter papers;
    private final EvidenceWriter evidence;

    ImportWriter(ImportTransactions transactions, int batchRows) {
        this.transactions = transactions;
        this.batchRows = batchRows;
        var tx = transactions.runner();
        String run = transactions.runId();
        this.entities = new EntityResolver(tx, counts, run);
        this.papers = new PaperWriter(tx, counts, run);
        this.evidence = new EvidenceWriter(tx, counts, papers, run);
    }

    /** Hands {@code all} to {@code each} in consecutive pieces of at most {@code size}. */
    static <T> void inPieces(List<T> all, int size, Consumer<List<T>> each) {
        for (int i = 0; i < all.size(); i += size) {
            each.accept(all.subList(i, Math.min(all.size(), i + size)));
        }
    }

    /** Writes every row; {@code progress} hears the number of rows written after each batch. */
    ImportCounts write(String file, Iterator<ImportRow> rows, ImportProgress progress) {
        List<ImportRow> batch = new ArrayList<>(batchRows);
        while (rows.hasNext()) {
            batch.add(rows.next());
            if (batch.size() == batchRows) {
                transactions.batch(() -> writeBatch(batch));
                progress.rows(counts.rows);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            transactions.batch(() -> writeBatch(batch));
        }
        progress.rows(counts.rows);
        entities.count();
        evidence.createEffects(transactions, progress, file, batchRows);
        progress.phase(file, "committing", -1);
        transactions.last(() -> {
            entities.finish();
            papers.finish();
            evidence.finish();
        });
        return counts;
    }

    private void writeBatch(List<ImportRow> batch) {
        List<EntityResolver.Ref> refs = new ArrayList<>();
        List<ImportRow.Claim> claims = new ArrayList<>();
        List<Integer> subjectAt = new ArrayList<>();
        for (ImportRow row : batch) {
            counts.rows++;
            if (row instanceof ImportRow.Entity e) {
                counts.entityRows++;
                refs.add(new EntityResolver.Ref(e.entity(), e.at(), "id", e.synonyms() == null ? List.of()
                        : e.synonyms(), e.description()));
            } else if (row instanceof ImportRow.Claim c) {
                counts.claimRows++;
                claims.add(c);
                subjectAt.add(refs.size());
                refs.add(new EntityResolver.Ref(c.subject(), c.at(), "subject", null, null));
                refs.add(new EntityResolver.Ref(c.object(), c.at(), "object", null, null));
                papers.add(c.source());
                if (c.reports() != null) {
                    papers.add(c.reports());
                    papers.cites(c.source().id(), c.reports().id());
                }
                if (c.references() != null) {
                    c.references().forEach(papers::add);
                }
            } else if (row instanceof ImportRow.Skipped s) {
                counts.skip(s.reason());
            }
        }
        if (refs.isEmpty()) {
            return;
        }
        List<EntityResolver.Node> resolved = entities.resolve(refs);
        papers.flush();
        for (int i = 0; i < claims.size(); i++) {
            int at = subjectAt.get(i);
            evidence.add(claims.get(i), resolved.get(at), resolved.get(at + 1));
        }
        evidence.flush();
    }
}
