package org.mechgraph.imports.formats.kgx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mechgraph.imports.ExternalId;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.formats.SharedFiles;

class KgxFormatTest {

    private static final KgxFormat KGX = new KgxFormat();

    private static Map<String, ImportRow.Entity> nodes(String file) {
        Map<String, ImportRow.Entity> byId = new HashMap<>();
        SharedFiles.read(KGX, file, row -> {
            ImportRow.Entity e = (ImportRow.Entity) row;
            byId.put(e.entity().ids().get(0).curie(), e);
        });
        return byId;
    }

    private static List<ImportRow> edges(String file) {
        List<ImportRow> rows = new ArrayList<>();
        SharedFiles.read(KGX, file, rows::add);
        return rows;
    }

    @Test
    void shhsHgncAndNcbiGeneNodesShareItsHgncSymbol() {
        Map<String, ImportRow.Entity> nodes = nodes("kgx/graph_nodes.tsv");
        assertEquals(512, nodes.size()); // 534 rows, some ids twice
        ImportRow.Entity hgnc = nodes.get("hgnc:10848");
        assertEquals("SHH", hgnc.entity().name());
        assertEquals("Gene", hgnc.entity().label());
        assertEquals(List.of(ExternalId.of("hgnc", "10848"), ExternalId.of("hgnc.symbol", "SHH")),
                hgnc.entity().ids());
        assertEquals(List.of(ExternalId.of("ncbigene", "6469"), ExternalId.of("hgnc.symbol", "SHH")),
                nodes.get("ncbigene:6469").entity().ids());
    }

    @Test
    void anotherSpeciesGeneOfTheSameNameGetsNoHgncSymbol() {
        ImportRow.Entity horse = nodes("kgx/graph_nodes.tsv").get("ncbigene:100147450");
        assertEquals("SHH", horse.entity().name());
        assertEquals(List.of(ExternalId.of("ncbigene", "100147450")), horse.entity().ids());
    }

    @Test
    void theGraphEdgesReadAsRecordsOfTheirAggregator() {
        List<ImportRow> rows = edges("kgx/graph_edges.tsv");
        assertEquals(539, rows.size());
        ImportRow.Claim first = (ImportRow.Claim) rows.get(0);
        assertEquals("BINDS", first.relation());
        assertEquals("record", first.evidence());
        assertEquals("db:string", first.source().id());
        assertEquals("kgx:string", first.sourceSet());
        assertEquals("hgnc:10848", first.subject().ids().get(0).curie());
        long skipped = rows.stream().filter(r -> r instanceof ImportRow.Skipped).count();
        assertEquals(12, skipped); // orthologous_to
    }

    @Test
    void monarchEdgesCiteTheirPublicationsAsReferencesOfTheKnowledgeSourcesRecord() {
        List<ImportRow> rows = edges("kgx/monarch-tiny_edges.tsv");
        assertEquals(500, rows.size());
        ImportRow.Claim c = (ImportRow.Claim) rows.get(0);
        assertEquals("ASSOCIATED_WITH", c.relation());
        assertEquals("db:pombase", c.source().id());
        assertEquals("database", c.source().kind());
        assertEquals("kgx:infores:pombase", c.sourceSet());
        assertEquals(List.of("pmid:12565827"), c.references().stream().map(p -> p.id()).toList());
        assertEquals("other:PomBase:SPAC6G9.11", c.subject().ids().get(0).curie());
        assertEquals("Gene", c.subject().label());
        assertEquals("Phenotype", c.object().label());
    }

    @Test
    void jsonLinesNodesAndEdgesRead() {
        Map<String, ImportRow.Entity> nodes = nodes("kgx/valid_nodes.jsonl");
        assertEquals(7, nodes.size());
        assertEquals(List.of(ExternalId.of("hgnc", "11603"), ExternalId.of("hgnc.symbol", "TBX4")),
                nodes.get("hgnc:11603").entity().ids());
        assertEquals("Disease", nodes.get("mondo:0005002").entity().label());
        assertEquals("Chemical", nodes.get("pubchem.compound:10429502").entity().label());
        List<ImportRow> edges = edges("kgx/valid_edges.jsonl");
        assertEquals(5, edges.size());
        assertTrue(edges.stream().allMatch(r -> ((ImportRow.Claim) r).relation().equals("ASSOCIATED_WITH")));
    }

    private static List<ImportRow> tsv(String text) {
        return SharedFiles.rows(KGX, "edges.tsv", text);
    }

    @Test
    void aSupportingTextIsAQuoteOfTheFirstPublication() {
        ImportRow.Claim c = (ImportRow.Claim) tsv("subject\tpredicate\tobject\tpublications\tsupporting_text\t"
                + "primary_knowledge_source\tobject_direction_qualifier\n"
                + "CHEBI:6121\tbiolink:affects\tNCBIGene:627\tPMID:1|PMID:2\tKetamine raised BDNF.\t"
                + "infores:semmeddb\tincreased\n").get(0);
        assertEquals("INCREASES", c.relation());
        assertEquals("quote", c.evidence());
        assertEquals("pmid:1", c.source().id());
        assertEquals("Ketamine raised BDNF.", c.quote());
        assertNull(c.record());
        assertEquals("kgx:infores:semmeddb", c.sourceSet());
    }

    @Test
    void activityQualifiersGiveActivatesAndInhibits() {
        List<ImportRow> rows = tsv("subject\tpredicate\tobject\tobject_aspect_qualifier\tobject_direction_qualifier\n"
                + "CHEBI:6121\tbiolink:affects\tHGNC:4584\tactivity\tdecreased\n"
                + "CHEBI:6121\tbiolink:affects\tHGNC:8156\tactivity\tincreased\n"
                + "CHEBI:6121\tbiolink:regulates\tHGNC:8156\t\t\n");
        assertEquals(List.of("INHIBITS", "ACTIVATES", "ASSOCIATED_WITH"),
                rows.stream().map(r -> ((ImportRow.Claim) r).relation()).toList());
    }

    @Test
    void mechgraphsOwnExportReadsBackExactly() {
        List<ImportRow> rows = tsv("id\tsubject\tpredicate\tobject\tqualified_predicate\tobject_aspect_qualifier\t"
                + "object_direction_qualifier\toriginal_predicate\tpublications\tsupporting_text\t"
                + "primary_knowledge_source\tmechgraph_evidence\tlicense\n"
                + "mechgraph:k1\tmechgraph:mor\tbiolink:affects\tNCBIGene:627\tbiolink:causes\tactivity_or_abundance\t"
                + "increased\tmechgraph:INCREASES\turl:https://a.example/b|doi:10.1/x\tIt raises BDNF¦ a lot.\t"
                + "infores:mechgraph\treport\t\n"
                + "mechgraph:k2\tDRUGBANK:DB01221\tbiolink:directly_physically_interacts_with\tNCBIGene:116443\t\t\t"
                + "\tmechgraph:INHIBITS\tPMID:14740534\t\tinfores:hetionet\trecord\tCC BY-NC 4.0\n");
        ImportRow.Claim report = (ImportRow.Claim) rows.get(0);
        assertEquals("INCREASES", report.relation());
        assertEquals("report", report.evidence());
        assertEquals("doi:10.1/x", report.reports().id());
        assertEquals("It raises BDNF| a lot.", report.quote());
        assertEquals("curated", report.sourceSet());
        assertNull(report.note());
        ImportRow.Claim record = (ImportRow.Claim) rows.get(1);
        assertEquals("INHIBITS", record.relation());
        assertEquals("db:hetionet", record.source().id());
        assertEquals("hetionet", record.sourceSet());
        assertEquals("CC BY-NC 4.0", record.license());
        assertEquals(List.of(ExternalId.of("drugbank", "DB01221")), record.subject().ids());
    }

    @Test
    void aNodesMechgraphIdComesFirstAndDrugBankAddsItsChebiId() {
        ImportRow.Entity e = (ImportRow.Entity) SharedFiles.rows(KGX, "nodes.tsv",
                "id\tcategory\tname\tsynonym\txref\n"
                        + "DRUGBANK:DB01221\tbiolink:Drug\tketamine\tKetalar|Spravato\tmechgraph:ketamine|MESH:D007649\n")
                .get(0);
        assertEquals(List.of(ExternalId.of("mechgraph", "ketamine"), ExternalId.of("drugbank", "DB01221"),
                ExternalId.of("mesh", "D007649"), ExternalId.of("chebi", "6121"), ExternalId.of("chembl", "CHEMBL742")),
                e.entity().ids());
        assertEquals(List.of("Ketalar", "Spravato"), e.synonyms());
        assertEquals("Drug", e.entity().label());
    }

    @Test
    void aNegatedEdgeIsSkippedWithItsReason() {
        ImportRow row = tsv("subject\tpredicate\tobject\tnegated\nHGNC:1\tbiolink:causes\tMONDO:1\tTrue\n").get(0);
        assertEquals(KgxEdges.NEGATED, ((ImportRow.Skipped) row).reason());
    }

    @Test
    void anUnknownPredicateNamesLineAndField() {
        ImportException e = assertThrows(ImportException.class,
                () -> tsv("subject\tpredicate\tobject\nHGNC:1\tbiolink:frobnicates\tMONDO:1\n"));
        assertEquals("predicate", e.field());
        assertEquals(2, e.line());
    }

    @Test
    void aBadCurieNamesItsField() {
        ImportException e = assertThrows(ImportException.class,
                () -> tsv("subject\tpredicate\tobject\nHGNC:1\tbiolink:causes\tnot a curie\n"));
        assertEquals("edges.tsv line 2, field object: not a CURIE (prefix:identifier): \"not a curie\"",
                e.describe());
    }

    @Test
    void anUnknownCategoryWithAnUnknownPrefixIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> SharedFiles.rows(KGX, "nodes.tsv",
                "id\tcategory\nXYZ:1\tbiolink:OrganismTaxon\n"));
        assertEquals("category", e.field());
    }

    @Test
    void aBrokenJsonLineNamesItsLine() {
        ImportException e = assertThrows(ImportException.class, () -> SharedFiles.rows(KGX, "n.jsonl",
                "{\"id\": \"HGNC:1\", \"category\": [\"biolink:Gene\"]}\n{\"id\": \n"));
        assertEquals(2, e.line());
    }

    @Test
    void aFileWithNeitherNodeNorEdgeColumnsIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> SharedFiles.rows(KGX, "x.tsv", "a\tb\n"));
        assertEquals(1, e.line());
        assertFalse(e.getMessage().isBlank());
    }
}
