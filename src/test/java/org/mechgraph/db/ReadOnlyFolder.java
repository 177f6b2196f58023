package org.mechgraph.db;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder this process really cannot create files in, for as long as it is open. Taking the write bits away is not
 * enough when the tests run as root, which writes regardless; there the folder is made immutable ({@code chattr +i}),
 * which stops root too. Where neither works, the test is skipped rather than passing for the wrong reason.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path dir;
    private final boolean immutable;

    private ReadOnlyFolder(Path dir, boolean immutable) {
        this.dir = dir;
        this.immutable = immutable;
    }

    static ReadOnlyFolder make(Path dir) throws IOException {
        ReadOnlyFolder folder;
        if (isRoot()) {
            assumeTrue(run("chattr", "+i", dir.toString()), "chattr +i is not available here");
            folder = new ReadOnlyFolder(dir, true);
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            folder = new ReadOnlyFolder(dir, false);
        }
        boolean writable;
        try {
            Files.delete(Files.createTempFile(dir, "probe", ""));
            writable = true;
        } catch (IOException e) {
            writable = false;
        }
        if (writable) {
            folder.close();
        }
        assumeTrue(!writable, "this system lets the process write in " + dir + " anyway");
        return folder;
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            run("chattr", "-i", dir.toString());
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
