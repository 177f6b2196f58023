package org.mechgraph.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** An import's summary as a few lines for a terminal. */
final class SummaryText {

    private SummaryText() {
    }

    static String of(ImportSummary s) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s (%s): %,d rows in %.1f s (%,d rows/s)%n", s.file(), s.format(), s.rows(),
                s.millis() / 1000.0, s.rowsPerSecond()));
        out.append(String.format("  evidence: %,d written, %,d already there; papers: %,d new, %,d already there%n",
                s.claimsWritten(), s.claimsAlreadyPresent(), s.papersCreated(), s.papersAlreadyPresent()));
        if (!s.skipped().isEmpty()) {
            out.append(String.format("  skipped: %,d rows%n", s.skippedTotal()));
            s.skipped().forEach((reason, n) -> out.append(String.format("    %,8d  %s%n", n, reason)));
        }
        if (!s.entities().isEmpty()) {
            out.append(String.format("  %-19s %8s %8s %8s %8s %9s%n", "entities", "created", "merged", "matched",
                    "unmapped", "conflicts"));
            s.entities().forEach((label, c) -> out.append(String.format("    %-17s %,8d %,8d %,8d %,8d %,9d%n", label,
                    c.created(), c.merged(), c.matched(), c.unmapped(), c.conflicts())));
        }
        if (!s.effectsCreated().isEmpty() || s.effectsAlreadyPresent() > 0) {
            out.append(String.format("  effects: %,d already there; new:", s.effectsAlreadyPresent()));
            for (Map.Entry<String, Long> e : s.effectsCreated().entrySet()) {
                out.append(String.format(" %s %,d", e.getKey(), e.getValue()));
            }
            if (s.effectsCreated().isEmpty()) {
                out.append(" none");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** This process's peak resident memory (VmHWM) in MiB, where the system says (Linux). */
    static Optional<Long> peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return Optional.empty();
    }
}
