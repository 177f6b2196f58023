package org.mechgraph.export;

import java.io.IOException;
import java.io.Writer;
import org.mechgraph.export.Subgraph.Paper;

/**
 * The cited papers as RIS (EndNote, Zotero, Mendeley): {@code JOUR} for journal work, {@code ELEC} for web pages,
 * {@code DBASE} for databases, {@code GEN} for the rest. RIS has no file header, so each entry's {@code N1} note
 * carries what mechgraph does not know about it and the record sets (and licences) it is cited through.
 */
public final class RisExport {

    private RisExport() {
    }

    public static void write(Subgraph g, Writer out) throws IOException {
        for (Reference r : Reference.of(g)) {
            out.write(entry(r));
        }
    }

    static String entry(Reference r) {
        Paper p = r.paper();
        StringBuilder b = new StringBuilder();
        tag(b, "TY", switch (r.type()) {
            case ARTICLE, REVIEW -> "JOUR";
            case WEB -> "ELEC";
            case DATABASE -> "DBASE";
            case BOOK -> "BOOK";
            default -> "GEN";
        });
        tag(b, "ID", r.key());
        for (AuthorName a : r.authors()) {
            tag(b, "AU", a.literal() != null ? a.literal()
                    : a.family() + ", " + a.given() + (a.suffix() != null ? ", " + a.suffix() : ""));
        }
        tag(b, "TI", p.title());
        switch (r.type()) {
            case ARTICLE, REVIEW -> {
                tag(b, "T2", r.journal());
                tag(b, "VL", r.volume());
                tag(b, "IS", r.issue());
                if (r.pages() != null) {
                    String[] range = r.pages().split("[-\u2013]", 2);
                    tag(b, "SP", range[0]);
                    tag(b, "EP", range.length > 1 ? range[1] : null);
                }
            }
            case WEB -> tag(b, "T2", p.site());
            default -> tag(b, "T2", p.venue());
        }
        tag(b, "PY", p.year() == null ? null : p.year().toString());
        tag(b, "DA", p.date() == null ? null : p.date().replace('-', '/'));
        tag(b, "DO", p.doi());
        if (p.pmid() != null) {
            tag(b, "DB", "PubMed");
            tag(b, "AN", p.pmid());
        }
        tag(b, "UR", r.url());
        tag(b, "N1", r.note().isEmpty() ? null : r.note());
        b.append("ER  - \r\n\r\n");
        return b.toString();
    }

    /** One tagged line; a line break inside a value would start a new field, so it becomes a space. */
    private static void tag(StringBuilder b, String tag, String value) {
        if (value != null && !value.isBlank()) {
            b.append(tag).append("  - ").append(value.replaceAll("[\r\n]+", " ")).append("\r\n");
        }
    }
}
