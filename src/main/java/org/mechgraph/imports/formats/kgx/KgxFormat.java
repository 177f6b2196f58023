package org.mechgraph.imports.formats.kgx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.mechgraph.imports.Format;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.formats.RowStream;
import org.mechgraph.imports.formats.TsvReader;

/**
 * The Biolink KGX interchange format: a nodes file or an edges file, as TSV (a header row; columns vary from file to
 * file, only {@code id} or {@code subject, predicate, object} are required) or as JSON lines (one object a line).
 * Nodes files give entities ({@link KgxEntities}), edges files claims ({@link KgxEdges}).
 */
public final class KgxFormat implements Format {

    static final List<String> NODE_COLUMNS = List.of("id");
    static final List<String> EDGE_COLUMNS = List.of("subject", "predicate", "object");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Iterator<ImportRow> rows(String name, Reader text) {
        BufferedReader in = new BufferedReader(text, 1 << 16);
        if (firstCharacter(name, in) == '{') {
            return jsonLines(name, in);
        }
        TsvReader tsv = new TsvReader(name, in).allowShortRows();
        boolean edges = tsv.header().containsAll(EDGE_COLUMNS);
        if (!edges) {
            tsv.require(NODE_COLUMNS, "a KGX nodes file (id, category, name, …) or edges file (subject, predicate, "
                    + "object, …)");
        }
        return RowStream.of(tsv, (row, out) -> map(new KgxRecord.Tsv(row), edges, out));
    }

    private static void map(KgxRecord r, boolean edges, Deque<ImportRow> out) {
        if (edges) {
            List<ImportRow> rows = new ArrayList<>(1);
            KgxEdges.edge(r, rows);
            out.addAll(rows);
        } else {
            out.add(KgxEntities.node(r));
        }
    }

    private static Iterator<ImportRow> jsonLines(String name, BufferedReader in) {
        return new RowStream() {
            private long line;
            private Boolean edges;

            @Override
            protected boolean fill(Deque<ImportRow> out) {
                String text;
                try {
                    text = in.readLine();
                } catch (IOException e) {
                    throw new ImportException(name, line + 1, null, "cannot read: " + e.getMessage());
                }
                if (text == null) {
                    return false;
                }
                line++;
                if (text.isBlank()) {
                    return true;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new ImportException(name, line, null, "not a JSON object: "
                            + e.getOriginalMessage());
                }
                if (node == null || !node.isObject()) {
                    throw new ImportException(name, line, null, "not a JSON object");
                }
                if (edges == null) {
                    edges = node.has("subject") || node.has("predicate") || node.has("object");
                }
                map(new KgxRecord.Json(new ImportRow.Line(name, line), node), edges, out);
                return true;
            }
        };
    }

    private static int firstCharacter(String name, BufferedReader in) {
        try {
            in.mark(1 << 16);
            int c;
            int read = 0;
            do {
                c = in.read();
                read++;
            } while (c != -1 && Character.isWhitespace(c) && read < (1 << 16) - 1);
            in.reset();
            return c;
        } catch (IOException e) {
            throw new ImportException(name, 0, null, "cannot read: " + e.getMessage());
        }
    }
}
