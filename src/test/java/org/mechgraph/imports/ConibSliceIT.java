package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.mechgraph.imports.formats.bel.BelRelation;
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

    /** The BEL relations the README's table imports, and the effect each becomes; any other is skipped. */
    private static final Map<String, String> EFFECTS = Map.ofEntries(
            Map.entry("increases", "INCREASES"), Map.entry("directlyIncreases", "INCREASES"),
            Map.entry("decreases", "DECREASES"), Map.entry("directlyDecreases", "DECREASES"),
            Map.entry("positiveCorrelation", "ASSOCIATED_WITH"), Map.entry("negativeCorrelation", "ASSOCIATED_WITH"),
            Map.entry("association", "ASSOCIATED_WITH"), Map.entry("regulates", "ASSOCIATED_WITH"),
            Map.entry("biomarkerFor", "ASSOCIATED_WITH"), Map.entry("prognosticBiomarkerFor", "ASSOCIATED_WITH"),
            Map.entry("partOf", "PART_OF"), Map.entry("hasMember", "PART_OF"), Map.entry("hasComponent", "PART_OF"),
            Map.entry("hasVariant", "FORM_OF"));

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

    /**
     * A row with an evidence sentence and a citation is a quote of the cited paper, a row of an imported relation
     * without them a record of CONIB, a row of any other relation skipped with its relation's reason.
     */
    @Test
    @Order(1)
    void everyStatementBecomesAQuoteARecordOrACountedSkip() {
        List<Map<String, String>> rows = DataTable.read(file);
        assertEquals(4_124, rows.size());
        Set<List<String>> quotes = new HashSet<>();
        long quoteRows = 0;
        List<String> recordRows = new ArrayList<>();
        Set<String> recordTexts = new HashSet<>();
        Map<String, Long> skipped = new TreeMap<>();
        for (Map<String, String> row : rows) {
            String effect = EFFECTS.get(row.get("relation"));
            if (effect == null) {
                skipped.merge(BelRelation.of(row.get("relation")).orElseThrow().skipReason(), 1L, Long::sum);
            } else if (!row.get("evidence").isEmpty() && !row.get("citation_db").isEmpty()) {
                quoteRows++;
                String paper = (row.get("citation_db").equals("pubmed") ? "pmid" : row.get("citation_db")) + ":"
                        + row.get("citation_id");
                quotes.add(List.of(effect, paper, row.get("evidence")));
            } else {
                recordRows.add(row.get("document"));
                // A record says which statement of which document it is; the same statement twice is one record.
                recordTexts.add("CONIB BEL statement " + row.get("subject_bel") + " " + row.get("relation") + " "
                        + row.get("object_bel") + " (" + row.get("document")
                        + (row.get("line").isEmpty() ? "" : " line " + row.get("line")) + ")");
            }
        }
        assertEquals(3_961, quoteRows, "the slice's quotes, counted from the file");
        assertEquals(67, recordRows.size());
        assertEquals(96, skipped.values().stream().mapToLong(Long::longValue).sum());

        Set<List<String>> quotesBefore = conibQuotes();
        long claimsBefore = conibClaims();
        ImportSummary summary = importSlice();

        assertEquals(rows.size(), summary.rows());
        assertEquals(skipped, summary.skipped());
        assertEquals(quoteRows + recordRows.size(), summary.claimRows());
        assertEquals(summary.claimRows(), summary.claimsWritten() + summary.claimsAlreadyPresent());
        assertEquals(claimsBefore + summary.claimsWritten(), conibClaims());
        // Every quote of the file is in the graph, once per effect, paper and sentence, and no other CONIB quote came.
        Set<List<String>> expected = new HashSet<>(quotesBefore);
        expected.addAll(quotes);
        assertEquals(expected, conibQuotes());
        Set<String> records = new HashSet<>(graph.read("""
                MATCH (:Paper {id: 'db:conib'})-[k:CLAIMS {source: 'conib', evidence: 'record'}]->() RETURN k.record AS r
                """, Map.of(), r -> r.get("r").asString()));
        assertTrue(records.containsAll(recordTexts), "every record of the file is in the graph");
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

    private static Set<List<String>> conibQuotes() {
        return new HashSet<>(graph.read("""
                MATCH (p:Paper)-[k:CLAIMS {source: 'conib', evidence: 'quote'}]->() RETURN k.rel AS rel, p.id AS paper,
                       k.quote AS quote
                """, Map.of(), r -> List.of(r.get("rel").asString(), r.get("paper").asString(),
                r.get("quote").asString())));
    }

    private static long conibClaims() {
        return count("MATCH ()-[k:CLAIMS {source: 'conib'}]->() RETURN count(k)");
    }

    private static long count(String cypher) {
        return graph.readOne(cypher, Map.of(), r -> r.get(0).asLong());
    }
}
