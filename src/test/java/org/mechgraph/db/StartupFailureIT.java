package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mechgraph.Main;
import org.mechgraph.support.TestDatabase;

/**
 * Every way the data folder or a port can stop the embedded database from starting ends in one line that names the
 * problem and what to do: no stack trace, no pages of logger errors, and (from {@link Main}) a non-zero exit.
 */
class StartupFailureIT {

    /** What a person may have to read when start-up fails: the one line, give or take a logger's line or two. */
    private static final int MAX_LINES = 5;

    @TempDir
    Path tmp;

    @Test
    void aSecondInstanceOnTheSameFolderIsToldTheFolderIsInUse() {
        Path home = tmp.resolve("data");
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(home, 0)) {
            var e = assertThrows(StartupException.class, () -> EmbeddedNeo4j.start(home, 0).close());
            assertEquals("the data folder " + home + " is in use by another mechgraph (or Neo4j); stop that one, or"
                    + " set MECHGRAPH_DATA_DIR to another folder", e.getMessage());
        }
    }

    @Test
    void aBoltPortInUseIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            var e = assertThrows(StartupException.class, () -> EmbeddedNeo4j.start(tmp.resolve("data"), port).close());
            assertTrue(e.getMessage().startsWith("the Bolt port " + port + " on 127.0.0.1 is in use"), e.getMessage());
            assertTrue(e.getMessage().contains("MECHGRAPH_BOLT_PORT"), e.getMessage());
        }
    }

    @Test
    void aDamagedStoreIsNamedAndLetGoOf() throws IOException {
        Path home = tmp.resolve("data");
        EmbeddedNeo4j.start(home, 0).close();
        overwriteStoreFiles(home.resolve("data/databases/neo4j"));

        var e = assertThrows(StartupException.class, () -> EmbeddedNeo4j.start(home, 0).close());
        assertTrue(e.getMessage().startsWith("the graph store in " + home + " cannot be opened ("), e.getMessage());
        assertTrue(e.getMessage().contains("move the folder aside"), e.getMessage());
        assertTrue(e.getMessage().contains(home.resolve("logs/debug.log").toString()), e.getMessage());
        // The failed start released the folder: trying again meets the same damage, not "in use".
        var again = assertThrows(StartupException.class, () -> EmbeddedNeo4j.start(home, 0).close());
        assertTrue(again.getMessage().startsWith("the graph store in "), again.getMessage());
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedBeforeNeo4jStarts() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("data"));
        try (var readOnly = ReadOnlyFolder.make(home)) {
            var e = assertThrows(StartupException.class, () -> EmbeddedNeo4j.start(home, 0).close());
            assertTrue(e.getMessage().startsWith("cannot write in the data folder " + home), e.getMessage());
        }
    }

    @Test
    void mainExitsWithOneLineWhenTheDataFolderIsAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("data"), "not a folder");
        Run run = runMain(file);
        assertTrue(run.exitCode() != 0, run.toString());
        assertTrue(run.lines().size() <= MAX_LINES, run.toString());
        assertTrue(run.lines().contains("mechgraph: the data folder " + file + " is a file, not a folder; set"
                + " MECHGRAPH_DATA_DIR to a folder (it is created if missing)"), run.toString());
    }

    @Test
    void mainExitsWithOneLineWhenAnotherInstanceUsesTheFolder() throws Exception {
        Path home = tmp.resolve("data");
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(home, 0)) {
            Run run = runMain(home);
            assertTrue(run.exitCode() != 0, run.toString());
            assertTrue(run.lines().size() <= MAX_LINES, run.toString());
            assertTrue(run.lines().stream().anyMatch(l -> l.startsWith("mechgraph: the data folder " + home
                    + " is in use by another mechgraph")), run.toString());
        }
    }

    private static void overwriteStoreFiles(Path store) throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("neostore")).toList()) {
                byte[] garbage = new byte[(int) Math.max(Files.size(f), 64)];
                java.util.Arrays.fill(garbage, (byte) 0x5A);
                Files.write(f, garbage);
            }
        }
    }

    /** A finished child JVM: its exit code and everything it printed, stdout and stderr together. */
    private record Run(int exitCode, List<String> lines) {
    }

    /** Runs the real {@link Main} in its own JVM on {@code dataDir}, as {@code java -jar} would. */
    private static Run runMain(Path dataDir) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The same --add-opens this JVM got from the build (pom.xml's neo4j.opens).
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens")).forEach(command::add);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MECHGRAPH_DATA_DIR", dataDir.toString());
        builder.environment().put("MECHGRAPH_HTTP_PORT", "0");
        builder.environment().put("MECHGRAPH_BOLT_PORT", "0");
        builder.environment().remove("NEO4J_URI");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes(); // until the child exits and closes it
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mechgraph did not exit: " + new String(output, StandardCharsets.UTF_8));
        }
        List<String> lines = new String(output, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        return new Run(process.exitValue(), lines);
    }
}
