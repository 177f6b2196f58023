package org.mechgraph.imports;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one import did so far, counted as it writes; {@link #summary} freezes it into an {@link ImportSummary}.
 */
final class ImportCounts {

    /** How an entity a file names was resolved. */
    enum Outcome { CREATED, MERGED, MATCHED, UNMAPPED, CONFLICT }

    long rows;
    long entityRows;
    long claimRows;
    long claimsWritten;
    long claimsPresent;
    long papersCreated;
    long papersPresent;
    long effectsPresent;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, long[]> entities = new TreeMap<>();
    private final Map<String, Long> effectsCreated = new TreeMap<>();

    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    void entity(String label, Outcome outcome) {
        entities.computeIfAbsent(label == null ? "unknown" : label, l -> new long[Outcome.values().length])
                [outcome.ordinal()]++;
    }

    void effectsCreated(String type, long n) {
        if (n > 0) {
            effectsCreated.merge(type, n, Long::sum);
        }
    }

    ImportSummary summary(String file, String format, long millis) {
        Map<String, ImportSummary.EntityCounts> perLabel = new TreeMap<>();
        entities.forEach((label, c) -> perLabel.put(label, new ImportSummary.EntityCounts(c[0], c[1], c[2], c[3],
                c[4])));
        return new ImportSummary(file, format, rows, entityRows, claimRows, claimsWritten, claimsPresent,
                new TreeMap<>(skipped), perLabel, new TreeMap<>(effectsCreated), effectsPresent, papersCreated,
                papersPresent, millis, millis == 0 ? rows : Math.round(rows * 1000.0 / millis));
    }
}
