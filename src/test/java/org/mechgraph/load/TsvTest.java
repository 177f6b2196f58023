package org.mechgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TsvTest {

    @Test
    void readsRowsByHeader() {
        var rows = Tsv.parse("a\tb\n1\t2\n3\t\n");
        assertEquals(List.of(Map.of("a", "1", "b", "2"), Map.of("a", "3", "b", "")), rows);
    }

    @Test
    void unquotesFieldsWithDoubledQuotes() {
        var rows = Tsv.parse("bel\tx\n\"p(HGNC:GSK3B, pmod(go:0006468 ! \"\"protein phosphorylation\"\", Ser))\"\ty\n");
        assertEquals("p(HGNC:GSK3B, pmod(go:0006468 ! \"protein phosphorylation\", Ser))", rows.get(0).get("bel"));
        assertEquals("y", rows.get(0).get("x"));
    }
}
