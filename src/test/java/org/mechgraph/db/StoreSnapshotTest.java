package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class StoreSnapshotTest {

    @Test
    void aSnapshotUnpacksUnderTheDatabaseNameItIsGiven() throws IOException {
        Path built = Files.createTempDirectory("snapshot-built");
        write(built.resolve("data/databases/neo4j/neostore"), "store");
        write(built.resolve("data/databases/neo4j/schema/index/1/index"), "index");
        write(built.resolve("data/databases/neo4j/database_lock"), "");
        write(built.resolve("data/transactions/neo4j/checkpoint.0"), "checkpoint");
        var out = new ByteArrayOutputStream();
        StoreSnapshot.write(built, "neo4j", out, "key");

        Path home = Files.createTempDirectory("snapshot-home");
        assertTrue(snapshot(out.toByteArray()).restoreInto(home, "other"));
        assertEquals("store", Files.readString(home.resolve("data/databases/other/neostore")));
        assertEquals("index", Files.readString(home.resolve("data/databases/other/schema/index/1/index")));
        assertEquals("checkpoint", Files.readString(home.resolve("data/transactions/other/checkpoint.0")));
        assertFalse(Files.exists(home.resolve("data/databases/other/database_lock")), "no lock of another home");
        assertFalse(Files.exists(home.resolve(".data-unpacking")));
    }

    @Test
    void aHomeNeo4jHasWrittenIsLeftAlone() throws IOException {
        Path home = Files.createTempDirectory("snapshot-used");
        write(home.resolve("data/dbms/auth.ini"), "x");
        assertFalse(snapshot(zip("databases/neostore")).restoreInto(home, "neo4j"));
        assertFalse(Files.exists(home.resolve("data/databases")));
    }

    @Test
    void anEntryOutsideTheDatabaseIsRefused() throws IOException {
        Path home = Files.createTempDirectory("snapshot-evil");
        for (String entry : new String[] {"databases/../../bolt-password", "dbms/auth.ini", "neostore"}) {
            assertThrows(IllegalStateException.class, () -> snapshot(zip(entry)).restoreInto(home, "neo4j"), entry);
            assertFalse(Files.exists(home.resolve("data")), entry);
        }
    }

    private static StoreSnapshot snapshot(byte[] zip) throws IOException {
        Path file = Files.createTempFile("snapshot", ".zip");
        Files.write(file, zip);
        return StoreSnapshot.file(file);
    }

    private static byte[] zip(String entry) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
