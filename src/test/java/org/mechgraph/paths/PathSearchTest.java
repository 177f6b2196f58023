package org.mechgraph.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mechgraph.paths.PathModel.HopFilter;

/** Which level query a search reads with: only a filter on the evidence itself has it read each effect's claims. */
class PathSearchTest {

    private static void readsClaims(boolean expected, HopFilter filter) {
        PathSearch.Levels levels = PathSearch.levels(filter);
        for (String text : List.of(levels.forward(), levels.backward())) {
            assertTrue(text.contains("coalesce(r.sourceCount, 0) >= $minSources"), text);
            assertEquals(expected, text.contains("CLAIMS"), filter + "\n" + text);
        }
    }

    @Test
    void filtersOnTheKeptFiguresOnlyDoNotReadTheClaims() {
        readsClaims(false, HopFilter.NONE);
        readsClaims(false, new HopFilter(3, List.of("INHIBITS"), List.of("Gene"), List.of("fx-hub"), List.of(), null,
                null, null));
    }

    @Test
    void eachFilterOnTheEvidenceReadsTheClaims() {
        readsClaims(true, new HopFilter(1, List.of(), List.of(), List.of(), List.of("review"), null, null, null));
        readsClaims(true, new HopFilter(1, List.of(), List.of(), List.of(), List.of(), 2000, null, null));
        readsClaims(true, new HopFilter(1, List.of(), List.of(), List.of(), List.of(), null, 2020, null));
        readsClaims(true, new HopFilter(2, List.of(), List.of(), List.of(), List.of(), null, null, "mouse"));
    }

    @Test
    void theDirectionsDiffer() {
        PathSearch.Levels levels = PathSearch.levels(HopFilter.NONE);
        assertTrue(levels.forward().contains("(n)-[r]->(m:Entity)"));
        assertTrue(levels.backward().contains("(n)<-[r]-(m:Entity)"));
        assertFalse(levels.forward().contains("%"), "every placeholder is filled");
    }
}
