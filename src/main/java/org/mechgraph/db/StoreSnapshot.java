package org.mechgraph.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * One database of a stopped embedded Neo4j, its store and transaction logs, as a zip; and such a zip unpacked into a
 * new home before Neo4j first starts there, which then opens it as that database, as it opens one that {@code
 * neo4j-admin database load} wrote. The system database, which holds the user and its password, is never in it.
 */
public final class StoreSnapshot {

    /** Where Neo4j keeps a database's files under its home, and the names they have in the zip. */
    private static final List<String> PARTS = List.of("databases", "transactions");
    /** Files a running Neo4j holds a lock on: meaningless in another home. */
    private static final List<String> LOCKS = List.of("database_lock", "store_lock");

    private final String name;
    private final Supplier<InputStream> zip;

    private StoreSnapshot(String name, Supplier<InputStream> zip) {
        this.name = name;
        this.zip = zip;
    }

    /** The zip at {@code resource} on the classpath, if there is one. */
    public static Optional<StoreSnapshot> resource(String resource) {
        ClassLoader loader = StoreSnapshot.class.getClassLoader();
        if (loader.getResource(resource) == null) {
            return Optional.empty();
        }
        return Optional.of(new StoreSnapshot(resource, () -> loader.getResourceAsStream(resource)));
    }

    /** The zip file at {@code zip}. */
    static StoreSnapshot file(Path zip) {
        return new StoreSnapshot(zip.toString(), () -> {
            try {
                return Files.newInputStream(zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Packs {@code database} of the stopped Neo4j in {@code home} into {@code out}, with {@code comment} on the zip. */
    public static void write(Path home, String database, OutputStream out, String comment) throws IOException {
        try (var zip = new ZipOutputStream(out)) {
            zip.setComment(comment);
            for (String part : PARTS) {
                Path dir = home.toAbsolutePath().normalize().resolve("data").resolve(part).resolve(database);
                List<Path> files;
                try (Stream<Path> walk = Files.walk(dir)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(f -> !LOCKS.contains(f.getFileName().toString()))
                            .sorted().toList();
                }
                for (Path file : files) {
                    zip.putNextEntry(new ZipEntry(part + "/" + dir.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        }
    }

    /**
     * Unpacks the snapshot as {@code database} into {@code home} if Neo4j has never written there (it has no data
     * folder); answers whether it did. It unpacks beside the data folder and then renames it into place, so a start
     * stopped halfway leaves no half a store that the next would take for a whole one.
     */
    boolean restoreInto(Path home, String database) {
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            return false;
        }
        Path unpacking = home.resolve(".data-unpacking");
        try {
            deleteTree(unpacking);
            try (var in = new ZipInputStream(zip.get())) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    Path file = target(unpacking, database, entry.getName());
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
            Files.move(unpacking, data, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + name + " into " + data, e);
        }
        return true;
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

    /** Where an entry of the zip goes: under its part's folder for the database, and nowhere outside it. */
    private static Path target(Path data, String database, String entry) {
        int slash = entry.indexOf('/');
        String part = slash < 0 ? "" : entry.substring(0, slash);
        if (!PARTS.contains(part)) {
            throw new IllegalStateException("unexpected entry " + entry + " in a store snapshot");
        }
        Path dir = data.resolve(part).resolve(database);
        Path file = dir.resolve(entry.substring(slash + 1)).normalize();
        if (!file.startsWith(dir) || file.equals(dir)) {
            throw new IllegalStateException("unexpected entry " + entry + " in a store snapshot");
        }
        return file;
    }

    @Override
    public String toString() {
        return name;
    }
}
