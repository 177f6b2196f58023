package org.mechgraph.imports.formats.bel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mechgraph.imports.formats.SharedFiles;

/** The full CONIB export (33,878 statements) reads without error, every row a claim or a counted skip. */
class ConibFullFileTest {

    @Test
    void everyStatementBecomesAClaimOrACountedSkip() {
        long start = System.nanoTime();
        Map<String, Long> tally = SharedFiles.tally(new BelFormat(), "conib/conib_statements.tsv.gz");
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = tally.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("CONIB: %,d rows in %.2f s (%,.0f rows/s)%n", total, seconds, total / seconds);
        tally.forEach((k, v) -> System.out.printf("  %,7d  %s%n", v, k));
        assertEquals(33_878, total);
        assertEquals(706, tally.get("skipped: " + BelRelation.CAUSES_NO_CHANGE.skipReason()));
        assertEquals(406, tally.get("skipped: " + BelRelation.IS_A.skipReason()));
        assertTrue(tally.get("claim quote INCREASES") > 10_000);
    }
}
