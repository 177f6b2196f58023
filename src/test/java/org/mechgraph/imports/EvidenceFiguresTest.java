package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceFiguresTest {

    @Test
    void sourcesWithoutAYearLeaveTheNewestYearOpenOrToTheOthers() {
        var figures = new EvidenceFigures();
        figures.add("quote", "doi:10.9999/a", "peer-reviewed article", null, null, null, "k1");
        assertNull(figures.toMap("e").get("newestYear"));
        figures.add("quote", "doi:10.9999/b", "review", 2019, null, null, "k2");
        figures.add("quote", "doi:10.9999/c", "web article", null, null, null, "k3");
        var map = figures.toMap("e");
        assertEquals(2019, map.get("newestYear"));
        assertEquals(3, map.get("evidenceCount"));
        assertEquals(3, map.get("sourceCount"));
        assertEquals("peer-reviewed article", map.get("bestSourceKind"));
    }

    @Test
    void aReportCountsTheWorkItReportsAndTwoRecordsOfOneDatabaseAreTwoRows() {
        var figures = new EvidenceFigures();
        figures.add("report", "seed:000", "web article", 2024, "doi:10.1176/x", 2025, "k1");
        figures.add("report", "seed:001", "web article", 2024, "doi:10.1176/x", 2025, "k2");
        figures.add("record", "db:hetionet", null, null, null, null, "k3");
        figures.add("record", "db:hetionet", null, null, null, null, "k4");
        var map = figures.toMap("e");
        assertEquals(4, map.get("evidenceCount"));
        assertEquals(3, map.get("sourceCount"));
        assertEquals(2025, map.get("newestYear"));
        assertEquals(List.of("record", "report"), map.get("evidenceKinds"));
    }
}
