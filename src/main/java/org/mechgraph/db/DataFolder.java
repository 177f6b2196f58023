package org.mechgraph.db;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the embedded database's home before Neo4j sees it. Neo4j meets a folder it cannot use with pages of logger
 * errors on the terminal and a cause buried at the end; these checks name the problem in one line instead.
 */
final class DataFolder {

    /** Folders under the home Neo4j writes to, when they already exist. */
    private static final String[] WRITTEN = {"data", "data/databases", "data/transactions", "data/dbms", "logs"};

    private DataFolder() {
    }

    /**
     * Makes sure {@code home} is a folder this process can create files in, creating it if missing.
     *
     * @throws StartupException saying what is wrong and what to do
     */
    static void prepare(Path home) {
        if (Files.exists(home) && !Files.isDirectory(home)) {
            throw new StartupException("the data folder " + home + " is a file, not a folder; set MECHGRAPH_DATA_DIR"
                    + " to a folder (it is created if missing)");
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new StartupException("cannot create the data folder " + home + " (" + reason(e) + "); create it,"
                    + " or set MECHGRAPH_DATA_DIR to a folder this user can write", e);
        }
        for (String sub : WRITTEN) {
            Path dir = home.resolve(sub);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StartupException(dir + " is a file where Neo4j keeps a folder; move it away, or set"
                        + " MECHGRAPH_DATA_DIR to another folder");
            }
        }
        checkWritable(home);
        for (String sub : WRITTEN) {
            if (Files.isDirectory(home.resolve(sub))) {
                checkWritable(home.resolve(sub));
            }
        }
    }

    /**
     * Creates and deletes a file in {@code dir}. Asking for the permission bits is not enough: they say nothing about a
     * read-only mount, an immutable folder or an ACL, and everything is writable to root by its bits alone.
     */
    private static void checkWritable(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, ".mechgraph-write-check", ""));
        } catch (IOException e) {
            throw new StartupException("cannot write in the data folder " + dir + " (" + reason(e) + "); make it"
                    + " writable for this user, or set MECHGRAPH_DATA_DIR to another folder", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase();
    }
}
