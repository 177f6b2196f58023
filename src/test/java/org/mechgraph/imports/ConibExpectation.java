package org.mechgraph.imports;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mechgraph.imports.formats.bel.BelRelation;

/**
 * What a CONIB statements file should import as, worked out from its rows by the README's rules, apart from the
 * reader: a row of an imported relation with an evidence sentence and a citation is a quote of the cited paper
 * ({@code pmid:}, {@code doi:}, {@code url:}), one without them a record of CONIB naming its statement and document,
 * a row of any other relation a skip with that relation's reason.
 */
record ConibExpectation(long rows, long quoteRows, Set<List<String>> quotes, long recordRows,
                        Set<String> recordTexts, Map<String, Long> skipped) {

    /** The BEL relations the README's table imports, and the effect each becomes; any other is skipped. */
    static final Map<String, String> EFFECTS = Map.ofEntries(
            Map.entry("increases", "INCREASES"), Map.entry("directlyIncreases", "INCREASES"),
            Map.entry("decreases", "DECREASES"), Map.entry("directlyDecreases", "DECREASES"),
            Map.entry("positiveCorrelation", "ASSOCIATED_WITH"), Map.entry("negativeCorrelation", "ASSOCIATED_WITH"),
            Map.entry("association", "ASSOCIATED_WITH"), Map.entry("regulates", "ASSOCIATED_WITH"),
            Map.entry("biomarkerFor", "ASSOCIATED_WITH"), Map.entry("prognosticBiomarkerFor", "ASSOCIATED_WITH"),
            Map.entry("partOf", "PART_OF"), Map.entry("hasMember", "PART_OF"), Map.entry("hasComponent", "PART_OF"),
            Map.entry("hasVariant", "FORM_OF"));

    static ConibExpectation of(Path file) {
        Set<List<String>> quotes = new HashSet<>();
        Set<String> records = new HashSet<>();
        Map<String, Long> skipped = new TreeMap<>();
        long[] counts = new long[2];
        long rows = DataTable.each(file, row -> {
            String effect = EFFECTS.get(row.get("relation"));
            if (effect == null) {
                skipped.merge(BelRelation.of(row.get("relation")).orElseThrow().skipReason(), 1L, Long::sum);
            } else if (!row.get("evidence").isEmpty() && !row.get("citation_db").isEmpty()) {
                counts[0]++;
                String db = row.get("citation_db");
                quotes.add(List.of(effect, (db.equals("pubmed") ? "pmid" : db) + ":" + row.get("citation_id"),
                        row.get("evidence")));
            } else {
                counts[1]++;
                // The same statement twice in one document is one record.
                records.add("CONIB BEL statement " + row.get("subject_bel") + " " + row.get("relation") + " "
                        + row.get("object_bel") + " (" + row.get("document")
                        + (row.get("line").isEmpty() ? "" : " line " + row.get("line")) + ")"
                        + (row.get("evidence").isEmpty() ? "" : "; evidence: " + row.get("evidence")));
            }
        });
        return new ConibExpectation(rows, counts[0], quotes, counts[1], records, skipped);
    }

    long claimRows() {
        return quoteRows + recordRows;
    }

    long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
