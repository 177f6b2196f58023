package org.mechgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.db.Graph;
import org.mechgraph.model.EffectType;
import org.mechgraph.support.GraphFingerprint;
import org.mechgraph.support.TestDatabase;

/** The loaded corpus keeps its promises: every effect has evidence, quotes are verbatim, disagreement stays. */
class CorpusIT {

    private static Graph graph;

    @BeforeAll
    static void database() {
        graph = TestDatabase.shared().graph();
    }

    private List<String> strings(String cypher, Map<String, Object> params) {
        return graph.read(cypher, params, r -> r.get(0).asString());
    }

    @Test
    void everyEffectIsBackedByAtLeastOneQuoteOrRecord() {
        List<String> bare = strings("""
                MATCH (:Entity)-[e]->(:Entity)
                WHERE NOT EXISTS { MATCH (:Paper)-[k:CLAIMS {effect: e.id}]->()
                                   WHERE size(trim(coalesce(k.quote, k.record, ''))) > 0 }
                RETURN coalesce(e.id, type(e))
                """, Map.of());
        assertEquals(List.of(), bare);
        long effects = graph.readOne("MATCH (:Entity)-[e]->(:Entity) RETURN count(e) AS n", Map.of(),
                r -> r.get("n").asLong());
        assertTrue(effects > 80, "the corpus holds the seeds' claims and the records, got " + effects);
    }

    @Test
    void everyCuratedClaimLoads() {
        // A misspelt id in the curated file would drop its row silently: count rows against edges.
        String claims = CorpusLoader.resource("cypher/seed/30_claims.cypher");
        long rows = claims.lines().filter(l -> l.strip().startsWith("{s: '")).count();
        long loaded = graph.readOne("MATCH (:Paper)-[k:CLAIMS {source: 'curated'}]->() RETURN count(k) AS n",
                Map.of(), r -> r.get("n").asLong());
        assertTrue(rows > 80);
        assertEquals(rows, loaded);
    }

    @Test
    void everyEffectUsesTheVocabularyWithItsPolarity() {
        var rows = graph.read("MATCH (:Entity)-[e]->(:Entity) RETURN DISTINCT type(e) AS t, e.polarity AS p",
                Map.of(), r -> Map.entry(r.get("t").asString(), r.get("p").asString(null)));
        for (var row : rows) {
            var type = EffectType.of(row.getKey()).orElseThrow(() -> new AssertionError("unknown type " + row));
            assertEquals(type.polarity().label(), row.getValue(), row.getKey());
        }
    }

    @Test
    void seedQuotesAreVerbatimFromTheCitedDocument() throws IOException {
        Path seeds = TestDatabase.sharedData().resolveSibling("seeds");
        assumeTrue(Files.isDirectory(seeds), "the seed documents are not beside the project");
        var quotes = graph.read("""
                MATCH (s:Paper)-[k:CLAIMS]->() WHERE s.file IS NOT NULL
                RETURN s.file AS file, k.quote AS quote
                """, Map.of(), r -> Map.entry(r.get("file").asString(), r.get("quote").asString()));
        assertTrue(quotes.size() > 80, "claims from the seeds: " + quotes.size());
        for (var q : quotes) {
            String text = normalise(Files.readString(seeds.resolve(q.getKey())));
            assertTrue(text.contains(normalise(q.getValue())), q.getKey() + " does not contain: " + q.getValue());
        }
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theAmpaDisagreementIsKeptWithBothSources() {
        var sides = graph.read("""
                MATCH (:Entity {id: 'ketamine'})-[e]->(:Entity {id: 'ampar'})
                MATCH (p:Paper)-[:CLAIMS {effect: e.id}]->()
                RETURN type(e) AS type, collect(p.file) AS files
                """, Map.of(), r -> Map.entry(r.get("type").asString(), r.get("files").asList().toString()));
        var byType = Map.ofEntries(sides.toArray(Map.Entry[]::new));
        assertTrue(String.valueOf(byType.get("INHIBITS")).contains("002_02630316c7bb2a6a.txt"), byType.toString());
        assertTrue(String.valueOf(byType.get("ACTIVATES")).contains("001_7f7951ef72781818.txt"), byType.toString());
    }

    @Test
    void seedsAreWebArticlesAndTheWorksTheyCiteAreLinked() {
        assertEquals(List.of("web article"), strings(
                "MATCH (p:Paper) WHERE p.file IS NOT NULL RETURN DISTINCT p.kind", Map.of()));
        long seeds = graph.readOne("MATCH (p:Paper) WHERE p.file IS NOT NULL RETURN count(p) AS n", Map.of(),
                r -> r.get("n").asLong());
        assertEquals(5, seeds);
        assertEquals(List.of("seed:000_56dcb64be84b3f30"), strings("""
                MATCH (s:Paper)-[:CITES]->(:Paper {doi: '10.1176/appi.ajp.20240378'}) RETURN s.id
                """, Map.of()));
    }

    @Test
    void hetionetTargetsMergeOntoCuratedEntitiesByGeneId() {
        assertEquals(List.of("mor"), strings("""
                MATCH (:Identifier {id: 'ncbigene:4988'})-[:IDENTIFIES]->(e:Entity) RETURN e.id
                """, Map.of()));
        assertEquals(List.of("db:hetionet record [pmid:6246318, pmid:8835358]"), strings("""
                MATCH (:Identifier {id: 'hgnc.symbol:OPRK1'})-[:IDENTIFIES]->(g:Entity)
                MATCH (:Entity {id: 'ketamine'})-[e:ACTIVATES]->(g)
                MATCH (p:Paper)-[k:CLAIMS {effect: e.id}]->()
                RETURN p.id + ' ' + k.evidence + ' [' + reduce(s = '', r IN k.references | s + CASE s WHEN '' THEN '' ELSE ', ' END + r) + ']'
                """, Map.of()));
        assertFalse(strings("""
                MATCH (:Identifier {id: 'ncbigene:2902'})-[:IDENTIFIES]->(g:Entity)
                MATCH (:Entity {id: 'ketamine'})-[:INHIBITS]->(g) RETURN g.id
                """, Map.of()).isEmpty(), "ketamine blocks GRIN1");
    }

    @Test
    void aHetionetEdgeIsOneRecordCitingItsPubmedIdsNotThreeSources() {
        var row = graph.readOne("""
                MATCH (:Identifier {id: 'hgnc.symbol:CYP3A4'})-[:IDENTIFIES]->(g:Entity)
                MATCH (:Entity {id: 'ketamine'})-[e]->(g)
                MATCH (p:Paper)-[k:CLAIMS {effect: e.id}]->()
                RETURN e.evidenceCount AS pieces, e.sourceCount AS sources, collect(p.id) AS papers,
                       collect(k.evidence) AS kinds, collect(k.quote) AS quotes, head(collect(k.references)) AS refs
                """, Map.of(), r -> r);
        assertEquals(1, row.get("pieces").asInt());
        assertEquals(1, row.get("sources").asInt());
        assertEquals(List.of("db:hetionet"), row.get("papers").asList(v -> v.asString()));
        assertEquals(List.of("record"), row.get("kinds").asList(v -> v.asString()));
        assertEquals(List.of(), row.get("quotes").asList());
        assertEquals(List.of("pmid:19515014", "pmid:19934256"), row.get("refs").asList(v -> v.asString()));
        var pubmed = graph.readOne("MATCH (p:Paper {id: 'pmid:19515014'}) RETURN p.kind AS kind, p.title AS title",
                Map.of(), r -> r);
        assertTrue(pubmed.get("kind").isNull(), "a bare PubMed id is a PubMed record of no known kind");
        assertTrue(pubmed.get("title").isNull());
    }

    @Test
    void theConibStatementIsCitedToItsPubmedIdWithTheEvidenceSentence() {
        var rows = graph.read("""
                MATCH (p:Paper {pmid: '30935091'})-[k:CLAIMS]->(:Entity {id: 'ketamine'})
                RETURN k.quote AS quote, k.species AS species, k.evidence AS evidence
                """, Map.of(), r -> r.asMap());
        assertEquals(1, rows.size());
        assertEquals("quote", rows.get(0).get("evidence"));
        assertEquals("mouse", rows.get(0).get("species"));
        assertTrue(rows.get(0).get("quote").toString().contains("inhibitory serine phosphorylation of GSK3β"));
    }

    @Test
    void aStartLoadsAgainOnlyWhenTheCorpusThereIsNotTheOneShipped() {
        var loader = new CorpusLoader(graph);
        assertFalse(loader.needsLoad(), "the loaded corpus is the shipped one");
        graph.write(tx -> tx.run("MATCH (c:Corpus) SET c.fingerprint = 'an earlier corpus'").consume());
        assertTrue(loader.needsLoad(), "another corpus loads again");
        graph.write(tx -> tx.run("MATCH (c:Corpus) DELETE c").consume());
        assertTrue(loader.needsLoad(), "a folder loaded before the marker loads again");
        loader.load();
        assertFalse(loader.needsLoad());
        long markers = graph.readOne("MATCH (c:Corpus) RETURN count(c) AS n", Map.of(), r -> r.get("n").asLong());
        assertEquals(1, markers, "one marker");
    }

    @Test
    void loadingTwiceChangesNothing() {
        var before = GraphFingerprint.of(graph);
        new CorpusLoader(graph).load();
        assertEquals(before, GraphFingerprint.of(graph));
    }
}
