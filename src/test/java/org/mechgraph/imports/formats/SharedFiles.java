package org.mechgraph.imports.formats;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.mechgraph.imports.Format;
import org.mechgraph.imports.ImportRow;

/**
 * The public data sets in {@code ../shared/data} (or {@code MECHGRAPH_SHARED_DATA}), for tests that read real
 * rows; a test that needs them is skipped, with the reason, where the folder is absent.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path root() {
        String env = System.getenv("MECHGRAPH_SHARED_DATA");
        return Path.of(env != null ? env : "../shared/data").toAbsolutePath().normalize();
    }

    /** The file, or the test is skipped when the shared data folder (or the file) is not there. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        assumeTrue(Files.isRegularFile(path), "skipped: " + path + " is absent (the public data sets live in "
                + "../shared/data beside the project, or MECHGRAPH_SHARED_DATA)");
        return path;
    }

    public static Reader open(Path path) {
        try {
            InputStream in = Files.newInputStream(path);
            if (path.toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of a shared file through a format, each handed to {@code each}; returns the row count. */
    public static long read(Format format, String relative, Consumer<ImportRow> each) {
        Path path = require(relative);
        try (Reader in = open(path)) {
            long n = 0;
            for (Iterator<ImportRow> it = format.rows(path.getFileName().toString(), in); it.hasNext(); n++) {
                each.accept(it.next());
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of a text given in the test itself. */
    public static List<ImportRow> rows(Format format, String name, String text) {
        List<ImportRow> out = new ArrayList<>();
        format.rows(name, new StringReader(text)).forEachRemaining(out::add);
        return out;
    }

    /** Rows counted by kind: "claim TYPE", "entity Label", "skipped: reason". */
    public static Map<String, Long> tally(Format format, String relative) {
        Map<String, Long> counts = new TreeMap<>();
        read(format, relative, row -> counts.merge(key(row), 1L, Long::sum));
        return counts;
    }

    static String key(ImportRow row) {
        if (row instanceof ImportRow.Claim c) {
            return "claim " + c.evidence() + " " + c.relation();
        }
        if (row instanceof ImportRow.Entity e) {
            return "entity " + e.entity().label();
        }
        return "skipped: " + ((ImportRow.Skipped) row).reason();
    }
}
