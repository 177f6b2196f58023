package org.mechgraph.imports.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.mechgraph.imports.Format;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;

/**
 * mechgraph's own format: one claim per row, as JSON lines (a file whose first character is <code>{</code>) or as a
 * table with a header row, tab-separated when the header has a tab, comma-separated otherwise. The fields are the
 * same in both ({@link ClaimFields#COLUMNS}; the README shows an example); in JSON, {@code paper} and {@code reports}
 * may also be objects ({@code {"id": …, "title": …}}) and authors a list.
 */
public final class ClaimsFormat implements Format {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Iterator<ImportRow> rows(String name, Reader text) {
        BufferedReader in = new BufferedReader(text, 64 * 1024);
        try {
            in.mark(1 << 16);
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
            in.reset();
            if (c == '{') {
                return new JsonLines(name, in);
            }
            String header = firstLine(in);
            in.reset();
            return new Table(name, new Delimited(name, in, header.indexOf('\t') >= 0 ? '\t' : ','));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(BufferedReader in) throws IOException {
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.isBlank());
        return line == null ? "" : line;
    }

    /** Rows of a table: the header names the fields, every row has as many fields as the header. */
    private static final class Table extends Rows {
        private final Delimited in;
        private List<String> header;

        Table(String file, Delimited in) {
            super(file);
            this.in = in;
        }

        @Override
        ImportRow read() {
            if (header == null) {
                header = in.next();
                if (header == null) {
                    return null;
                }
                header = header.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
                ClaimFields.checkNames(file, in.recordLine(), header);
                List<String> missing = ClaimFields.missingColumns(header);
                if (!missing.isEmpty()) {
                    throw new ImportException(file, in.recordLine(), missing.get(0), "the header has no column "
                            + String.join(", ", missing) + " (the first line must name the columns)");
                }
            }
            List<String> values = in.next();
            if (values == null) {
                return null;
            }
            if (values.size() != header.size()) {
                throw new ImportException(file, in.recordLine(), null, "wrong columns: " + values.size()
                        + " fields where the header has " + header.size());
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), values.get(i));
            }
            return new ClaimFields(file, in.recordLine(), fields).claim();
        }
    }

    /** Rows of JSON lines: one object per line. */
    private static final class JsonLines extends Rows {
        private final BufferedReader in;
        private long line;

        JsonLines(String file, BufferedReader in) {
            super(file);
            this.in = in;
        }

        @Override
        ImportRow read() {
            try {
                String text;
                do {
                    text = in.readLine();
                    line++;
                } while (text != null && text.isBlank());
                if (text == null) {
                    return null;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new ImportException(file, line, null, "not a JSON object: "
                            + e.getOriginalMessage());
                }
                if (node == null || !node.isObject()) {
                    throw new ImportException(file, line, null, "not a JSON object: each line holds one claim");
                }
                Map<String, String> fields = new HashMap<>();
                node.fields().forEachRemaining(f -> flatten(f.getKey(), f.getValue(), fields));
                ClaimFields.checkNames(file, line, fields.keySet());
                return new ClaimFields(file, line, fields).claim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void flatten(String key, JsonNode value, Map<String, String> out) {
            if (value.isObject() && (key.equals("paper") || key.equals("reports"))) {
                value.fields().forEachRemaining(f -> flatten(f.getKey().equals("id") ? key : key + "_" + f.getKey(),
                        f.getValue(), out));
            } else if (value.isArray()) {
                StringBuilder joined = new StringBuilder();
                value.forEach(v -> joined.append(joined.length() == 0 ? "" : ";").append(v.asText()));
                out.put(key, joined.toString());
            } else if (value.isValueNode() && !value.isNull()) {
                out.put(key, value.asText());
            } else if (!value.isNull()) {
                throw new ImportException(file, line, key, "expected text, a number or a list");
            }
        }
    }

    /** An iterator that reads one row ahead. */
    private abstract static class Rows implements Iterator<ImportRow> {
        final String file;
        private ImportRow next;
        private boolean done;

        Rows(String file) {
            this.file = file;
        }

        abstract ImportRow read();

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = read();
                done = next == null;
            }
            return next != null;
        }

        @Override
        public ImportRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportRow row = next;
            next = null;
            return row;
        }
    }
}
