package org.mechgraph.imports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes the rows of one file inside the caller's transaction, in batches of batched {@code UNWIND} statements:
 * entities (resolved by any identifier), papers and evidence; then the new effects with their evidence figures, and
 * the figures of existing effects that gained evidence.
 * The caller commits once, at the end, so a file is written whole or not at all.
 */
final class ImportWriter {

    /** Rows per round trip: large enough that statement overhead vanishes, small enough for modest messages. */
    static final int BATCH = 10_000;

    private final SimpleQueryRunner tx;
    private final ImportCounts counts = new ImportCounts();
    private final EntityResolver entities;
    private final PaperWriter papers;
    private final EvidenceWriter evidence;

    ImportWriter(SimpleQueryRunner tx) {
        this.tx = tx;
        this.entities = new EntityResolver(tx, counts);
        this.papers = new PaperWriter(tx, counts);
        this.evidence = new EvidenceWriter(tx, counts, papers);
    }

    /** Writes every row; {@code progress} hears the number of rows written after each batch. */
    ImportCounts write(String file, Iterator<ImportRow> rows, ImportProgress progress) {
        List<ImportRow> batch = new ArrayList<>(BATCH);
        while (rows.hasNext()) {
            batch.add(rows.next());
            if (batch.size() == BATCH) {
                writeBatch(batch);
                progress.rows(counts.rows);
                batch.clear();
            }
        }
        writeBatch(batch);
        progress.rows(counts.rows);
        entities.count();
        evidence.finish(progress, file);
        progress.phase(file, "committing", -1);
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
