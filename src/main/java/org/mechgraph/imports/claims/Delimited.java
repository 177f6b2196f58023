package org.mechgraph.imports.claims;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.mechgraph.imports.ImportException;

/**
 * Reads CSV or TSV records one at a time (RFC 4180 quoting: a field in double quotes may hold the separator, line
 * breaks and {@code ""} for a quote), remembering the line each record starts on.
 */
final class Delimited {

    private final String file;
    private final Reader in;
    private final char separator;
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;

    Delimited(String file, Reader in, char separator) {
        this.file = file;
        this.in = in;
        this.separator = separator;
    }

    /** The line the last record returned by {@link #next} starts on. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, skipping blank lines; null at the end. */
    List<String> next() {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                continue;
            }
            unread(c);
            recordLine = line;
            return record();
        }
    }

    private List<String> record() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new ImportException(file, recordLine, null, "a quoted field opened on this line is never"
                            + " closed");
                } else if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(next);
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int next = read();
                    if (next != '\n') {
                        unread(next);
                    }
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            int c = in.read();
            if (c == '\n') {
                line++;
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
