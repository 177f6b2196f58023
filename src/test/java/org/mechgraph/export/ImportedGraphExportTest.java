package org.mechgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mechgraph.imports.formats.Labels;

/**
 * What the imports add, in every format: the labels beyond the curated four, entities known only by the identifiers
 * merged into them, database records (never exported as quotes) and bare PubMed ids (never as full references).
 */
class ImportedGraphExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    interface Format {
        void write(Subgraph g, java.io.Writer out) throws Exception;
    }

    private static String write(Format f) throws Exception {
        var out = new StringWriter();
        f.write(Fixtures.imported(), out);
        return out.toString();
    }

    private static <T> Map<String, T> by(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, r -> r));
    }

    @Test
    void everyLabelHasTheBiolinkCategoryTheImportsReadItBackAs() {
        for (String label : Labels.ALL) {
            String category = Biolink.category(label);
            assertNotEquals("biolink:NamedThing", category, label);
            assertEquals(label, Labels.fromBiolink(category).orElseThrow(), "a KGX export reads back as " + label);
        }
        assertEquals("biolink:NamedThing", Biolink.category("Paper"));
        assertEquals("biolink:NamedThing", Biolink.category(null));
    }

    @Test
    void kgxNodesAreNamedByTheIdsImportsMergedIntoThemWithTheirOwnCategory() throws Exception {
        var nodes = by(KgxExportTest.tsv(write(KgxExport::writeNodesTsv)), r -> r.get("name"));
        var gene = nodes.get("CYP2B6");
        assertEquals("NCBIGene:1555", gene.get("id"));
        assertEquals("biolink:Gene", gene.get("category"));
        assertEquals("mechgraph:cyp2b6", gene.get("xref"), "ids no other source shares (hetionet:, symbols) stay out");
        assertEquals("DOID:0050741", nodes.get("alcohol dependence").get("id"));
        assertEquals("biolink:Disease", nodes.get("alcohol dependence").get("category"));
        assertEquals("GO:0007268", nodes.get("synaptic transmission").get("id"));
        assertEquals("biolink:BiologicalProcess", nodes.get("synaptic transmission").get("category"));
        var ketamine = nodes.get("ketamine");
        assertEquals("CHEBI:6121", ketamine.get("id"));
        assertEquals("DRUGBANK:DB01221|mechgraph:ketamine", ketamine.get("xref"),
                "an id kept both as a property and as an identifier is listed once");
    }

    @Test
    void kgxRecordsCiteOnlyTheirReferencesAndHaveNoSupportingText() throws Exception {
        var edges = by(KgxExportTest.tsv(write(KgxExport::writeEdgesTsv)), r -> r.get("original_predicate"));
        var binds = edges.get("mechgraph:BINDS");
        assertEquals("NCBIGene:1555", binds.get("object"));
        assertEquals("PMID:19515014|PMID:19934256", binds.get("publications"));
        assertEquals("infores:hetionet", binds.get("primary_knowledge_source"));
        assertEquals("", binds.get("supporting_text"));
        assertEquals("record", binds.get("mechgraph_evidence"));
        assertEquals("", edges.get("mechgraph:ASSOCIATED_WITH").get("publications"), "a record citing nothing");
        var quote = edges.get("mechgraph:DECREASES");
        assertEquals("PMID:20000001", quote.get("publications"));
        assertEquals("Ketamine reduced synaptic transmission.", quote.get("supporting_text"));
        assertEquals("infores:conib", quote.get("primary_knowledge_source"));
    }
}
