package org.mechgraph.imports.formats;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;

/** One row of a tab-separated file, read by column name; every complaint names the file, line and column. */
public record TsvRow(String file, long line, Map<String, Integer> columns, String[] values) {

    public ImportRow.Line at() {
        return new ImportRow.Line(file, line);
    }

    /** The stripped value, or null when the column is absent or the field blank. */
    public String get(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return null;
        }
        String v = values[i].strip();
        return v.isEmpty() ? null : v;
    }

    public String required(String column) {
        String v = get(column);
        if (v == null) {
            throw error(column, "required field is empty");
        }
        return v;
    }

    /** A {@code |}-joined list, empty when blank. */
    public List<String> list(String column) {
        String v = get(column);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public ImportException error(String column, String message) {
        return new ImportException(file, line, column, message);
    }
}
