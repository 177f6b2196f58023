package org.mechgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mechgraph.model.EffectType;

class RecordMappingTest {

    private static Map<String, String> hetionet(String gene, String symbol, String actions, String pmids) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("source", "Compound::DB01221");
        row.put("source_name", "Ketamine");
        row.put("metaedge", "CbG");
        row.put("target", "Gene::" + gene);
        row.put("target_name", symbol);
        row.put("sources", "DrugBank (target)");
        row.put("pubmed_ids", pmids);
        row.put("actions", actions);
        row.put("license", "CC BY-NC 4.0");
        row.put("role", "ketamine_edge");
        return row;
    }

    @Test
    void blockersInhibitAgonistsActivateBindersOnlyBind() {
        assertEquals(EffectType.INHIBITS, HetionetRecords.effectOf(List.of("antagonist", "blocker")));
        assertEquals(EffectType.ACTIVATES, HetionetRecords.effectOf(List.of("agonist")));
        assertEquals(EffectType.BINDS, HetionetRecords.effectOf(List.of("binder")));
        assertEquals(EffectType.BINDS, HetionetRecords.effectOf(List.of()));
    }

    @Test
    void aHetionetEdgeIsCitedToHetionetAndToEveryPubmedId() {
        RecordClaim claim = HetionetRecords.claim(hetionet("4986", "OPRK1", "agonist", "6246318|8835358"));
        assertEquals("ACTIVATES", claim.rel());
        assertEquals("ncbiGene", claim.object().key());
        assertEquals("4986", claim.object().value());
        assertEquals("DB01221", claim.subject().value());
        assertEquals(List.of("doi:10.7554/eLife.26726", "pmid:6246318", "pmid:8835358"),
                claim.citations().stream().map(c -> c.paper().get("id")).toList());
        assertTrue(claim.citations().get(0).quote().contains("Ketamine binds OPRK1; actions: agonist"));
    }

    @Test
    void onlyCompoundGeneEdgesBecomeClaims() {
        var context = hetionet("2904", "GRIN2B", "", "");
        context.put("metaedge", "DaG");
        context.put("source", "Disease::DOID:10652");
        assertEquals(1, HetionetRecords.claims(List.of(hetionet("2902", "GRIN1", "blocker", ""), context)).size());
    }

    @Test
    void aConibStatementKeepsTheEvidenceSentenceAndSpecies() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("document", "hdac6/iaconelli2019.bel");
        row.put("line", "615");
        row.put("subject_bel", "a(CHEBI:ketamine)");
        row.put("subject_function", "Abundance");
        row.put("subject_namespace", "CHEBI");
        row.put("subject_name", "ketamine");
        row.put("relation", "increases");
        row.put("object_bel", "p(HGNC:GSK3B, pmod(go:0006468 ! \"protein phosphorylation\", Ser))");
        row.put("object_function", "Protein");
        row.put("object_namespace", "HGNC");
        row.put("object_name", "GSK3B");
        row.put("citation_db", "pubmed");
        row.put("citation_id", "30935091");
        row.put("citation_title", "HDAC6 Modulates Signaling Pathways");
        row.put("journal", "International journal of molecular sciences");
        row.put("pub_date", "2019-03-31");
        row.put("evidence", "In mice, ketamine induced inhibitory serine phosphorylation of GSK3β.");
        row.put("species", "10090");
        RecordClaim claim = ConibRecords.claim(row).orElseThrow();
        assertEquals("ketamine", claim.subject().id());
        assertEquals("gsk3b-pser", claim.object().id(), "a phosphorylated form is not the protein itself");
        assertEquals("INCREASES", claim.rel());
        var citation = claim.citations().get(0);
        assertEquals("pmid:30935091", citation.paper().get("id"));
        assertEquals(2019, citation.paper().get("year"));
        assertEquals("mouse", citation.species());
        assertEquals(row.get("evidence"), citation.quote());
    }

    @Test
    void structuralConibRowsAreSkipped() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("relation", "hasVariant");
        row.put("evidence", "x");
        row.put("citation_db", "pubmed");
        assertTrue(ConibRecords.claim(row).isEmpty());
    }
}
