package org.mechgraph.imports.formats.bel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mechgraph.imports.ExternalId;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.formats.SharedFiles;

class BelFormatTest {

    private static final String HEADER = String.join("\t", BelFormat.COLUMNS) + "\tconfidence\n";

    /** A CONIB row with the given terms and relation, cited to PMID 30935091 with a sentence, in mice. */
    private static String row(String subjectBel, String subjectFunction, String subjectNs, String subjectName,
                              String relation, String objectBel, String objectFunction, String objectNs,
                              String objectName, boolean cited) {
        return String.join("\t", "doc.bel", "7", subjectBel, subjectFunction, subjectNs, subjectName, relation,
                objectBel, objectFunction, objectNs, objectName, cited ? "pubmed" : "", cited ? "30935091" : "",
                cited ? "A title." : "", cited ? "A journal" : "", cited ? "2019-03-31" : "",
                cited ? "A sentence." : "", cited ? "10090" : "", "{}", "High") + "\n";
    }

    private static List<ImportRow> read(String rows) {
        return SharedFiles.rows(new BelFormat(), "conib.tsv", HEADER + rows);
    }

    @Test
    void theShippedKetamineStatementsReadAsQuotesOfTheirPaper() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("excerpts/conib/ketamine.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<ImportRow> rows = SharedFiles.rows(new BelFormat(), "ketamine.tsv", text);
        assertEquals(3, rows.size());
        ImportRow.Claim claim = assertInstanceOf(ImportRow.Claim.class, rows.get(0));
        assertEquals("INCREASES", claim.relation());
        assertEquals(List.of(ExternalId.of("chebi.name", "ketamine")), claim.subject().ids());
        assertEquals("Chemical", claim.subject().label());
        assertEquals("bel:p(HGNC:GSK3B, pmod(go:0006468 ! \"protein phosphorylation\", Ser))",
                claim.object().ids().get(0).curie());
        assertEquals("GSK3B (protein phosphorylation Ser)", claim.object().name());
        assertEquals("Gene", claim.object().label());
        assertEquals("quote", claim.evidence());
        assertEquals("pmid:30935091", claim.source().id());
        assertEquals("journal article", claim.source().kind());
        assertEquals("International journal of molecular sciences", claim.source().venue());
        assertEquals(2019, claim.source().year());
        assertTrue(claim.quote().startsWith("In mice, ketamine induced inhibitory serine phosphorylation"));
        assertEquals("mouse", claim.species());
        assertTrue(claim.context().contains("\"Confidence\""));
        assertEquals("conib", claim.sourceSet());
        assertEquals("CC BY 4.0", claim.license());
        assertTrue(claim.note().startsWith("BEL: a(CHEBI:ketamine) increases p(HGNC:GSK3B"));
        assertEquals(BelRelation.IS_A.skipReason(), ((ImportRow.Skipped) rows.get(1)).reason());
        ImportRow.Claim third = (ImportRow.Claim) rows.get(2);
        assertEquals("DECREASES", third.relation());
        assertEquals(List.of(ExternalId.of("hgnc.symbol", "GSK3B")), third.object().ids());
    }

    @Test
    void aPlainHgncTermIsTheGeneBySymbol() {
        ImportRow.Claim c = (ImportRow.Claim) read(row("p(HGNC:BDNF)", "Protein", "HGNC", "BDNF", "increases",
                "bp(GO:\"synapse assembly\")", "BiologicalProcess", "GO", "synapse assembly", true)).get(0);
        assertEquals(List.of(ExternalId.of("hgnc.symbol", "BDNF")), c.subject().ids());
        assertEquals(List.of(ExternalId.of("go.name", "synapse assembly")), c.object().ids());
        assertEquals("BiologicalProcess", c.object().label());
    }

    @Test
    void aStatementWithoutSentenceIsARecordOfConib() {
        ImportRow.Claim c = (ImportRow.Claim) read(row("p(HGNC:ADNP)", "Protein", "HGNC", "ADNP", "partOf",
                "complex(p(HGNC:ADNP), p(HGNC:DLG4))", "Complex", "", "", false)).get(0);
        assertEquals("record", c.evidence());
        assertEquals("db:conib", c.source().id());
        assertNull(c.quote());
        assertEquals("PART_OF", c.relation());
        assertEquals("complex of ADNP, DLG4", c.object().name());
        assertEquals("Complex", c.object().label());
        assertTrue(c.record().startsWith("CONIB BEL statement p(HGNC:ADNP) partOf complex("), c.record());
    }

    @Test
    void aStructuralStatementWithoutALineNamesItsDocumentAlone() {
        String row = row("p(HGNC:ADNP)", "Protein", "HGNC", "ADNP", "partOf", "complex(p(HGNC:ADNP), p(HGNC:DLG4))",
                "Complex", "", "", false).replaceFirst("\t7\t", "\t\t");
        ImportRow.Claim c = (ImportRow.Claim) read(row).get(0);
        assertTrue(c.record().endsWith(" (doc.bel)"), c.record());
    }

    @Test
    void aVariantIsAFormOfItsPlainTerm() {
        ImportRow.Claim c = (ImportRow.Claim) read(row("p(HGNC:AKT1)", "Protein", "HGNC", "AKT1", "hasVariant",
                "p(HGNC:AKT1, var(\"?\"))", "Protein", "HGNC", "AKT1", false)).get(0);
        assertEquals("FORM_OF", c.relation());
        assertEquals("AKT1 (variant)", c.subject().name());
        assertEquals(List.of(ExternalId.of("hgnc.symbol", "AKT1")), c.object().ids());
    }

    @Test
    void correlationsKeepTheirSignInTheNote() {
        ImportRow.Claim c = (ImportRow.Claim) read(row("a(CHEBI:ketamine)", "Abundance", "CHEBI", "ketamine",
                "negativeCorrelation", "path(MESH:Depression)", "Pathology", "MESH", "Depression", true)).get(0);
        assertEquals("ASSOCIATED_WITH", c.relation());
        assertTrue(c.note().contains("negativeCorrelation"));
        assertEquals(List.of(ExternalId.of("mesh.name", "depression")), c.object().ids());
        assertEquals("Disease", c.object().label());
    }

    @Test
    void aDrugBankNameFindsItsDrugBankId() {
        ImportRow.Claim c = (ImportRow.Claim) read(row("a(DRUGBANK:Ketamine)", "Abundance", "DRUGBANK", "Ketamine",
                "increases", "p(HGNC:BDNF)", "Protein", "HGNC", "BDNF", true)).get(0);
        assertEquals(List.of(ExternalId.of("drugbank", "DB01221"), ExternalId.of("chebi", "6121"),
                ExternalId.of("chebi.name", "ketamine")), c.subject().ids());
    }

    @Test
    void anUnknownRelationNamesLineAndField() {
        ImportException e = assertThrows(ImportException.class, () -> read(row("p(HGNC:A)", "Protein", "HGNC", "A",
                "inhibits", "p(HGNC:B)", "Protein", "HGNC", "B", true)));
        assertEquals("conib.tsv line 2, field relation: unknown BEL relation \"inhibits\"", e.describe());
    }

    @Test
    void aBrokenTermNamesItsField() {
        ImportException e = assertThrows(ImportException.class, () -> read(row("p(HGNC:A", "Protein", "HGNC", "A",
                "increases", "p(HGNC:B)", "Protein", "HGNC", "B", true)));
        assertEquals("subject_bel", e.field());
        assertEquals(2, e.line());
    }

    @Test
    void anUnknownFunctionNamesItsField() {
        ImportException e = assertThrows(ImportException.class, () -> read(row("p(HGNC:A)", "Protein", "HGNC", "A",
                "increases", "x(HGNC:B)", "Thing", "HGNC", "B", true)));
        assertEquals("object_bel", e.field());
    }

    @Test
    void aPubmedIdMustBeANumber() {
        String bad = row("p(HGNC:A)", "Protein", "HGNC", "A", "increases", "p(HGNC:B)", "Protein", "HGNC", "B", true)
                .replace("30935091", "PMC123");
        ImportException e = assertThrows(ImportException.class, () -> read(bad));
        assertEquals("citation_id", e.field());
    }

    @Test
    void aMissingSubjectIsNamed() {
        ImportException e = assertThrows(ImportException.class, () -> read(row("", "Protein", "HGNC", "A",
                "increases", "p(HGNC:B)", "Protein", "HGNC", "B", true)));
        assertEquals("subject_bel", e.field());
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAtTheHeader() {
        ImportException e = assertThrows(ImportException.class,
                () -> SharedFiles.rows(new BelFormat(), "x.tsv", "source\tmetaedge\ttarget\n"));
        assertEquals(1, e.line());
        assertEquals("document", e.field());
    }
}
