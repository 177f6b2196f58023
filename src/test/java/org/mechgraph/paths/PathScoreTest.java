package org.mechgraph.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathScoreTest {

    private final PathScore score = new PathScore(2026);

    @Test
    void aHopGainsWithIndependentSourcesAndBetterKindsOfSource() {
        assertEquals(0.15, score.hop(1, "web article", 2025), 1e-9);
        assertEquals(0.225, score.hop(2, "web article", 2025), 1e-9);
        assertEquals(0.5, score.hop(1, "peer-reviewed article", 2025), 1e-9);
        assertTrue(score.hop(1, "review", 2020) > score.hop(1, "database", 2020));
        assertTrue(score.hop(1, "database", 2020) > score.hop(1, "web article", 2020));
        assertEquals(0.1, score.hop(1, null, 2025), 1e-9);
    }

    @Test
    void oldOrUndatedEvidenceCountsLess() {
        assertEquals(0.5 * PathScore.DATED, score.hop(1, "peer-reviewed article", 2010), 1e-9);
        assertEquals(0.5 * PathScore.DATED, score.hop(1, "peer-reviewed article", null), 1e-9);
        assertEquals(0.5, score.hop(1, "peer-reviewed article", 2016), 1e-9);
    }

    @Test
    void aPathIsAsStrongAsItsWeakestHopAndAHubWeakensIt() {
        assertEquals(0.15 * 0.9, PathScore.path(List.of(0.5, 0.15), List.of(10L)), 1e-9);
        assertEquals(1.0, PathScore.hub(50), 1e-9);
        double ubc = PathScore.hub(8_611);
        assertEquals(Math.pow(50.0 / 8_611, 0.4), ubc, 1e-9);
        assertTrue(ubc < 0.13, "a gene with 8,611 partners weighs a path down to " + ubc);
        assertTrue(PathScore.path(List.of(0.5, 0.5), List.of(8_611L)) < PathScore.path(List.of(0.3, 0.3), List.of(5L)));
    }

    @Test
    void theWeakHopIsExplainedInWords() {
        assertEquals("1 independent source, at best a web article, newest 2025",
                PathScore.reason(1, "web article", 2025));
        assertEquals("2 independent sources, of unknown kind, undated", PathScore.reason(2, "unknown", null));
    }
}
