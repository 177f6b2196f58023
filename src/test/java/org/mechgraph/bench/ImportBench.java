package org.mechgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mechgraph.imports.ImportProcess;

/**
 * Imports Hetionet's nodes, its composite edges and all of CONIB into a new data folder, one
 * {@code java -Xmx1g -jar target/mechgraph.jar import --format F FILE} each (as {@code src/bench/import.sh} does and
 * the README says to import), and keeps what each command reports: its rows, its own seconds and rows/s, its peak
 * RSS; and, measured from outside, the whole process's seconds and CPU seconds (sampled every 0.2 s while it runs).
 */
final class ImportBench {

    static final String XMX = "1g";

    /** One file's import. {@code fileSeconds} is the import's own (check, write, commit), as the command says. */
    record Row(String file, long rows, double fileSeconds, long rowsPerSecond, double processSeconds,
               double cpuSeconds, long peakRssMib, String loadBefore, String loadAfter) {
    }

    private static final Pattern SUMMARY = Pattern.compile(": ([0-9,]+) rows in ([0-9.]+) s \\(([0-9,]+) rows/s\\)");
    private static final Pattern RSS = Pattern.compile("^peak RSS ([0-9]+) MiB$");

    /** A file to import and its format. */
    record Source(String format, Path file) {
    }

    private ImportBench() {
    }

    /**
     * Hetionet's nodes and composite edges, then all of CONIB, from {@code shared}; with a {@code scale} above 1,
     * Hetionet made that many times larger ({@link ScaledHetionet}), written into {@code work} first.
     */
    static List<Source> files(Path shared, int scale, Path work) throws IOException {
        List<Source> files = new ArrayList<>();
        if (scale > 1) {
            ScaledHetionet.write(shared, work, scale).forEach(f -> files.add(new Source("hetionet", f)));
        } else {
            files.add(new Source("hetionet", shared.resolve("hetionet/hetionet_nodes.tsv.gz")));
            files.add(new Source("hetionet", shared.resolve("hetionet/hetionet_composite_edges.tsv.gz")));
        }
        files.add(new Source("bel", shared.resolve("conib/conib_statements.tsv.gz")));
        for (Source s : files) {
            if (!Files.isRegularFile(s.file())) {
                throw new IllegalStateException("no " + s.file() + ": set MECHGRAPH_SHARED_DATA or -Dbench.shared");
            }
        }
        return files;
    }

    /** Imports {@code files} in order into {@code dataDir}, which must not exist yet. */
    static List<Row> run(List<Source> files, Path dataDir, Path logs) throws InterruptedException {
        if (Files.exists(dataDir)) {
            throw new IllegalStateException(dataDir + " exists: the import is measured into a new folder");
        }
        List<Row> rows = new ArrayList<>();
        for (Source f : files) {
            Path file = f.file();
            String name = file.getFileName().toString();
            Path log = logs.resolve("import-" + name.replace(".tsv.gz", "") + ".log");
            String before = Machine.load1();
            long start = System.nanoTime();
            double cpu = 0;
            try (ImportProcess p = ImportProcess.start(dataDir, log, Optional.of(XMX), f.format(), file)) {
                while (p.process().isAlive()) {
                    cpu = p.process().toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0)
                            .orElse(cpu);
                    Thread.sleep(200);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (p.awaitExit(Duration.ofMinutes(1)) != 0) {
                    throw new AssertionError("import of " + name + " failed; see " + log + "\n" + p.tail());
                }
                rows.add(row(name, p.lines(), seconds, cpu, before));
            }
        }
        return rows;
    }

    private static Row row(String name, List<String> out, double seconds, double cpu, String before) {
        Matcher summary = out.stream().map(SUMMARY::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no summary line in the output of " + name));
        long rss = out.stream().map(RSS::matcher).filter(Matcher::find).findFirst()
                .map(m -> Long.parseLong(m.group(1))).orElse(-1L);
        return new Row(name, number(summary.group(1)), Double.parseDouble(summary.group(2)),
                number(summary.group(3)), seconds, cpu, rss, before, Machine.load1());
    }

    private static long number(String s) {
        return Long.parseLong(s.replace(",", ""));
    }

    /** The rows as a Markdown table, with Hetionet's nodes and edges summed. */
    static String table(List<Row> rows) {
        StringBuilder t = new StringBuilder("""
                | file | rows | file s | rows/s | process s | CPU s | peak RSS MiB | load 1 min |
                |---|---|---|---|---|---|---|---|
                """);
        for (Row r : rows) {
            t.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,d | %.1f | %.1f | %,d | %s → %s |%n",
                    r.file(), r.rows(), r.fileSeconds(), r.rowsPerSecond(), r.processSeconds(), r.cpuSeconds(),
                    r.peakRssMib(), r.loadBefore(), r.loadAfter()));
        }
        List<Row> het = rows.stream().filter(r -> r.file().startsWith("hetionet")).toList();
        double s = het.stream().mapToDouble(Row::fileSeconds).sum();
        long n = het.stream().mapToLong(Row::rows).sum();
        t.append(String.format(Locale.ROOT, "| **Hetionet, nodes + edges** | %,d | **%.1f** | %,d | %.1f | %.1f | | |%n",
                n, s, Math.round(n / s), het.stream().mapToDouble(Row::processSeconds).sum(),
                het.stream().mapToDouble(Row::cpuSeconds).sum()));
        return t.toString();
    }
}
