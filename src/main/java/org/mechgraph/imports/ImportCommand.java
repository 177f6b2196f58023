package org.mechgraph.imports;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mechgraph.db.Graph;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * {@code java -jar target/mechgraph.jar import --format claims|bel|hetionet|kgx FILE…}: imports each file in turn, each
 * all or nothing, with progress on stderr and a summary per file on stdout. Stops at the first file that cannot be
 * imported; the files before it stay imported.
 *
 * <p>Exit codes: 0 all imported, 1 a file was refused (the message names file, line and field), 2 a usage mistake.
 */
public final class ImportCommand {

    /** A one-off import may take long; the database stops it only after this. */
    static final Duration TIMEOUT = Duration.ofHours(2);

    /** What the command line asked for. */
    public record Request(String format, List<Path> files) {
    }

    private ImportCommand() {
    }

    /**
     * Reads {@code import --format F FILE…} from the arguments, ignoring the configuration's own flags
     * ({@code --data-dir x}); a usage mistake is an {@link IllegalArgumentException} whose message says what to write.
     */
    public static Request parse(String[] args) {
        String format = null;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else if (args[i].startsWith("--")) {
                i++; // a configuration flag and its value, read by Config
            } else {
                files.add(Path.of(args[i]));
            }
        }
        String usage = "usage: java -jar target/mechgraph.jar import --format " + Formats.names() + " FILE…";
        if (format == null) {
            throw new IllegalArgumentException("say which format the files are in; " + usage);
        }
        if (Formats.named(format).isEmpty()) {
            throw new IllegalArgumentException("unknown format '" + format + "'; " + usage);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("name at least one file; " + usage);
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("cannot read " + file + " (no such file, or not readable)");
            }
        }
        return new Request(format, List.copyOf(files));
    }

    /** Imports the files into {@code graph}; answers the exit code. */
    public static int run(Graph graph, Request request, PrintStream out, PrintStream err, boolean terminal) {
        Importer importer = new Importer(graph, TIMEOUT);
        var progress = new ConsoleProgress(err, terminal);
        for (Path file : request.files()) {
            Format format = Formats.named(request.format()).orElseThrow();
            try {
                ImportSummary summary = importer.run(ImportSource.of(file), request.format(), format, progress);
                progress.end();
                out.print(SummaryText.of(summary));
            } catch (ImportException e) {
                progress.end();
                err.println("mechgraph: " + e.describe() + "; nothing of " + e.file() + " was imported");
                return 1;
            } catch (Neo4jException e) {
                progress.end();
                err.println("mechgraph: " + file.getFileName() + ": " + databaseFailure(e) + "; nothing of "
                        + file.getFileName() + " was imported");
                return 1;
            }
        }
        Optional<Long> rss = SummaryText.peakRssMiB();
        rss.ifPresent(mib -> out.println("peak RSS " + mib + " MiB"));
        out.flush();
        return 0;
    }

    /** What went wrong in the database, in words an operator can act on. */
    static String databaseFailure(Neo4jException e) {
        String code = String.valueOf(e.code());
        String message = String.valueOf(e.getMessage());
        if (code.contains("OutOfMemory") || code.contains("MemoryPool") || code.contains("TransactionMemoryLimit")
                || message.contains("Java heap space") || message.contains("not enough memory")) {
            return "the database ran out of memory writing the file; give the import more heap"
                    + " (java -Xmx2g -jar target/mechgraph.jar import …)";
        }
        if (e instanceof ServiceUnavailableException) {
            return "the database cannot be reached (" + message + ")";
        }
        return "the database refused it (" + message + ")";
    }
}
