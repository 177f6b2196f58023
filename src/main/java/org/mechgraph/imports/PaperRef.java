package org.mechgraph.imports;

import java.util.List;

/**
 * A source as a row names it. {@code id} is mechgraph's paper id ({@code pmid:30935091}, {@code doi:10.…},
 * {@code db:hetionet}, …); {@code kind} is null unless the row says what it is (a bare PubMed id has no kind).
 */
public record PaperRef(String id, String kind, String title, List<String> authors, Integer year, String date,
                       String venue, String doi, String pmid, String url) {

    public PaperRef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a paper needs an id");
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A PubMed id and nothing else: shown as "PubMed record", never as an article of a known kind. */
    public static PaperRef pubmed(String pmid) {
        return new PaperRef("pmid:" + pmid, null, null, List.of(), null, null, null, null, pmid, null);
    }
}
