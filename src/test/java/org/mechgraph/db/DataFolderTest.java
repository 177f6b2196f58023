package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingFolderIsCreated() {
        Path home = tmp.resolve("a/b/data");
        assertDoesNotThrow(() -> DataFolder.prepare(home));
        assertTrue(Files.isDirectory(home));
    }

    @Test
    void aFileInsteadOfAFolderIsNamed() throws IOException {
        Path file = Files.writeString(tmp.resolve("data"), "not a folder");
        var e = assertThrows(StartupException.class, () -> DataFolder.prepare(file));
        assertTrue(e.getMessage().contains(file + " is a file, not a folder"), e.getMessage());
        assertTrue(e.getMessage().contains("MECHGRAPH_DATA_DIR"), e.getMessage());
    }

    @Test
    void aFolderInsideAFileCannotBeCreated() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "");
        var e = assertThrows(StartupException.class, () -> DataFolder.prepare(file.resolve("data")));
        assertTrue(e.getMessage().startsWith("cannot create the data folder " + file.resolve("data")), e.getMessage());
    }

    @Test
    void aFileWhereNeo4jKeepsAFolderIsNamed() throws IOException {
        Files.writeString(tmp.resolve("logs"), "");
        var e = assertThrows(StartupException.class, () -> DataFolder.prepare(tmp));
        assertTrue(e.getMessage().startsWith(tmp.resolve("logs") + " is a file"), e.getMessage());
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("data"));
        try (var readOnly = ReadOnlyFolder.make(home)) {
            var e = assertThrows(StartupException.class, () -> DataFolder.prepare(home));
            assertTrue(e.getMessage().startsWith("cannot write in the data folder " + home), e.getMessage());
            assertTrue(e.getMessage().contains("make it writable"), e.getMessage());
        }
    }

    @Test
    void anUnwritableFolderInsideTheHomeIsNamedToo() throws IOException {
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        try (var readOnly = ReadOnlyFolder.make(logs)) {
            var e = assertThrows(StartupException.class, () -> DataFolder.prepare(tmp));
            assertTrue(e.getMessage().startsWith("cannot write in the data folder " + logs), e.getMessage());
        }
    }
}
