package org.mechgraph.imports.formats.bel;

import java.util.List;
import org.mechgraph.imports.PaperRef;

/** The paper a CONIB row cites: PubMed id (with the title, journal and date the row gives), DOI or URL. */
final class ConibPapers {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern PMID = java.util.regex.Pattern.compile("\\d{1,9}");

    private ConibPapers() {
    }

    /** Null when the row cites nothing; throws {@link IllegalArgumentException} for a citation it cannot read. */
    static PaperRef paper(String db, String id, String title, String journal, String date) {
        if (db == null) {
            return null;
        }
        if (id == null) {
            throw new IllegalArgumentException("citation_db is " + db + " but citation_id is empty");
        }
        Integer year = date != null && YEAR.matcher(date).lookingAt() ? Integer.valueOf(date.substring(0, 4)) : null;
        return switch (db) {
            case "pubmed" -> {
                if (!PMID.matcher(id).matches()) {
                    throw new IllegalArgumentException("not a PubMed id: \"" + id + "\"");
                }
                yield new PaperRef("pmid:" + id, journal == null ? null : "journal article", title, List.of(), year,
                        date, journal, null, id, "https://pubmed.ncbi.nlm.nih.gov/" + id + "/");
            }
            case "doi" -> new PaperRef("doi:" + id, journal == null ? null : "journal article", title, List.of(),
                    year, date, journal, id, null, "https://doi.org/" + id);
            case "url" -> new PaperRef("url:" + id, null, title, List.of(), year, date, journal, null, null, id);
            default -> throw new IllegalArgumentException("unknown citation_db \"" + db
                    + "\" (expected pubmed, doi or url)");
        };
    }
}
