package org.mechgraph.imports.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mechgraph.imports.ImportException;

/**
 * Reads a tab-separated file one line at a time: a header row, then rows with exactly as many fields. A field may be
 * wrapped in double quotes with {@code ""} for a quote inside (as CONIB and pandas write them); blank lines are
 * passed over. Any other shape is an {@link ImportException} naming the line.
 */
public final class TsvReader {

    private final String file;
    private final BufferedReader in;
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private long line;
    private boolean shortRows;

    public TsvReader(String file, Reader text) {
        this.file = file;
        this.in = text instanceof BufferedReader b ? b : new BufferedReader(text, 1 << 16);
        String first = readLine();
        if (first == null) {
            throw new ImportException(file, 0, null, "the file is empty: a header row is needed");
        }
        header = List.copyOf(fields(first));
        for (int i = 0; i < header.size(); i++) {
            if (columns.putIfAbsent(header.get(i), i) != null) {
                throw new ImportException(file, line, header.get(i), "column named twice in the header");
            }
        }
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    /** Fails, naming the first missing column, unless the header has every one of {@code required}. */
    public void require(List<String> required, String what) {
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new ImportException(file, 1, column, "missing column: this is not " + what
                        + " (expected columns " + String.join(", ", required) + ")");
            }
        }
    }

    /**
     * Accepts rows with fewer fields than the header, the missing ones empty: KGX writers leave out trailing empty
     * fields. A row with more fields than the header is still an error.
     */
    public TsvReader allowShortRows() {
        shortRows = true;
        return this;
    }

    /** The next row, or null at the end of the file. */
    public TsvRow next() {
        String text;
        do {
            text = readLine();
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        List<String> values = fields(text);
        while (shortRows && values.size() < header.size()) {
            values.add("");
        }
        if (values.size() != header.size()) {
            throw new ImportException(file, line, null,
                    "expected " + header.size() + " tab-separated fields, found " + values.size());
        }
        return new TsvRow(file, line, columns, values.toArray(String[]::new));
    }

    private String readLine() {
        try {
            String text = in.readLine();
            if (text != null) {
                line++;
            }
            return text;
        } catch (IOException e) {
            throw new ImportException(file, line + 1, null, "cannot read: " + e.getMessage());
        }
    }

    private List<String> fields(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new ImportException(file, line, fieldName(out.size()), "quoted field is not closed");
                    }
                    char c = text.charAt(i);
                    if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                if (i < n && text.charAt(i) != '\t') {
                    throw new ImportException(file, line, fieldName(out.size()),
                            "text after the closing quote of a quoted field");
                }
                out.add(field.toString());
            } else {
                int tab = text.indexOf('\t', i);
                int end = tab < 0 ? n : tab;
                out.add(text.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return out;
            }
            i++; // the tab
        }
    }

    private String fieldName(int index) {
        return header != null && index < header.size() ? header.get(index) : "column " + (index + 1);
    }

    /** Closes the underlying reader; for tests and tools that open the file themselves. */
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
