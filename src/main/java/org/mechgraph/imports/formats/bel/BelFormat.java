package org.mechgraph.imports.formats.bel;

import java.io.Reader;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.imports.Format;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.PaperRef;
import org.mechgraph.imports.formats.Databases;
import org.mechgraph.imports.formats.RowStream;
import org.mechgraph.imports.formats.Species;
import org.mechgraph.imports.formats.TsvReader;
import org.mechgraph.imports.formats.TsvRow;

/**
 * BEL statements in CONIB's TSV export, one claim per row. A row with an evidence sentence is a quote of the paper it
 * cites; a row without one (the structural statements BEL derives from its terms: partOf, hasVariant) is a record of
 * CONIB. Relations are mapped by {@link BelRelation}; skipped relations give a {@link ImportRow.Skipped} row.
 */
public final class BelFormat implements Format {

    static final List<String> COLUMNS = List.of("document", "line", "subject_bel", "subject_function",
            "subject_namespace", "subject_name", "relation", "object_bel", "object_function", "object_namespace",
            "object_name", "citation_db", "citation_id", "citation_title", "journal", "pub_date", "evidence",
            "species", "annotations_json");
    static final String LICENSE = "CC BY 4.0";

    @Override
    public Iterator<ImportRow> rows(String name, Reader text) {
        TsvReader tsv = new TsvReader(name, text);
        tsv.require(COLUMNS, "a CONIB BEL statements file");
        return RowStream.of(tsv, (row, out) -> out.add(row(row)));
    }

    static ImportRow row(TsvRow row) {
        String relationName = row.required("relation");
        BelRelation relation = BelRelation.of(relationName).orElseThrow(() -> row.error("relation",
                "unknown BEL relation \"" + relationName + "\""));
        if (relation.effect() == null) {
            return new ImportRow.Skipped(row.at(), relation.skipReason());
        }
        EntityRef subject = term(row, "subject");
        EntityRef object = term(row, "object");
        if (relation.swap()) {
            EntityRef s = subject;
            subject = object;
            object = s;
        }
        PaperRef paper;
        try {
            paper = ConibPapers.paper(row.get("citation_db"), row.get("citation_id"), row.get("citation_title"),
                    row.get("journal"), row.get("pub_date"));
        } catch (IllegalArgumentException e) {
            throw row.error(row.get("citation_db") == null ? "citation_db" : "citation_id", e.getMessage());
        }
        String statement = row.required("subject_bel") + " " + relationName + " " + row.required("object_bel");
        // CONIB's structural statements (partOf, hasVariant) have a document but no line.
        String where = row.get("document") + (row.get("line") == null ? "" : " line " + row.get("line"));
        String sentence = row.get("evidence");
        boolean quote = sentence != null && paper != null;
        return new ImportRow.Claim(row.at(), subject, relation.effect().name(), object,
                quote ? "quote" : "record",
                quote ? paper : Databases.CONIB,
                quote ? sentence : null,
                quote ? null : "CONIB BEL statement " + statement + " (" + where + ")"
                        + (sentence != null ? "; evidence: " + sentence : ""),
                null,
                quote || paper == null ? List.of() : List.of(paper),
                Species.describe(row.get("species")),
                row.get("annotations_json"),
                "BEL: " + statement + (quote ? " (CONIB " + where + ")" : ""),
                "conib", LICENSE);
    }

    private static EntityRef term(TsvRow row, String side) {
        String bel = row.required(side + "_bel");
        try {
            return BelEntities.entity(bel, row.required(side + "_function"), row.get(side + "_namespace"),
                    row.get(side + "_name"));
        } catch (IllegalArgumentException e) {
            throw new ImportException(row.file(), row.line(), side + "_bel", e.getMessage());
        }
    }
}
