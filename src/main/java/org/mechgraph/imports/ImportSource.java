package org.mechgraph.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An import file that can be read more than once (once to check every row, once to write): a file on disk, or a
 * request body held in memory. {@code name} is what messages call it.
 */
public interface ImportSource {

    String name();

    InputStream open() throws IOException;

    static ImportSource of(Path file) {
        return new ImportSource() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    /** A file shipped in the jar, such as {@code excerpts/hetionet/ketamine-edges.tsv}. */
    static ImportSource resource(String path) {
        return new ImportSource() {
            @Override
            public String name() {
                return path.substring(path.lastIndexOf('/') + 1);
            }

            @Override
            public InputStream open() throws IOException {
                InputStream in = ImportSource.class.getClassLoader().getResourceAsStream(path);
                if (in == null) {
                    throw new IOException("missing resource " + path);
                }
                return in;
            }
        };
    }

    static ImportSource of(String name, byte[] bytes) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }
}
