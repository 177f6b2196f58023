package org.mechgraph.stress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mechgraph.db.Graph;
import org.mechgraph.support.GraphFingerprint;
import org.mechgraph.support.TestDatabase;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * mechgraph as a separate process, started the way the README says ({@code java -jar target/mechgraph.jar}, which the
 * package phase builds before the ITs run) on a given data folder and free loopback ports, so its RSS is its own and
 * it can be killed. Where the jar is missing (a test run from an IDE) it runs {@code org.mechgraph.Main} on this
 * JVM's class path with the same {@code --add-opens} flags. Output goes to a log file.
 */
public final class ServerProcess implements AutoCloseable {

    /**
     * The heap the README's run command sets; the full load run and the kill test start the server with it unless
     * told otherwise ({@code -Dload.server.xmx=…}, {@code none} for the JVM's default of a quarter of the RAM).
     */
    static final String README_HEAP = "512m";

    /** Where the embedded database keeps a generated Bolt password, if it has one; no file means no authentication. */
    static final String BOLT_PASSWORD_FILE = "bolt-password";

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int httpPort;
    private final int boltPort;
    private final String description;

    private ServerProcess(Process process, Path dataDir, Path log, int httpPort, int boltPort, String description) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.description = description;
    }

    /**
     * Starts the server on {@code dataDir} with heap {@code xmx} (empty: the JVM default) and waits until the corpus
     * is loaded and {@code /api/health} answers 200.
     */
    static ServerProcess startAndAwaitHealth(Path dataDir, Optional<String> xmx, Path log) {
        ServerProcess server = start(dataDir, xmx, log);
        try {
            server.awaitHealth();
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    static ServerProcess start(Path dataDir, Optional<String> xmx, Path log) {
        return start(dataDir, xmx, log, Map.of());
    }

    /**
     * As {@link #start(Path, Optional, Path)}, with more environment variables ({@code NEO4J_URI} and its login, to
     * use a server it does not start); answers at once, before the server does.
     */
    public static ServerProcess start(Path dataDir, Optional<String> xmx, Path log, Map<String, String> more) {
        int http = freePort();
        int bolt = freePort();
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
        var builder = new ProcessBuilder(command).directory(basedir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("NEO4J_") || k.startsWith("MECHGRAPH_"));
        env.put("MECHGRAPH_DATA_DIR", dataDir.toString());
        env.put("MECHGRAPH_HTTP_HOST", "127.0.0.1");
        env.put("MECHGRAPH_HTTP_PORT", Integer.toString(http));
        env.put("MECHGRAPH_BOLT_PORT", Integer.toString(bolt));
        env.putAll(more);
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            // A test JVM that dies must not leave a server behind.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            String what = (Files.isRegularFile(jar) ? "java -jar target/mechgraph.jar" : "java org.mechgraph.Main")
                    + xmx.map(x -> " with -Xmx" + x).orElse(" with the JVM's default heap")
                    + ", pid " + process.pid() + ", data " + dataDir;
            return new ServerProcess(process, dataDir, log, http, bolt, what);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls {@code /api/health} until it answers 200; fails if the process exits or it takes minutes. */
    void awaitHealth() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mechgraph exited with " + process.exitValue() + "; see " + log
                        + "\n" + tail());
            }
            if (health(client) == 200) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException("mechgraph did not answer /api/health within " + START_LIMIT + "; see " + log
                + "\n" + tail());
    }

    /** The status {@code /api/health} answers, or -1 when it cannot be reached. */
    int health() {
        return health(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    }

    private int health(HttpClient client) {
        var request = HttpRequest.newBuilder(base().resolve("/api/health")).timeout(Duration.ofSeconds(10)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The graph's counts and content digest, read over the server's Bolt port. */
    GraphFingerprint fingerprint() {
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, boltAuth(dataDir))) {
            return GraphFingerprint.of(new Graph(driver, "neo4j"));
        }
    }

    /**
     * How to log in to the embedded Bolt port: with the generated password in the data folder where there is one,
     * otherwise without authentication.
     */
    public static AuthToken boltAuth(Path dataDir) {
        Path file = dataDir.resolve(BOLT_PASSWORD_FILE);
        if (!Files.isRegularFile(file)) {
            return AuthTokens.none();
        }
        try {
            return AuthTokens.basic("neo4j", Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, the store is left as it is at that instant. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("pid " + process.pid() + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** The embedded database's Bolt address (unused when the server was given NEO4J_URI). */
    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public long pid() {
        return process.pid();
    }

    public String description() {
        return description;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the server's log, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server as Ctrl-C would (SIGTERM), and forcibly if it has not stopped after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes a temporary folder tree, best effort (a killed server may leave files being removed). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Left for the OS's temp cleanup.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Left for the OS's temp cleanup.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
