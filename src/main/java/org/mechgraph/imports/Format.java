package org.mechgraph.imports;

import java.io.Reader;
import java.util.Iterator;

/**
 * A file format mechgraph imports. A format reads text (already decompressed and checked to be UTF-8) and yields
 * rows one at a time, so a large file is never held in memory; a row it cannot read throws
 * {@link ImportException} naming the line and field.
 */
public interface Format {

    /** The rows of one file; {@code name} is the file name used in messages and line numbers. */
    Iterator<ImportRow> rows(String name, Reader text);
}
