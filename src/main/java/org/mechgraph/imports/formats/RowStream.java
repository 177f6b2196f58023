package org.mechgraph.imports.formats;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.mechgraph.imports.ImportRow;

/**
 * An iterator over import rows that reads its file lazily: {@link #fill} reads the next line and adds the rows it
 * yields (one, several or none), so no more than one line's rows are ever held.
 */
public abstract class RowStream implements Iterator<ImportRow> {

    /** Maps one row of a tab-separated file to the import rows it yields. */
    @FunctionalInterface
    public interface TsvMapping {
        void map(TsvRow row, Deque<ImportRow> out);
    }

    private final Deque<ImportRow> ready = new ArrayDeque<>();
    private boolean done;

    /** The rows of a tab-separated file, each line mapped as it is read. */
    public static RowStream of(TsvReader tsv, TsvMapping mapping) {
        return new RowStream() {
            @Override
            protected boolean fill(Deque<ImportRow> out) {
                TsvRow row = tsv.next();
                if (row == null) {
                    return false;
                }
                mapping.map(row, out);
                return true;
            }
        };
    }

    /** Reads on and adds rows to {@code out}; returns false at the end of the file. */
    protected abstract boolean fill(Deque<ImportRow> out);

    @Override
    public final boolean hasNext() {
        while (ready.isEmpty() && !done) {
            done = !fill(ready);
        }
        return !ready.isEmpty();
    }

    @Override
    public final ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }
}
