package org.mechgraph.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mechgraph.imports.ImportException;

/** The JSON body of a refused import file: the file, the line (0: the file as a whole) and the field at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportError(int status, String error, String message, String file, long line, String field) {

    static ImportError of(ImportException e) {
        return new ImportError(400, "bad request", e.describe() + "; nothing of " + e.file() + " was imported",
                e.file(), e.line(), e.field());
    }
}
