package org.mechgraph.imports.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mechgraph.imports.ExternalId;

class CuriesTest {

    @Test
    void knownPrefixesBecomeNamespacesWithTheLocalIdAsValue() {
        assertEquals(ExternalId.of("hgnc", "10848"), Curies.parse("HGNC:10848"));
        assertEquals(ExternalId.of("ncbigene", "6469"), Curies.parse("NCBIGene:6469"));
        assertEquals(ExternalId.of("chembl", "CHEMBL742"), Curies.parse("CHEMBL.COMPOUND:CHEMBL742"));
        assertEquals(ExternalId.of("chebi", "6121"), Curies.parse("CHEBI:6121"));
        assertEquals(ExternalId.of("reactome", "R-HSA-373080"), Curies.parse("REACT:R-HSA-373080"));
        assertEquals(ExternalId.of("mechgraph", "ketamine"), Curies.parse("mechgraph:ketamine"));
    }

    @Test
    void unknownPrefixesKeepTheWholeCurie() {
        assertEquals(ExternalId.of("other", "FYPO:0002150"), Curies.parse("FYPO:0002150"));
    }

    @Test
    void textThatIsNoCurieIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Curies.parse("SHH"));
        assertThrows(IllegalArgumentException.class, () -> Curies.parse("HGNC:"));
        assertThrows(IllegalArgumentException.class, () -> Curies.parse(":123"));
        assertThrows(IllegalArgumentException.class, () -> Curies.parse("HGNC:10 848"));
    }

    @Test
    void speciesReadAsWords() {
        assertEquals("mouse, human", Species.describe("10090|9606"));
        assertEquals("rat", Species.describe("NCBITaxon:10116"));
        assertEquals("NCBITaxon:10900", Species.describe("10900"));
    }
}
