package org.mechgraph.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mechgraph.db.Graph;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes the papers and databases a file names, each once per file. What is known is never overwritten: a paper's
 * kind, title or year already in the graph stays, a missing one is filled in, and a bare PubMed id never turns an
 * article into an unknown. The filling in waits for the import's last transaction, so an import undone before it
 * leaves the papers that were there as they were.
 */
final class PaperWriter {

    private static final String MERGE = """
            UNWIND $papers AS p
            OPTIONAL MATCH (old:Paper {id: p.id}) USING INDEX old:Paper(id)
            WITH p, old IS NULL AS isNew
            MERGE (x:Paper {id: p.id})
            ON CREATE SET x = p, x.importRun = $run
            RETURN x.id AS id, elementId(x) AS element, x.kind AS kind, x.year AS year, isNew
            """;

    private static final String FILL = """
            UNWIND $papers AS p
            MATCH (x:Paper {id: p.id}) USING INDEX x:Paper(id)
            SET x.kind = coalesce(x.kind, p.kind), x.title = coalesce(x.title, p.title),
                x.authors = coalesce(x.authors, p.authors), x.year = coalesce(x.year, p.year),
                x.date = coalesce(x.date, p.date), x.venue = coalesce(x.venue, p.venue),
                x.doi = coalesce(x.doi, p.doi), x.pmid = coalesce(x.pmid, p.pmid), x.url = coalesce(x.url, p.url)
            """;

    private static final String CITES = """
            UNWIND $cites AS c
            MATCH (s:Paper {id: c.source}) USING INDEX s:Paper(id)
            MATCH (w:Paper {id: c.work}) USING INDEX w:Paper(id)
            MERGE (s)-[r:CITES]->(w)
            ON CREATE SET r.importRun = $run
            """;

    private final SimpleQueryRunner tx;
    private final ImportCounts counts;
    private final String run;
    /** Papers the graph had (or an earlier batch wrote) that a row may know more about, filled in at the end. */
    private final Map<String, PaperRef> fills = new LinkedHashMap<>();
    /** Each paper as written so far by this file. */
    private final Map<String, PaperRef> written = new HashMap<>();
    private final Map<String, PaperRef> pending = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> cites = new LinkedHashMap<>();
    private final java.util.Set<String> citesWritten = new java.util.HashSet<>();

    /**
     * What the graph says of a paper once written: its node's element id (evidence is written to it), and its kind
     * and year, which count in the evidence figures.
     */
    record Facts(String element, String kind, Integer year) {
    }

    private final Map<String, Facts> facts = new HashMap<>();

    /** @param run the import run that the papers and citations it creates carry ({@link ImportRuns}), or null */
    PaperWriter(SimpleQueryRunner tx, ImportCounts counts, String run) {
        this.tx = tx;
        this.counts = counts;
        this.run = run;
    }

    /** Notes a paper for the next {@link #flush}. */
    void add(PaperRef paper) {
        PaperRef known = pending.containsKey(paper.id()) ? pending.get(paper.id()) : written.get(paper.id());
        PaperRef merged = known == null ? paper : fill(known, paper);
        if (!merged.equals(written.get(paper.id()))) {
            pending.put(paper.id(), merged);
        }
    }

    /** Notes that {@code source} reports {@code work} (a CITES edge). */
    void cites(String source, String work) {
        String key = source + "\n" + work;
        if (!citesWritten.contains(key)) {
            cites.put(key, Map.of("source", source, "work", work));
        }
    }

    /** Writes the papers noted since the last flush, then the CITES edges between them. */
    void flush() {
        if (!pending.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            pending.values().forEach(p -> rows.add(row(p)));
            Graph.rows(tx, MERGE, ImportRuns.params(run, "papers", rows)).forEach(r -> {
                String id = r.get("id").asString();
                PaperRef known = pending.get(id);
                // The graph's kind and year stand; what this file knows counts where the graph has nothing yet.
                Integer year = r.get("year").isNull() ? known.year() : Integer.valueOf(r.get("year").asInt());
                facts.put(id, new Facts(r.get("element").asString(), r.get("kind").asString(known.kind()), year));
                // A paper written again in this file (a later row knew more) is not counted twice.
                if (r.get("isNew").asBoolean()) {
                    counts.papersCreated++;
                } else {
                    fills.put(id, known);
                    if (!written.containsKey(id)) {
                        counts.papersPresent++;
                    }
                }
            });
            written.putAll(pending);
            pending.clear();
        }
        if (!cites.isEmpty()) {
            tx.run(CITES, ImportRuns.params(run, "cites", List.copyOf(cites.values()))).consume();
            citesWritten.addAll(cites.keySet());
            cites.clear();
        }
    }

    /** Fills in what this file knows of papers it did not create, in the import's last transaction. */
    void finish() {
        List<Map<String, Object>> rows = new ArrayList<>();
        fills.values().forEach(p -> rows.add(row(p)));
        ImportWriter.inPieces(rows, ImportWriter.BATCH, piece -> tx.run(FILL, Map.of("papers", piece)).consume());
    }

    /** The element id, kind and year the graph holds for a paper this file wrote. */
    Facts facts(String id) {
        return facts.get(id);
    }

    private static PaperRef fill(PaperRef a, PaperRef b) {
        return new PaperRef(a.id(), first(a.kind(), b.kind()), first(a.title(), b.title()),
                a.authors().isEmpty() ? b.authors() : a.authors(), first(a.year(), b.year()),
                first(a.date(), b.date()), first(a.venue(), b.venue()), first(a.doi(), b.doi()),
                first(a.pmid(), b.pmid()), first(a.url(), b.url()));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static Map<String, Object> row(PaperRef p) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("kind", p.kind());
        m.put("title", p.title());
        m.put("authors", p.authors().isEmpty() ? null : p.authors());
        m.put("year", p.year());
        m.put("date", p.date());
        m.put("venue", p.venue());
        m.put("doi", p.doi());
        m.put("pmid", p.pmid());
        m.put("url", p.url());
        m.values().removeIf(Objects::isNull);
        return m;
    }
}
