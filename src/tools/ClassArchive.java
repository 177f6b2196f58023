import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes target/mechgraph.jsa, a class data sharing archive of the classes mechgraph loads, for
 * {@code java -XX:SharedArchiveFile=target/mechgraph.jsa … -jar target/mechgraph.jar}: the JVM then maps them
 * parsed, verified and linked instead of reading some 20,000 classes out of 237 jars, about a quarter of a restart's
 * CPU on two cores. The archive is what the JVM writes as a training run exits: mechgraph started on a new data
 * folder, asked what the explorer asks first (its page, search, an entity, a path), and stopped. A JVM that finds the
 * archive missing, or made for other jars, says so in one warning line and loads classes as usual.
 *
 * <p>Run by the build after the jar and target/lib are final ({@code java src/tools/ClassArchive.java target}); it
 * does nothing when the archive is newer than the jar and every jar in target/lib. A failed training run costs
 * only speed: the build warns and goes on.
 */
public final class ClassArchive {

    /** What the training run asks, in the order the explorer asks it. */
    private static final List<String> REQUESTS = List.of("/", "/api/health", "/api/stats",
            "/api/entities?q=keta", "/api/entities/ketamine", "/api/paths?from=ketamine&via=MOR&to=BDNF",
            "/api/paths?from=ketamine&to=antidepressant%20effect&rank=hops");

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        Path jar = target.resolve("mechgraph.jar");
        Path archive = target.resolve("mechgraph.jsa");
        if (Files.exists(archive) && !newerThan(inputs(target, jar), Files.getLastModifiedTime(archive))) {
            return;
        }
        Path home = target.resolve("class-archive-training");
        deleteTree(home);
        Files.deleteIfExists(archive);
        Path log = target.resolve("class-archive-training.log");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The flags of the README's run command, so the archive fits the JVM that uses it.
        var builder = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive, "-Xmx512m", "-jar",
                jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MECHGRAPH_DATA_DIR", home.toString());
        builder.environment().put("MECHGRAPH_BOLT_PORT", "0");
        builder.environment().put("MECHGRAPH_HTTP_PORT", Integer.toString(port));
        Process server = builder.start();
        try {
            train(server, "http://127.0.0.1:" + port);
        } catch (IOException e) {
            System.err.println("[WARNING] " + e.getMessage());
        } finally {
            server.destroy(); // SIGTERM: the JVM runs its shutdown and writes the archive as it exits
            if (!server.waitFor(120, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            deleteTree(home);
        }
        if (!Files.exists(archive)) {
            // Only start-up speed depends on it: the build goes on, and java runs without it after one warning line.
            System.err.println("[WARNING] the class archive's training run wrote no archive (see " + log + "); "
                    + "mechgraph will start without it, more slowly");
        }
    }

    private static void train(Process server, String base) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (status(base + "/api/health") != 200) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("mechgraph did not start for the class archive's training run");
            }
            Thread.sleep(200);
        }
        for (String request : REQUESTS) {
            status(base + request);
        }
    }

    private static int status(String url) {
        try {
            var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(60_000);
            int status = connection.getResponseCode();
            try (var body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.readAllBytes();
                }
            }
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<Path> inputs(Path target, Path jar) throws IOException {
        List<Path> inputs = new ArrayList<>(List.of(jar));
        try (Stream<Path> lib = Files.list(target.resolve("lib"))) {
            lib.filter(p -> p.toString().endsWith(".jar")).forEach(inputs::add);
        }
        return inputs;
    }

    private static boolean newerThan(List<Path> files, FileTime time) throws IOException {
        for (Path file : files) {
            if (Files.getLastModifiedTime(file).compareTo(time) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
