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
        assertEquals("mechgraph:cyp2b6|hetionet:Gene::1555|hgnc.symbol:CYP2B6", gene.get("xref"),
                "ids with no registered prefix go into xref as the graph stores them, so a reimport meets this node");
        assertEquals("DOID:0050741", nodes.get("alcohol dependence").get("id"));
        assertEquals("biolink:Disease", nodes.get("alcohol dependence").get("category"));
        assertEquals("GO:0007268", nodes.get("synaptic transmission").get("id"));
        assertEquals("biolink:BiologicalProcess", nodes.get("synaptic transmission").get("category"));
        var ketamine = nodes.get("ketamine");
        assertEquals("CHEBI:6121", ketamine.get("id"));
        assertEquals("DRUGBANK:DB01221|mechgraph:ketamine|hetionet:Compound::DB01221", ketamine.get("xref"),
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

    @Test
    void graphmlAndCsvCarryTheNewLabelsAndTheMergedIdentifiersAndARecordIsNeverInQuotationMarks()
            throws Exception {
        String graphml = write(GraphmlExport::write);
        assertTrue(graphml.contains("<data key=\"type\">BiologicalProcess</data>"), graphml);
        assertTrue(graphml.contains("<data key=\"identifiers\">hetionet:Gene::1555; hgnc.symbol:CYP2B6; "
                + "mechgraph:cyp2b6; ncbigene:1555</data>"), graphml);
        assertTrue(graphml.contains("Hetionet v1.0 (2017) record: Hetionet v1.0 CbG edge (Compound binds Gene; "
                + "sources: DrugBank (enzyme); actions: substrate); licence CC BY-NC 4.0 (cites PubMed 19515014, "
                + "PubMed 19934256)"), graphml);
        assertTrue(graphml.contains("PubMed 20000001: \u201cKetamine reduced synaptic transmission.\u201d"), graphml);
        String record = graphml.substring(graphml.indexOf("Hetionet v1.0 (2017) record"));
        record = record.substring(0, record.indexOf("</data>"));
        assertFalse(record.contains("\u201c") || record.contains("\""), record);

        var out = new StringWriter();
        CsvExport.writeNodes(Fixtures.imported(), out, false);
        var rows = by(CsvExportTest.parse(out.toString()), r -> r.get(0));
        int identifiers = CsvExport.NODE_COLUMNS.indexOf("identifiers");
        assertEquals("Disease", rows.get("alcohol-dependence").get(2));
        assertEquals("hetionet:Gene::1555; hgnc.symbol:CYP2B6; mechgraph:cyp2b6; ncbigene:1555",
                rows.get("cyp2b6").get(identifiers));
    }

    @Test
    void jsonKeepsARecordsWordsApartFromQuotes() throws Exception {
        JsonNode doc = JSON.readTree(write(JsonExport::write));
        JsonNode gene = doc.get("nodes").get(1);
        assertEquals("Gene", gene.get("type").asText());
        assertEquals("ncbigene:1555", gene.get("identifiers").get(3).asText());
        JsonNode record = doc.get("links").get(0).get("evidence").get(0);
        assertEquals("record", record.get("kind").asText());
        assertFalse(record.has("quote"), record.toString());
        assertTrue(record.get("record").asText().startsWith("Hetionet v1.0 CbG edge"));
        assertEquals("pmid:19515014", record.get("references").get(0).asText());
    }

    @Test
    void cypherRebuildsTheNewLabelsTheirIdentifiersAndRecordsAsRecords() throws Exception {
        String script = write(CypherExport::write);
        assertTrue(script.contains("MERGE (n:Entity {id: 'cyp2b6'}) SET n:`Gene`"), script);
        assertTrue(script.contains("SET n:`BiologicalProcess`"), script);
        assertTrue(script.contains("MATCH (n:Entity {id: 'cyp2b6'}) UNWIND ['hetionet:Gene::1555', "
                + "'hgnc.symbol:CYP2B6', 'mechgraph:cyp2b6', 'ncbigene:1555'] AS id MERGE (i:Identifier {id: id})"),
                script);
        String claim = script.lines().filter(l -> l.contains("{key: 'r1'}")).findFirst().orElseThrow();
        assertTrue(claim.contains("`evidence`: 'record', `record`: 'Hetionet v1.0 CbG edge"), claim);
        assertFalse(claim.contains("`quote`"), claim);
    }

    @Test
    void barePubMedIdsAreReferencesThatSayTheyAreBareAndTheDatabaseIsADataset() throws Exception {
        String bib = write(BibtexExport::write);
        String bare = bib.substring(bib.indexOf("@misc{pmid19515014,"));
        bare = bare.substring(0, bare.indexOf("\n}"));
        assertFalse(bare.contains("title ="), bare);
        assertTrue(bare.contains("note = {PubMed record 19515014; metadata not in mechgraph. Cited in mechgraph by "
                + "Hetionet v1.0 records (DrugBank-derived, CC BY-NC 4.0, non-commercial)}"), bare);
        assertTrue(bib.contains("@misc{himmelstein2017hetionet,"), bib);

        String ris = write(RisExport::write);
        assertTrue(ris.contains("TY  - GEN\r\nID  - pmid19515014\r\nDB  - PubMed\r\nAN  - 19515014\r\n"), ris);
        assertTrue(ris.contains("N1  - PubMed record 19515014; metadata not in mechgraph"), ris);
        assertTrue(ris.contains("TY  - DBASE\r\nID  - himmelstein2017hetionet\r\n"), ris);

        var items = by(List.of(JSON.readValue(write(CslJsonExport::write), JsonNode[].class)),
                i -> i.get("id").asText());
        JsonNode quoted = items.get("pmid20000001");
        assertEquals("document", quoted.get("type").asText());
        assertFalse(quoted.has("title"), quoted.toString());
        assertTrue(quoted.get("note").asText().startsWith("PubMed record 20000001; metadata not in mechgraph. "
                + "Cited in mechgraph by CONIB"), quoted.toString());
        assertEquals("dataset", items.get("himmelstein2017hetionet").get("type").asText());
    }
}
