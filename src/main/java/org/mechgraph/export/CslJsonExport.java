package org.mechgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mechgraph.export.Subgraph.Paper;

/**
 * The cited papers as CSL-JSON (Zotero, Pandoc, citeproc): an array of items whose {@code id} and
 * {@code citation-key} are the readable keys. CSL-JSON has no header, so each item's {@code note} says what
 * mechgraph does not know about it and the record sets (and licences) it is cited through.
 */
public final class CslJsonExport {

    private CslJsonExport() {
    }

    public static void write(Subgraph g, Writer out) throws IOException {
        List<Map<String, Object>> items = Reference.of(g).stream().map(CslJsonExport::item).toList();
        JsonExport.JSON.writeValue(out, items);
        out.write('\n');
    }

    static Map<String, Object> item(Reference r) {
        Paper p = r.paper();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.key());
        m.put("citation-key", r.key());
        m.put("type", switch (r.type()) {
            case ARTICLE, REVIEW -> "article-journal";
            case PREPRINT -> "article";
            case BOOK -> "book";
            case WEB -> "webpage";
            case DATABASE -> "dataset";
            default -> "document";
        });
        m.put("title", p.title());
        if (!r.authors().isEmpty()) {
            List<Map<String, String>> authors = new ArrayList<>();
            for (AuthorName a : r.authors()) {
                Map<String, String> name = new LinkedHashMap<>();
                if (a.literal() != null) {
                    name.put("literal", a.literal());
                } else {
                    name.put("family", a.family());
                    name.put("given", a.given());
                    if (a.suffix() != null) {
                        name.put("suffix", a.suffix());
                    }
                }
                authors.add(name);
            }
            m.put("author", authors);
        }
        m.put("issued", issued(p));
        m.put("container-title", r.type() == Reference.Type.WEB ? p.site() : r.journal());
        m.put("volume", r.volume());
        m.put("issue", r.issue());
        m.put("page", r.pages());
        m.put("DOI", p.doi());
        m.put("PMID", p.pmid());
        m.put("URL", r.url());
        m.put("note", r.note().isEmpty() ? null : r.note());
        return m;
    }

    /** {@code {"date-parts": [[2022, 1, 4]]}} from the date, else the year; null when neither is known. */
    private static Map<String, Object> issued(Paper p) {
        List<Integer> parts = new ArrayList<>();
        if (p.date() != null && p.date().matches("\\d{4}(-\\d{2}){0,2}")) {
            for (String part : p.date().split("-")) {
                parts.add(Integer.parseInt(part));
            }
        } else if (p.year() != null) {
            parts.add(p.year());
        }
        return parts.isEmpty() ? null : Map.of("date-parts", List.of(parts));
    }
}
