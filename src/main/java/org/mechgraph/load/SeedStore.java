package org.mechgraph.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.mechgraph.Config;
import org.mechgraph.db.Database;
import org.mechgraph.db.StoreSnapshot;
import org.neo4j.kernel.internal.Version;

/**
 * The corpus, loaded once at build time into a database whose files ship in the jar: a new data folder starts with
 * them instead of running the load, which on two cores took most of a first start (some fifty statements, each
 * planned by a JVM that has not warmed up yet). The build runs {@link #main} ({@code prepare-package}); it is the
 * same {@link CorpusLoader} that loads it, so the store holds what a load would write, the corpus marker included.
 * Without the file (a build with {@code -Dseed.skip}, or classes run from an IDE) a first start loads as before.
 */
public final class SeedStore {

    /** Where the snapshot is on the classpath. */
    public static final String RESOURCE = "seed/neo4j-store.zip";

    private SeedStore() {
    }

    /** The snapshot this jar ships, if it was built with one. */
    public static Optional<StoreSnapshot> shipped() {
        return StoreSnapshot.resource(RESOURCE);
    }

    /**
     * {@code SeedStore OUT.zip CLASSES}: loads the corpus into a new embedded database and packs it into {@code OUT};
     * does nothing when {@code OUT} was built from the same corpus, classes under {@code CLASSES} and Neo4j.
     */
    public static void main(String[] args) {
        try {
            build(Path.of(args[0]), Path.of(args[1]));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        // Neo4j may leave threads behind after its shutdown; the build waits for this process to end.
        System.exit(0);
    }

    private static void build(Path out, Path classes) throws IOException {
        String key = key(classes);
        if (Files.exists(out) && key.equals(comment(out))) {
            return;
        }
        Path home = Files.createTempDirectory("mechgraph-seed");
        try {
            Config config = Config.from(Map.of("MECHGRAPH_DATA_DIR", home.toString(), "MECHGRAPH_BOLT_PORT", "0",
                    "MECHGRAPH_HTTP_PORT", "0"), new String[0]);
            try (Database db = Database.open(config)) {
                new CorpusLoader(db.graph()).load();
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Path partial = out.resolveSibling(out.getFileName() + ".partial");
            try (var zip = Files.newOutputStream(partial)) {
                StoreSnapshot.write(home, config.database(), zip, key);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteTree(home);
        }
    }

    /** What the snapshot is made from: the corpus, the code that loads it, and the Neo4j that writes the files. */
    static String key(Path classes) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((CorpusLoader.FINGERPRINT + "\n" + Version.getNeo4jVersion() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            List<Path> code;
            try (Stream<Path> walk = Files.walk(classes)) {
                code = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path file : code) {
                sha.update(classes.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String comment(Path zip) {
        try (var file = new ZipFile(zip.toFile())) {
            return file.getComment();
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
