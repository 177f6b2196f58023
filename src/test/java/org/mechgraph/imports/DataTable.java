package org.mechgraph.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A public data file read the plain way, apart from the import pipeline, so a test's expectations come from the file
 * itself: a header row, then one map per row from column to value ({@code ""} for an empty field). A field that
 * starts with a double quote is quoted, {@code ""} standing for a quote inside, as pandas writes TSV.
 */
final class DataTable {

    private DataTable() {
    }

    static List<Map<String, String>> read(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        each(file, rows::add);
        return rows;
    }

    /** Each row in turn, for files too large to hold (Hetionet's 335,406 edges); answers the number of rows. */
    static long each(Path file, Consumer<Map<String, String>> action) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> header = fields(text.readLine());
            long n = 0;
            for (String line = text.readLine(); line != null; line = text.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = fields(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < values.size() ? values.get(i).strip() : "");
                }
                action.accept(row);
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean start = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (start && c == '"') {
                quoted = true;
            } else if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (quoted && c == '"') {
                quoted = false;
            } else if (!quoted && c == '\t') {
                out.add(field.toString());
                field.setLength(0);
                start = true;
                continue;
            } else {
                field.append(c);
            }
            start = false;
        }
        out.add(field.toString());
        return out;
    }
}
