package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long now;
    private final ConsoleProgress plain = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            false, () -> now);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aLargeFileInALogIsALineAPhaseAndOneEveryTenSeconds() {
        // The Hetionet edges file: 335,406 rows written in batches of 10,000 at 8,000 rows/s, about 42 s.
        long rows = 335_406;
        plain.phase("edges.tsv.gz", "writing", rows);
        for (long done = 10_000; done < rows + 10_000; done += 10_000) {
            now += 1_250_000_000L;
            plain.rows(Math.min(done, rows));
        }
        plain.phase("edges.tsv.gz", "committing", -1);
        now += 3_000_000_000L;
        plain.end();

        List<String> lines = lines();
        assertEquals("edges.tsv.gz: writing 335,406 rows", lines.get(0));
        assertEquals("edges.tsv.gz: writing 80,000/335,406 rows (23%), 8,000 rows/s", lines.get(1));
        assertTrue(lines.size() <= 8, String.join("\n", lines));
        assertEquals("edges.tsv.gz: writing 335,406 rows took 42.5 s (7,892 rows/s)", lines.get(lines.size() - 3));
        assertEquals("edges.tsv.gz: committing", lines.get(lines.size() - 2));
        assertEquals("edges.tsv.gz: committing took 3.0 s", lines.get(lines.size() - 1));
    }

    @Test
    void aPhaseOfUnknownLengthCountsWithoutAPercentage() {
        plain.phase("conib.tsv", "checking", -1);
        now += 11_000_000_000L;
        plain.rows(20_000);
        plain.end();
        assertEquals(List.of("conib.tsv: checking", "conib.tsv: checking 20,000 rows, 1,818 rows/s",
                "conib.tsv: checking 20,000 rows took 11.0 s (1,818 rows/s)"), lines());
    }
}
