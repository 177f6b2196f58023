package org.mechgraph.imports;

/** Hears how an import goes: each phase with the rows it will take (-1 when not known yet), then rows done. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void phase(String file, String phase, long total) {
        }

        @Override
        public void rows(long done) {
        }
    };

    void phase(String file, String phase, long total);

    void rows(long done);
}
