package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mechgraph.db.Graph;
import org.mechgraph.imports.formats.SharedFiles;
import org.mechgraph.imports.formats.bel.BelFormat;
import org.mechgraph.support.Api;
import org.mechgraph.support.GraphFingerprint;

/**
 * CONIB's ketamine slice (4,124 BEL statements) imports onto the corpus with the counts its rows give, its genes and
 * chemicals land on the curated and Hetionet entities they name, the paths from ketamine to BDNF then cross curated,
 * CONIB and Hetionet evidence, and importing the slice again changes nothing.
 *
 * <p>No single path of at most 4 hops carries all three: in the corpus plus the slice there are six simple paths
 * from ketamine to BDNF within 4 hops. Curated evidence reaches BDNF only on ketamine → BDNF and mu-opioid receptor →
 * BDNF; CONIB reaches BDNF from genes (GRIN1, GRIN3A via calcium, CREB, CHRNA7) that meet ketamine only through a
 * Hetionet record; and ketamine's own CONIB statement (GSK3B phosphorylation) is more than 3 hops from BDNF. So the
 * test asks it of the paths the API answers together, each crossing at a node two sources share.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConibSliceIT {

    private static final String SLICE = "conib/conib_ketamine_mechanism_slice.tsv.gz";

    private static Path file;
    private static Graph graph;
    private static Importer importer;
    private static Api api;

    @BeforeAll
    static void database() {
        file = SharedFiles.require(SLICE);
        graph = ImportDatabase.get().graph();
        importer = new Importer(graph, Duration.ofMinutes(10));
        api = new Api(ImportDatabase.get(), ImportDatabase.config());
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static ImportSummary importSlice() {
        return importer.run(ImportSource.of(file), "bel", new BelFormat(), ImportProgress.NONE);
    }

    /** Each statement a quote, a record or a skip by the README's rules, counted from the file (ConibExpectation). */
    @Test
    @Order(1)
    void everyStatementBecomesAQuoteARecordOrACountedSkip() {
        ConibExpectation expected = ConibExpectation.of(file);
        assertEquals(4_124, expected.rows());
        assertEquals(3_961, expected.quoteRows());
        assertEquals(67, expected.recordRows());
        assertEquals(96, expected.skippedRows());

        Set<List<String>> quotesBefore = conibQuotes();
        long claimsBefore = conibClaims();
        ImportSummary summary = importSlice();

        assertEquals(expected.rows(), summary.rows());
        assertEquals(expected.skipped(), summary.skipped());
        assertEquals(expected.claimRows(), summary.claimRows());
        assertEquals(summary.claimRows(), summary.claimsWritten() + summary.claimsAlreadyPresent());
        assertEquals(claimsBefore + summary.claimsWritten(), conibClaims());
        // Every quote of the file is in the graph, once per effect, paper and sentence, and no other CONIB quote came.
        Set<List<String>> quotes = new HashSet<>(quotesBefore);
        quotes.addAll(expected.quotes());
        assertEquals(quotes, conibQuotes());
        assertTrue(conibRecords(graph).containsAll(expected.recordTexts()), "every record of the file is in the graph");
    }

    @Test
    @Order(2)
    void conibsGenesAndChemicalsLandOnTheCuratedAndHetionetEntities() {
        // a(CHEBI:ketamine) is the curated ketamine, p(HGNC:BDNF) the curated BDNF, p(HGNC:GRIN1) Hetionet's GRIN1.
        assertTrue(count("""
                MATCH (:Paper)-[:CLAIMS {source: 'conib'}]->(:Entity {id: 'ketamine'}) RETURN count(*)
                """) > 0);
        assertTrue(count("""
                MATCH (:Paper)-[k:CLAIMS {source: 'conib'}]->(:Entity) WHERE k.object = 'bdnf' RETURN count(*)
                """) > 0);
        assertEquals(1, count("""
                MATCH (:Identifier {id: 'hgnc.symbol:GRIN1'})-[:IDENTIFIES]->(g:Entity)
                      <-[:IDENTIFIES]-(:Identifier {id: 'hetionet:Gene::2902'})
                WHERE EXISTS { (:Paper)-[:CLAIMS {source: 'conib'}]->(g) }
                RETURN count(g)
                """));
    }

    /**
     * {@code GET /api/paths?from=ketamine&to=BDNF&maxHops=4}: one path goes from a Hetionet record to a curated
     * sentence at the entity both name (the mu-opioid receptor is Hetionet's OPRM1), one from a Hetionet record to a
     * CONIB quote at a gene both name (GRIN1), and CONIB's quotes end on the curated BDNF that curated sentences reach.
     */
    @Test
    @Order(3)
    void pathsFromKetamineToBdnfCrossCuratedConibAndHetionetEvidenceAtSharedEntities() {
        var answer = api.get("/api/paths?from=ketamine&to=BDNF&maxHops=4&limit=100");
        assertEquals(200, answer.status(), answer.json().toString());
        JsonNode paths = answer.json().get("paths");
        assertTrue(paths.size() < 100, "every path within 4 hops is in the answer");

        Set<String> sources = new TreeSet<>();
        Set<String> hetionetThenCurated = new TreeSet<>();
        Set<String> hetionetThenConib = new TreeSet<>();
        Set<String> conibIntoBdnf = new TreeSet<>();
        for (JsonNode path : paths) {
            JsonNode edges = path.get("edges");
            for (int i = 0; i < edges.size(); i++) {
                Set<String> here = kinds(edges.get(i));
                sources.addAll(here);
                if (here.contains("conib quote") && edges.get(i).get("to").asText().equals("bdnf")) {
                    conibIntoBdnf.add(edges.get(i).get("id").asText());
                }
                if (i > 0 && kinds(edges.get(i - 1)).contains("hetionet record")) {
                    String at = edges.get(i).get("from").asText();
                    if (here.contains("curated quote") || here.contains("curated report")) {
                        hetionetThenCurated.add(at);
                    }
                    if (here.contains("conib quote")) {
                        hetionetThenConib.add(at);
                    }
                }
            }
        }
        assertTrue(sources.containsAll(List.of("curated quote", "conib quote", "hetionet record")), sources.toString());
        assertTrue(hetionetThenCurated.contains("mor"), hetionetThenCurated.toString());
        assertTrue(hetionetThenConib.contains("grin1"), hetionetThenConib.toString());
        assertTrue(!conibIntoBdnf.isEmpty(), "a CONIB quote ends on the curated BDNF");
        for (String shared : hetionetThenCurated) {
            assertTrue(identifiers(shared).stream().anyMatch(i -> i.startsWith("hetionet:")), shared);
        }
        for (String shared : hetionetThenConib) {
            Set<String> ids = identifiers(shared);
            assertTrue(ids.stream().anyMatch(i -> i.startsWith("hetionet:"))
                    && ids.stream().anyMatch(i -> i.startsWith("hgnc.symbol:")), shared + " " + ids);
        }
        assertTrue(identifiers("bdnf").containsAll(List.of("mechgraph:bdnf", "hgnc.symbol:BDNF")));
    }

    @Test
    @Order(4)
    void importingTheSliceAgainChangesNothing() {
        GraphFingerprint before = GraphFingerprint.of(graph);
        ImportSummary again = importSlice();
        assertEquals(0, again.claimsWritten());
        assertEquals(0, again.papersCreated());
        assertEquals(before, GraphFingerprint.of(graph));
    }

    /** The kinds of evidence of one hop of a path answer, with their record sets: "conib quote", "hetionet record". */
    private static Set<String> kinds(JsonNode edge) {
        Set<String> out = new TreeSet<>();
        for (JsonNode c : edge.get("citations")) {
            String source = c.get("source").asText();
            String paper = c.get("paperId").asText();
            boolean fromItsOwnKindOfSource = switch (source) {
                case "curated" -> paper.startsWith("seed:");
                case "conib" -> paper.startsWith("pmid:") || paper.equals("db:conib");
                case "hetionet" -> paper.equals("db:hetionet");
                default -> false;
            };
            if (fromItsOwnKindOfSource) {
                out.add(source + " " + c.get("evidence").asText());
            }
        }
        return out;
    }

    private static Set<String> identifiers(String entity) {
        return new TreeSet<>(graph.read("""
                MATCH (i:Identifier)-[:IDENTIFIES]->(:Entity {id: $id}) RETURN i.id AS id
                """, Map.of("id", entity), r -> r.get("id").asString()));
    }

    static Set<String> conibRecords(Graph graph) {
        return new HashSet<>(graph.read("""
                MATCH (:Paper {id: 'db:conib'})-[k:CLAIMS {source: 'conib', evidence: 'record'}]->() RETURN k.record AS r
                """, Map.of(), r -> r.get("r").asString()));
    }

    static Set<List<String>> conibQuotes(Graph graph) {
        return new HashSet<>(graph.read("""
                MATCH (p:Paper)-[k:CLAIMS {source: 'conib', evidence: 'quote'}]->() RETURN k.rel AS rel, p.id AS paper,
                       k.quote AS quote
                """, Map.of(), r -> List.of(r.get("rel").asString(), r.get("paper").asString(),
                r.get("quote").asString())));
    }

    private static Set<List<String>> conibQuotes() {
        return conibQuotes(graph);
    }

    private static long conibClaims() {
        return count("MATCH ()-[k:CLAIMS {source: 'conib'}]->() RETURN count(k)");
    }

    private static long count(String cypher) {
        return graph.readOne(cypher, Map.of(), r -> r.get(0).asLong());
    }
}
