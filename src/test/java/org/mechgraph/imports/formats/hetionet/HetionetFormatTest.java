package org.mechgraph.imports.formats.hetionet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mechgraph.imports.ExternalId;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.formats.SharedFiles;

class HetionetFormatTest {

    private static final String EDGE_HEADER =
            "source\tmetaedge\ttarget\torigin\tsources\tpubmed_ids\tactions\taffinity_nM\tunbiased\tlicense\n";

    private static List<ImportRow> shipped(String file) throws IOException {
        try (InputStream in = HetionetFormatTest.class.getClassLoader().getResourceAsStream(file)) {
            return SharedFiles.rows(new HetionetFormat(), file,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void ketamineIsOneDrugWithItsDrugBankChebiChemblAndHetionetIds() throws IOException {
        ImportRow.Entity ketamine = shipped("excerpts/hetionet/ketamine-nodes.tsv").stream()
                .map(ImportRow.Entity.class::cast)
                .filter(e -> e.entity().name().equals("Ketamine")).findFirst().orElseThrow();
        assertEquals("Drug", ketamine.entity().label());
        assertEquals(List.of(ExternalId.of("drugbank", "DB01221"), ExternalId.of("chebi", "6121"),
                ExternalId.of("chembl", "CHEMBL742"), ExternalId.of("chebi.name", "ketamine"),
                ExternalId.of("hetionet", "Compound::DB01221")), ketamine.entity().ids());
    }

    @Test
    void everyShippedEdgeNamesAShippedNode() throws IOException {
        Set<String> nodes = new HashSet<>();
        for (ImportRow row : shipped("excerpts/hetionet/ketamine-nodes.tsv")) {
            nodes.add(((ImportRow.Entity) row).entity().ids().stream()
                    .filter(id -> id.namespace().equals("hetionet")).findFirst().orElseThrow().curie());
        }
        List<ImportRow> edges = shipped("excerpts/hetionet/ketamine-edges.tsv");
        assertEquals(313, edges.size());
        for (ImportRow row : edges) {
            ImportRow.Claim c = (ImportRow.Claim) row;
            assertTrue(nodes.contains(c.subject().ids().get(0).curie()), c.subject().ids().toString());
            assertTrue(nodes.contains(c.object().ids().get(0).curie()), c.object().ids().toString());
        }
    }

    @Test
    void aBlockerEdgeInhibitsAndCitesItsPubmedIdsAsReferencesOfTheRecord() throws IOException {
        ImportRow.Claim grin3a = shipped("excerpts/hetionet/ketamine-edges.tsv").stream()
                .map(ImportRow.Claim.class::cast)
                .filter(c -> c.object().ids().get(0).value().equals("Gene::116443")).findFirst().orElseThrow();
        assertEquals("INHIBITS", grin3a.relation());
        assertEquals("record", grin3a.evidence());
        assertEquals("db:hetionet", grin3a.source().id());
        assertEquals(List.of("pmid:14740534", "pmid:17502428", "pmid:18175098", "pmid:2858237"),
                grin3a.references().stream().map(p -> p.id()).toList());
        assertTrue(grin3a.references().stream().allMatch(p -> p.kind() == null && p.title() == null));
        assertEquals("Hetionet v1.0 CbG edge (Compound binds Gene; sources: DrugBank (target), DrugCentral (ChEMBL); "
                + "actions: antagonist, blocker); licence CC BY-NC 4.0", grin3a.record());
        assertEquals("CC BY-NC 4.0", grin3a.license());
        assertEquals("hetionet", grin3a.sourceSet());
    }

    @Test
    void aPharmacologicClassIncludesACompoundAsItsPart() {
        ImportRow.Claim c = (ImportRow.Claim) SharedFiles.rows(new HetionetFormat(), "e.tsv", EDGE_HEADER
                + "Pharmacologic Class::N0000175684\tPCiC\tCompound::DB01221\t\t\t\t\t\t\t\n").get(0);
        assertEquals("PART_OF", c.relation());
        assertEquals("hetionet:Compound::DB01221", c.subject().ids().get(0).curie());
        assertEquals("Hetionet v1.0 PCiC edge (Pharmacologic Class includes Compound); licence not stated on the row",
                c.record());
    }

    @Test
    void genesAreKnownByNcbiIdAndHgncSymbol() {
        ImportRow.Entity gene = assertInstanceOf(ImportRow.Entity.class, SharedFiles.rows(new HetionetFormat(),
                "n.tsv", "id\tname\tkind\nGene::627\tBDNF\tGene\n").get(0));
        assertEquals(List.of(ExternalId.of("ncbigene", "627"), ExternalId.of("hgnc.symbol", "BDNF"),
                ExternalId.of("hetionet", "Gene::627")), gene.entity().ids());
    }

    @Test
    void anUnknownMetaedgeNamesLineAndField() {
        ImportException e = assertThrows(ImportException.class, () -> SharedFiles.rows(new HetionetFormat(),
                "e.tsv", EDGE_HEADER + "Compound::DB01221\tCxG\tGene::1\t\t\t\t\t\t\t\n"));
        assertEquals("e.tsv line 2, field metaedge: unknown Hetionet metaedge \"CxG\"", e.describe());
    }

    @Test
    void aNodeIdOfUnknownKindIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> SharedFiles.rows(new HetionetFormat(),
                "e.tsv", EDGE_HEADER + "Drug::DB01221\tCbG\tGene::1\t\t\t\t\t\t\t\n"));
        assertEquals("source", e.field());
    }

    @Test
    void aPubmedIdMustBeANumber() {
        ImportException e = assertThrows(ImportException.class, () -> SharedFiles.rows(new HetionetFormat(),
                "e.tsv", EDGE_HEADER + "Compound::DB01221\tCbG\tGene::1\t\t\t123|abc\t\t\t\t\n"));
        assertEquals("pubmed_ids", e.field());
    }

    @Test
    void aNodeWhoseKindDisagreesWithItsIdIsRefused() {
        ImportException e = assertThrows(ImportException.class, () -> SharedFiles.rows(new HetionetFormat(),
                "n.tsv", "id\tname\tkind\nGene::627\tBDNF\tCompound\n"));
        assertEquals("kind", e.field());
    }

    @Test
    void aFileOfOtherColumnsIsRefusedAtTheHeader() {
        ImportException e = assertThrows(ImportException.class, () -> SharedFiles.rows(new HetionetFormat(),
                "x.tsv", "subject\tpredicate\tobject\n"));
        assertEquals(1, e.line());
        assertEquals("source", e.field());
    }
}
