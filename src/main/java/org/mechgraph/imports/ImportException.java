package org.mechgraph.imports;

/** A file mechgraph cannot import: which file, which line and field, and what is wrong. */
public final class ImportException extends RuntimeException {

    private final String file;
    private final long line;
    private final String field;

    public ImportException(String file, long line, String field, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is the file as a whole (truncated gzip, wrong header). */
    public long line() {
        return line;
    }

    /** The column or JSON field at fault, or null. */
    public String field() {
        return field;
    }

    /** For a terminal or a log: {@code edges.tsv line 12, field relation: unknown relation "foo"}. */
    public String describe() {
        return file + (line > 0 ? " line " + line : "") + (field != null ? ", field " + field : "") + ": "
                + getMessage();
    }
}
