package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mechgraph.db.Graph;
import org.mechgraph.imports.claims.ClaimsFormat;
import org.mechgraph.support.GraphFingerprint;

/** A claims file imports with its kinds of evidence onto the curated entities, and importing it again changes nothing. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportClaimsIT {

    private static final Path EXAMPLE = Path.of("docs/claims-example.tsv");
    private static final Path JSONL = Path.of("src/test/resources/imports/claims.jsonl");
    private static Graph graph;
    private static Importer importer;

    @BeforeAll
    static void database() {
        graph = ImportDatabase.get().graph();
        importer = new Importer(graph, Duration.ofMinutes(5));
    }

    private static ImportSummary importFile(ImportSource source) {
        return importer.run(source, "claims", new ClaimsFormat(), ImportProgress.NONE);
    }

    private long count(String cypher, Map<String, Object> params) {
        return graph.readOne(cypher, params, r -> r.get(0).asLong());
    }

    @Test
    @Order(1)
    void theExampleFileImportsItsQuotesAndRecordsOntoTheCuratedEntities() {
        ImportSummary summary = importFile(ImportSource.of(EXAMPLE));
        assertEquals(4, summary.rows());
        assertEquals(4, summary.claimsWritten());
        assertEquals(Map.of("quote", 2L, "record", 2L), evidenceKinds("claims:claims-example.tsv"));

        // CHEBI:ketamine (a ChEBI name), DrugBank:DB01221 and mechgraph:ketamine are the one curated ketamine.
        List<String> ketamineIds = graph.read("""
                MATCH (i:Identifier)-[:IDENTIFIES]->(:Entity {id: 'ketamine'}) RETURN i.id AS id ORDER BY id
                """, Map.of(), r -> r.get("id").asString());
        assertTrue(ketamineIds.containsAll(List.of("chebi.name:ketamine", "chebi:6121", "drugbank:DB01221",
                "mechgraph:ketamine")), ketamineIds.toString());
        // HGNC:BDNF is the curated BDNF; GSK3B and neuroprotection are new.
        assertEquals(1, count("""
                MATCH (:Entity {id: 'bdnf'})-[r:INCREASES]->(o:Entity {name: 'neuroprotection'}) RETURN count(r)
                """, Map.of()));
        // A record has no quote, says what the row is, and cites bare PubMed records.
        var record = graph.readOne("""
                MATCH (:Paper {id: 'db:hetionet'})-[k:CLAIMS {effect: 'ketamine|BINDS|cyp3a4'}]->()
                WHERE k.source = 'claims:claims-example.tsv'
                RETURN k.quote AS quote, k.record AS record, k.references AS refs
                """, Map.of(), r -> r);
        assertTrue(record.get("quote").isNull());
        assertTrue(record.get("record").asString().startsWith("Hetionet CbG edge"));
        assertEquals(List.of("pmid:19515014", "pmid:19934256"), record.get("refs").asList(v -> v.asString()));
        assertEquals(1, count("""
                MATCH (:Identifier {id: 'hgnc.symbol:GSK3B'})-[:IDENTIFIES]->(g:Entity)
                MATCH (:Entity {id: 'ketamine'})-[r:INCREASES]->(g)
                WHERE r.evidenceCount >= 1 AND 'quote' IN r.evidenceKinds
                RETURN count(r)
                """, Map.of()));
    }

    @Test
    @Order(2)
    void importingTheSameFileAgainChangesNothing() {
        GraphFingerprint before = GraphFingerprint.of(graph);
        ImportSummary again = importFile(ImportSource.of(EXAMPLE));
        assertEquals(0, again.claimsWritten());
        assertEquals(4, again.claimsAlreadyPresent());
        assertEquals(0, again.papersCreated());
        assertTrue(again.entities().values().stream().allMatch(c -> c.created() == 0 && c.merged() == 0),
                again.entities().toString());
        assertEquals(before, GraphFingerprint.of(graph));
    }

    @Test
    @Order(3)
    void jsonLinesGiveReportsNamesAndRecords() {
        ImportSummary summary = importFile(ImportSource.of(JSONL));
        assertEquals(3, summary.claimsWritten());
        assertEquals(Map.of("quote", 1L, "record", 1L, "report", 1L), evidenceKinds("claims:claims.jsonl"));
        // The report is counted once, its origin the reported work, and the review cites that work.
        assertEquals(1, count("""
                MATCH (:Paper {id: 'doi:10.9999/example-review'})-[k:CLAIMS {evidence: 'report'}]->(:Entity {id: 'mor'})
                WHERE k.reports = 'pmid:99999901' AND k.species = 'rat'
                MATCH (:Paper {id: 'doi:10.9999/example-review'})-[:CITES]->(w:Paper {id: 'pmid:99999901'})
                WHERE w.title = 'An example primary study'
                RETURN count(*)
                """, Map.of()));
        // "ketamine" as a Drug name finds the curated ketamine; the new outcome is created once, by name.
        assertEquals(1, count("""
                MATCH (:Entity {id: 'ketamine'})-[r:DECREASES]->(o:Outcome {id: 'example-outcome'})
                MATCH (:Identifier {id: 'name.outcome:example outcome'})-[:IDENTIFIES]->(o)
                RETURN count(r)
                """, Map.of()));
        // A bare PubMed id is a Paper of no known kind.
        var pubmed = graph.readOne("MATCH (p:Paper {id: 'pmid:99999902'}) RETURN p.kind AS kind, p.pmid AS pmid",
                Map.of(), r -> r);
        assertTrue(pubmed.get("kind").isNull());
        assertEquals("99999902", pubmed.get("pmid").asString());
    }

    @Test
    @Order(4)
    void aGzippedCopyIsReadDirectlyAndChangesNothingEither() throws IOException {
        GraphFingerprint before = GraphFingerprint.of(graph);
        byte[] gz = ImportDatabase.gzip(Files.readAllBytes(JSONL));
        ImportSummary again = importFile(ImportSource.of("claims.jsonl", gz));
        assertEquals(0, again.claimsWritten());
        assertEquals(before, GraphFingerprint.of(graph));
    }

    private Map<String, Long> evidenceKinds(String sourceSet) {
        var rows = graph.read("""
                MATCH ()-[k:CLAIMS {source: $source}]->() RETURN k.evidence AS kind, count(*) AS n
                """, Map.of("source", sourceSet), r -> Map.entry(r.get("kind").asString(), r.get("n").asLong()));
        return Map.ofEntries(rows.toArray(Map.Entry[]::new));
    }
}
