package org.mechgraph.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.mechgraph.Config;
import org.mechgraph.db.Database;
import org.mechgraph.support.GraphFingerprint;

/**
 * {@code java -jar target/mechgraph.jar import --format F FILE…} as its own process on a data folder, the way the
 * README says to run it (the package phase builds the jar before the ITs run; where it is missing, as in an IDE,
 * {@code org.mechgraph.Main} runs on this JVM's class path with the same {@code --add-opens}). Its stdout and stderr
 * go to a log file that the test reads.
 */
public final class ImportProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ImportProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code import --format format files…} on {@code dataDir} with heap {@code xmx} (empty: the default). */
    public static ImportProcess start(Path dataDir, Path log, Optional<String> xmx, String format, Path... files) {
        Path basedir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path jar = basedir.resolve("target/mechgraph.jar");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        xmx.ifPresent(x -> command.add("-Xmx" + x));
        if (Files.isRegularFile(jar)) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("--add-opens")).forEach(command::add);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.mechgraph.Main"));
        }
        command.addAll(List.of("import", "--format", format));
        for (Path file : files) {
            command.add(file.toString());
        }
        var builder = new ProcessBuilder(command).directory(basedir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("NEO4J_") || k.startsWith("MECHGRAPH_"));
        builder.environment().put("MECHGRAPH_DATA_DIR", dataDir.toString());
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, String.join(" ", command) + "\n", StandardCharsets.UTF_8);
            Process process = builder.start();
            process.getOutputStream().close();
            // A test JVM that dies must not leave an import behind.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new ImportProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the output has a line that {@code wanted} accepts and answers it; fails if the process ends first or
     * nothing comes within {@code limit} (a bound for a hung process, minutes long; never a timing the test judges).
     */
    String awaitLine(Predicate<String> wanted, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            boolean ended = !process.isAlive();
            Optional<String> line = lines().stream().filter(wanted).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (ended) {
                throw new AssertionError("the import ended (exit " + process.exitValue() + ") before the line awaited;"
                        + " see " + log + "\n" + tail());
            }
            sleep(200);
        }
        throw new AssertionError("no line awaited within " + limit + "; see " + log + "\n" + tail());
    }

    /** Waits for the process to end (within {@code limit}, a bound for a hung process) and answers its exit code. */
    public int awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the import did not end within " + limit + "; see " + log + "\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL ({@link Process#destroyForcibly} on Linux): no shutdown hook runs, the store is left as it is. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofMinutes(1));
    }

    /** The process, for its pid and CPU time while it runs. */
    public Process process() {
        return process;
    }

    public List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the output, for failure messages. */
    public String tail() {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** The graph in {@code dataDir}, opened in this JVM on a free Bolt port, once the import has ended. */
    static Database open(Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("MECHGRAPH_DATA_DIR", dataDir.toString());
        env.put("MECHGRAPH_BOLT_PORT", "0");
        env.put("MECHGRAPH_HTTP_PORT", "0");
        return Database.open(Config.from(env, new String[0]));
    }

    /** The fingerprint of the graph in {@code dataDir}, opened in this JVM and closed again. */
    static GraphFingerprint fingerprint(Path dataDir) {
        try (Database db = open(dataDir)) {
            return GraphFingerprint.of(db.graph());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
