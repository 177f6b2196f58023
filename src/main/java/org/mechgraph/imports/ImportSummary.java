package org.mechgraph.imports;

import java.util.Map;

/**
 * What importing one file did: rows read, evidence written (and found already there), rows skipped per reason,
 * entities per label, effects created per type, papers, and the time it took. Importing the same file twice gives
 * zero written and created the second time.
 */
public record ImportSummary(String file, String format, long rows, long entityRows, long claimRows,
                            long claimsWritten, long claimsAlreadyPresent, Map<String, Long> skipped,
                            Map<String, EntityCounts> entities, Map<String, Long> effectsCreated,
                            long effectsAlreadyPresent, long papersCreated, long papersAlreadyPresent, long millis,
                            long rowsPerSecond) {

    /** Entities of one label: created, merged (gained ids), matched (already complete), unmapped, conflicts. */
    public record EntityCounts(long created, long merged, long matched, long unmapped, long conflicts) {
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
