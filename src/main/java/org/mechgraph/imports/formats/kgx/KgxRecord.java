package org.mechgraph.imports.formats.kgx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.formats.TsvRow;

/**
 * One KGX node or edge, from a TSV row or a JSON line: single values and lists by field name. In TSV a list is
 * {@code |}-joined and a {@code ¦} stands for a {@code |} inside one value (as mechgraph's export writes it).
 */
interface KgxRecord {

    ImportRow.Line at();

    /** The value, or null when absent or blank; the first element of a list. */
    default String one(String field) {
        List<String> values = many(field);
        return values.isEmpty() ? null : values.get(0);
    }

    List<String> many(String field);

    default String required(String field) {
        String v = one(field);
        if (v == null) {
            throw error(field, "required field is empty");
        }
        return v;
    }

    default ImportException error(String field, String message) {
        return new ImportException(at().file(), at().line(), field, message);
    }

    record Tsv(TsvRow row) implements KgxRecord {
        @Override
        public ImportRow.Line at() {
            return row.at();
        }

        @Override
        public List<String> many(String field) {
            return row.list(field).stream().map(v -> v.replace('\u00a6', '|')).toList();
        }
    }

    record Json(ImportRow.Line at, JsonNode node) implements KgxRecord {
        @Override
        public List<String> many(String field) {
            JsonNode v = node.get(field);
            List<String> out = new ArrayList<>();
            if (v == null || v.isNull()) {
                return out;
            }
            if (v.isArray()) {
                for (JsonNode e : v) {
                    add(out, field, e);
                }
            } else {
                add(out, field, v);
            }
            return out;
        }

        private void add(List<String> out, String field, JsonNode e) {
            if (e.isContainerNode()) {
                throw error(field, "expected a text value or a list of them, found " + e.getNodeType());
            }
            String text = e.asText().strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
    }
}
