package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoltPasswordTest {

    @TempDir
    Path home;

    @Test
    void theFirstStartGeneratesALongUrlSafePasswordAndLaterStartsReadIt() {
        BoltPassword first = BoltPassword.readOrCreate(home);
        assertTrue(first.created());
        assertTrue(first.value().matches("[A-Za-z0-9]{32}"), first.value());
        assertEquals(home.resolve("bolt-password"), first.file());

        BoltPassword again = BoltPassword.readOrCreate(home);
        assertFalse(again.created());
        assertEquals(first.value(), again.value());
    }

    @Test
    void eachFolderGetsItsOwnPassword(@TempDir Path other) {
        assertNotEquals(BoltPassword.readOrCreate(home).value(), BoltPassword.readOrCreate(other).value());
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(Files.getFileStore(home).supportsFileAttributeView("posix"), "POSIX permissions");
        Path file = BoltPassword.readOrCreate(home).file();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        BoltPassword.readOrCreate(home);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a copied-in file with looser permissions is tightened");
    }

    @Test
    void aPasswordSetByHandIsUsedAsItIs() throws IOException {
        Files.writeString(home.resolve("bolt-password"), "  my-own-long-password \n");
        assertEquals("my-own-long-password", BoltPassword.readOrCreate(home).value());
    }

    @Test
    void anUnusableFileIsNamedWithWhatToDo() throws IOException {
        Files.writeString(home.resolve("bolt-password"), "short\n");
        var e = assertThrows(StartupException.class, () -> BoltPassword.readOrCreate(home));
        assertTrue(e.getMessage().contains(home.resolve("bolt-password").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("delete it"), e.getMessage());
    }

    @Test
    void discardRemovesOnlyAPasswordThisStartMade() {
        BoltPassword made = BoltPassword.readOrCreate(home);
        BoltPassword.readOrCreate(home).discard();
        assertTrue(Files.exists(made.file()), "a password read from the file stays");
        made.discard();
        assertFalse(Files.exists(made.file()));
    }

    @Test
    void itNeverShowsInToString() {
        BoltPassword password = BoltPassword.readOrCreate(home);
        assertFalse(password.toString().contains(password.value()));
        var login = new BoltCredentials("neo4j", password.value(), password.file());
        assertFalse(login.toString().contains(password.value()));
    }
}
