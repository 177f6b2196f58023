package org.mechgraph.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The password of the embedded Bolt port, kept in {@code bolt-password} in the data folder: generated on the first
 * start, read on every later one. It lives beside the data it guards, readable by its owner only where the file system
 * has POSIX permissions, so whoever may read the graph's files may also attach native tools to it, and nobody else.
 *
 * @param file    where the password is kept
 * @param value   the password: 32 letters and digits (about 190 random bits; no sign a shell or URL would mangle)
 * @param created whether this start generated it (so the {@code neo4j} user cannot have it yet)
 */
record BoltPassword(Path file, String value, boolean created) {

    static final String FILE_NAME = "bolt-password";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32;
    /** Neo4j's default {@code dbms.security.auth_minimum_password_length}. */
    private static final int NEO4J_MINIMUM = 8;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "BoltPassword[" + file + "]"; // never the password itself
    }

    /** The password kept in {@code home}, generated and saved there first if there is none. */
    static BoltPassword readOrCreate(Path home) {
        Path file = home.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            String value = generate();
            Path draft = Files.createTempFile(home, ".bolt-password", "", ownerOnly(home));
            try {
                Files.writeString(draft, value + "\n", StandardCharsets.UTF_8);
                // Not REPLACE_EXISTING: if another start wrote one meanwhile, that one stands and is used.
                Files.move(draft, file);
                return new BoltPassword(file, value, true);
            } catch (FileAlreadyExistsException e) {
                return read(file);
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new StartupException("cannot read or write the Bolt password file " + file + " ("
                    + StartupException.rootMessage(e) + "); make the data folder writable for this user", e);
        }
    }

    private static BoltPassword read(Path file) throws IOException {
        if (supportsPosix(file.getParent())) {
            // Kept owner-only even if it was copied in with looser permissions.
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        String value = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (value.length() < NEO4J_MINIMUM || value.chars().anyMatch(Character::isWhitespace)) {
            throw new StartupException("the Bolt password file " + file + " does not hold a usable password (one line,"
                    + " at least " + NEO4J_MINIMUM + " characters, no spaces); delete it and a new one is generated");
        }
        return new BoltPassword(file, value, false);
    }

    /** Deletes a password this start generated but could not put to use, so the next start begins again. */
    void discard() {
        if (created) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Left as it is: later starts use it, and set it on the user as every start does.
            }
        }
    }

    static String generate() {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        return supportsPosix(dir)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    private static boolean supportsPosix(Path dir) {
        try {
            return Files.getFileStore(dir).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }
}
