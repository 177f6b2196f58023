package org.mechgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mechgraph.db.EmbeddedNeo4j;

/**
 * A Neo4j 5.26 server that mechgraph did not start, for the benchmark's external mode: mechgraph's own embedded
 * database, with its settings, started on the data folder in a JVM of its own, so that mechgraph reaches it as it
 * would reach any server, through {@code NEO4J_URI}. {@link #main} is that JVM.
 */
final class ExternalNeo4j implements AutoCloseable {

    static final String READY = "external Neo4j ready at ";

    private final Process process;
    private final Path log;
    private final String uri;
    private final double startSeconds;

    private ExternalNeo4j(Process process, Path log, String uri, double startSeconds) {
        this.process = process;
        this.log = log;
        this.uri = uri;
        this.startSeconds = startSeconds;
    }

    /** Runs the database on {@code args[0]} with Bolt on loopback port {@code args[1]} until the JVM is stopped. */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedNeo4j db = EmbeddedNeo4j.start(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "neo4j-shutdown"));
        System.out.println(READY + db.boltUri());
        Thread.currentThread().join();
    }

    /** Starts the database on {@code dataDir} in a new JVM ({@code -Xmx1g}) and waits until Bolt is open. */
    static ExternalNeo4j start(Path dataDir, Path log) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + ImportBench.XMX);
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExternalNeo4j.class.getName(),
                dataDir.toString(), Integer.toString(port)));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        long deadline = start + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (out.contains(READY)) {
                return new ExternalNeo4j(process, log, "bolt://127.0.0.1:" + port, (System.nanoTime() - start) / 1e9);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the external Neo4j exited; see " + log + "\n" + out);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the external Neo4j did not open Bolt within 5 minutes; see " + log);
    }

    /** What mechgraph is told to use it: its URI and the login kept in the data folder. */
    Map<String, String> env(Path dataDir) {
        try {
            return Map.of("NEO4J_URI", uri, "NEO4J_USER", "neo4j", "NEO4J_PASSWORD",
                    Files.readString(dataDir.resolve("bolt-password"), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uri() {
        return uri;
    }

    long pid() {
        return process.pid();
    }

    double startSeconds() {
        return startSeconds;
    }

    Path log() {
        return log;
    }

    /** Stops it as Ctrl-C would, so the store is closed cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
