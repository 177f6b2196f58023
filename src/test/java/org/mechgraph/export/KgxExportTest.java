package org.mechgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KgxExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows of a TSV with a header line, each a map from column to cell; every row as wide as the header. */
    static List<Map<String, String>> tsv(String text) {
        List<String> lines = text.lines().toList();
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertEquals(header.length, cells.length, line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String write(KgxWriter w) throws Exception {
        var out = new StringWriter();
        w.write(Fixtures.subgraph(), out);
        return out.toString();
    }

    interface KgxWriter {
        void write(Subgraph g, java.io.Writer out) throws Exception;
    }

    @Test
    void nodesAreNamedByTheirFirstExternalIdAndKeepTheirMechgraphIdAsAnXref() throws Exception {
        var rows = tsv(write(KgxExport::writeNodesTsv));
        assertEquals(KgxExport.NODE_COLUMNS, List.copyOf(rows.get(0).keySet()));
        assertEquals("CHEBI:6121", rows.get(0).get("id"));
        assertEquals("biolink:Drug", rows.get(0).get("category"));
        assertEquals("DRUGBANK:DB01221|mechgraph:ketamine", rows.get(0).get("xref"));
        assertEquals("NCBIGene:4988", rows.get(1).get("id"));
        assertEquals("biolink:Protein", rows.get(1).get("category"));
        assertEquals("mechgraph:odd", rows.get(2).get("id"));
    }

    @Test
    void signedEffectsAreCausalPredicatesWithADirectionQualifier() throws Exception {
        Map<String, Map<String, String>> byType = new LinkedHashMap<>();
        tsv(write(KgxExport::writeEdgesTsv)).forEach(r -> byType.put(r.get("original_predicate"), r));
        var activates = byType.get("mechgraph:ACTIVATES");
        assertEquals("biolink:affects", activates.get("predicate"));
        assertEquals("biolink:causes", activates.get("qualified_predicate"));
        assertEquals("activity", activates.get("object_aspect_qualifier"));
        assertEquals("increased", activates.get("object_direction_qualifier"));
        assertEquals("decreased", byType.get("mechgraph:INHIBITS").get("object_direction_qualifier"));
        assertEquals("increased", byType.get("mechgraph:INCREASES").get("object_direction_qualifier"));
        assertEquals("decreased", byType.get("mechgraph:DECREASES").get("object_direction_qualifier"));
        assertEquals("activity_or_abundance", byType.get("mechgraph:DECREASES").get("object_aspect_qualifier"));
        var binds = byType.get("mechgraph:BINDS");
        assertEquals("biolink:directly_physically_interacts_with", binds.get("predicate"));
        assertEquals("", binds.get("object_direction_qualifier"));
        assertEquals("infores:hetionet", binds.get("primary_knowledge_source"));
        assertEquals("CC BY-NC 4.0", binds.get("license"));
        assertEquals("", binds.get("supporting_text"), "a record has no sentence");
    }

    @Test
    void oneEdgePerPieceOfEvidenceWithTheSourceFirstInPublicationsAndARecordCitingOnlyItsReferences()
            throws Exception {
        var rows = tsv(write(KgxExport::writeEdgesTsv));
        assertEquals(6, rows.size());
        var report = rows.stream().filter(r -> r.get("mechgraph_evidence").equals("report")).findFirst().orElseThrow();
        assertEquals("seed:000|doi:10.1/x", report.get("publications"));
        var record = rows.stream().filter(r -> r.get("mechgraph_evidence").equals("record")).findFirst().orElseThrow();
        assertEquals("PMID:6246318", record.get("publications"), "the database is the knowledge source, not a work");
        assertEquals("infores:hetionet", record.get("primary_knowledge_source"));
        assertEquals("not_provided", record.get("agent_type"));
        assertEquals("manual_agent", report.get("agent_type"));
        rows.forEach(r -> assertTrue(r.get("predicate").startsWith("biolink:")));
        rows.forEach(r -> assertTrue(r.get("id").startsWith("mechgraph:")));
    }

    @Test
    void tsvFlattensTabsAndLineBreaksAndKeepsListsApartWhileJsonLinesKeepEverything() throws Exception {
        var conib = tsv(write(KgxExport::writeEdgesTsv)).stream()
                .filter(r -> r.get("primary_knowledge_source").equals("infores:conib")).findFirst().orElseThrow();
        String flat = conib.get("supporting_text");
        assertFalse(flat.contains("\t") || flat.contains("\n") || flat.contains("|"));
        assertTrue(flat.contains("it's tabbed new line, μ-opioid ✓ 😀 \u00a6 piped"), flat);
        assertEquals("NCBITaxon:10090", conib.get("species_context_qualifier"));

        List<JsonNode> edges = write(KgxExport::writeEdgesJsonl).lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        JsonNode exact = edges.stream().filter(e -> e.path("primary_knowledge_source").asText()
                .equals("infores:conib")).findFirst().orElseThrow();
        assertEquals(Fixtures.NASTY, exact.get("supporting_text").get(0).asText());
        assertTrue(exact.get("publications").isArray());
        JsonNode binds = edges.stream().filter(e -> e.path("original_predicate").asText()
                .equals("mechgraph:BINDS")).findFirst().orElseThrow();
        assertNull(binds.get("qualified_predicate"), "only values that are set are written");
        JsonNode node = JSON.readTree(write(KgxExport::writeNodesJsonl).lines().toList().get(2));
        assertEquals(Fixtures.NASTY, node.get("name").asText());
        assertEquals(Arrays.asList("biolink:BiologicalProcessOrActivity"),
                JSON.convertValue(node.get("category"), List.class));
    }
}
