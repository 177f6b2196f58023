package org.mechgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mechgraph.export.Subgraph.Evidence;

/** Stored evidence reads the same whether it was written before the evidence model or after it. */
class EvidenceReaderTest {

    private static final String EFFECT = "ketamine|ACTIVATES|mor";

    @Test
    void aClaimWithoutKindIsAQuoteFromItsOwnPaperOfTheCuratedCorpus() {
        Evidence e = EvidenceReader.evidence(EFFECT, "seed:000", Map.of("quote", "Q"), Map.of());
        assertEquals("quote", e.kind());
        assertEquals("seed:000", e.paperId());
        assertEquals("curated", e.source());
        assertEquals(40, e.key().length(), "the model's key, a SHA-1");
    }

    @Test
    void aQuotedInClaimIsAReportByTheQuotingSourceOfTheQuotedWork() {
        Evidence e = EvidenceReader.evidence(EFFECT, "doi:10.1/x", Map.of("quote", "Q", "quotedIn", "seed:000"),
                Map.of());
        assertEquals("report", e.kind());
        assertEquals("seed:000", e.paperId());
        assertEquals("doi:10.1/x", e.reports());
        assertEquals(List.of("seed:000", "doi:10.1/x"), e.papers());
    }

    @Test
    void anOldHetionetRowIsARecordWithTheLicenceOfItsEffect() {
        Evidence e = EvidenceReader.evidence(EFFECT, "pmid:1", Map.of("quote", "Hetionet v1.0 CbG: …",
                "source", "hetionet"), Map.of("license", "CC BY-NC 4.0"));
        assertEquals("record", e.kind());
        assertNull(e.quote());
        assertEquals("Hetionet v1.0 CbG: …", e.record());
        assertEquals("CC BY-NC 4.0", e.license());
    }

    @Test
    void theEvidenceModelsOwnPropertiesAreReadAsTheyAre() {
        Map<String, Object> claim = new HashMap<>();
        claim.put("evidence", "record");
        claim.put("record", "Hetionet CbG edge");
        claim.put("references", List.of("pmid:1", "pmid:2"));
        claim.put("key", "abc");
        claim.put("source", "hetionet");
        claim.put("license", "CC BY 4.0");
        Evidence e = EvidenceReader.evidence(EFFECT, "db:hetionet", claim, Map.of("license", "other"));
        assertEquals(new Evidence("abc", "record", "db:hetionet", null, "Hetionet CbG edge", null,
                List.of("pmid:1", "pmid:2"), "hetionet", "CC BY 4.0", null, null), e);
    }

    @Test
    void countsComeFromTheEffectWhenStoredAndFromTheEvidenceOtherwise() {
        List<Evidence> evidence = List.of(
                EvidenceReader.evidence(EFFECT, "seed:000", Map.of("quote", "A"), Map.of()),
                EvidenceReader.evidence(EFFECT, "seed:000", Map.of("quote", "B"), Map.of()),
                EvidenceReader.evidence(EFFECT, "doi:10.1/x", Map.of("quote", "A", "quotedIn", "seed:000"), Map.of()));
        assertEquals(3, EvidenceReader.evidenceCount(Map.of(), evidence));
        assertEquals(2, EvidenceReader.sourceCount(Map.of(), evidence));
        assertEquals(1, EvidenceReader.evidenceCount(Map.of("evidenceCount", 1L), evidence));
        assertEquals(1, EvidenceReader.sourceCount(Map.of("sourceCount", 1L), evidence));
    }

    @Test
    void anOldBarePubMedPaperLosesItsMadeUpTitleAndKind() {
        var p = EvidenceReader.paper(Map.of("id", "pmid:19515014", "pmid", "19515014", "kind", "peer-reviewed article",
                "title", "PubMed 19515014", "note", "known here only by its PubMed id, as cited by a record"));
        assertNull(p.title());
        assertNull(p.kind());
        assertTrue(Reference.of(new Subgraph("t", List.of(), List.of(), List.of(p))).get(0).note()
                .startsWith("PubMed record 19515014; metadata not in mechgraph"));
    }
}
