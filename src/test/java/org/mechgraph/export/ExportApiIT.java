package org.mechgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.db.Graph;
import org.mechgraph.load.CypherScript;
import org.mechgraph.support.Api;
import org.mechgraph.support.TestDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.w3c.dom.Document;

/** The ketamine → mu-opioid receptor → BDNF path exported in every format, each read back with a real parser. */
class ExportApiIT {

    private static final String PATH = "/api/export?from=ketamine&via=MOR&to=BDNF&format=";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Api api;

    @BeforeAll
    static void start() {
        api = Api.onSharedDatabase();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Api.Raw export(String format) {
        Api.Raw r = api.getRaw(PATH + format);
        assertEquals(200, r.status(), format + ": " + r.text());
        return r;
    }

    private static JsonNode json() {
        return export("json").json();
    }

    @Test
    void everyFormatAnswersItsContentTypeAndAFileNameThatSaysWhatItHolds() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("json", "application/json|\\.json");
        expected.put("csv", "application/zip|-csv\\.zip");
        expected.put("csv-nodes", "text/csv|-nodes\\.csv");
        expected.put("csv-edges", "text/csv|-edges\\.csv");
        expected.put("graphml", "application/graphml\\+xml|\\.graphml");
        expected.put("kgx", "application/zip|-kgx\\.zip");
        expected.put("kgx-nodes", "text/tab-separated-values|_nodes\\.tsv");
        expected.put("kgx-edges", "text/tab-separated-values|_edges\\.tsv");
        expected.put("kgx-nodes-jsonl", "application/x-ndjson|_nodes\\.jsonl");
        expected.put("kgx-edges-jsonl", "application/x-ndjson|_edges\\.jsonl");
        expected.put("cypher", "text/plain|\\.cypher");
        expected.put("bibtex", "application/x-bibtex|-references\\.bib");
        expected.put("ris", "application/x-research-info-systems|-references\\.ris");
        expected.put("csl-json", "application/vnd\\.citationstyles\\.csl\\+json|-references\\.csl\\.json");
        assertEquals(ExportFormat.values().length, expected.size(), "every format is tried");
        expected.forEach((format, want) -> {
            String[] parts = want.split("\\|");
            Api.Raw r = export(format);
            assertTrue(r.header("content-type").matches(parts[0] + ".*"), format + ": " + r.header("content-type"));
            String disposition = r.header("content-disposition");
            assertTrue(disposition.matches("attachment; filename=\"mechgraph-ketamine-via-mor-to-bdnf-"
                    + "\\d{4}-\\d{2}-\\d{2}" + parts[1] + "\""), format + ": " + disposition);
            assertTrue(r.body().length > 100, format);
        });
    }

    @Test
    void theJsonHoldsThePathsEntitiesEffectsEvidenceAndTheirLicences() {
        JsonNode doc = json();
        Set<String> nodes = ids(doc.get("nodes"), "id");
        assertTrue(nodes.containsAll(Set.of("ketamine", "mor", "bdnf")), nodes.toString());
        Set<String> links = ids(doc.get("links"), "id");
        assertTrue(links.containsAll(Set.of("ketamine|ACTIVATES|mor", "mor|INCREASES|bdnf")), links.toString());
        for (JsonNode link : doc.get("links")) {
            assertTrue(nodes.contains(link.get("source").asText()) && nodes.contains(link.get("target").asText()));
            assertEquals(link.get("evidenceCount").asInt(), link.get("evidence").size(), link.get("id").asText());
        }
        String attribution = doc.get("mechgraph").get("attribution").toString();
        assertTrue(attribution.contains("Curated seed articles"), attribution);
        assertTrue(attribution.contains("Hetionet v1.0") && attribution.contains("NON-COMMERCIAL"), attribution);
        assertTrue(ids(doc.get("papers"), "id").contains("doi:10.1176/appi.ajp.20240378"));
    }

    @Test
    void graphmlParsesWithAStandardXmlParserAndHasTheJsonAnswersNodesAndEdges() throws Exception {
        JsonNode doc = json();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(export("graphml").body()));
        assertEquals(doc.get("nodes").size(), xml.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(doc.get("links").size(), xml.getElementsByTagNameNS("*", "edge").getLength());
        assertTrue(xml.getElementsByTagNameNS("*", "key").getLength() > 10);
    }

    @Test
    void theReferencesCiteLevinsteinEtAlByAReadableKeyWithItsDoi() throws Exception {
        String bib = export("bibtex").text();
        int at = bib.indexOf("@article{levinstein2025redefining,");
        assertTrue(at >= 0, bib);
        String entry = bib.substring(at, bib.indexOf("\n}", at));
        assertTrue(entry.contains("doi = {10.1176/appi.ajp.20240378}"), entry);
        assertTrue(entry.contains("journal = {American Journal of Psychiatry}"), entry);
        assertTrue(bib.contains("Hetionet v1.0"), "the attribution heads the file");

        JsonNode csl = JSON.readTree(export("csl-json").body());
        assertTrue(csl.isArray());
        JsonNode levinstein = null;
        for (JsonNode item : csl) {
            if (item.get("id").asText().equals("levinstein2025redefining")) {
                levinstein = item;
            }
            assertFalse(item.path("title").asText().matches("PubMed \\d+"), "no title made of a bare id: " + item);
        }
        assertEquals("10.1176/appi.ajp.20240378", levinstein.get("DOI").asText());
        assertEquals("article-journal", levinstein.get("type").asText());

        String ris = export("ris").text();
        assertTrue(ris.contains("ID  - levinstein2025redefining\r\n"));
        assertTrue(ris.contains("DO  - 10.1176/appi.ajp.20240378\r\n"));
    }

    @Test
    void kgxEdgesUseBiolinkPredicatesAndSignedEffectsCarryTheirDirection() throws Exception {
        List<Map<String, String>> edges = KgxExportTest.tsv(export("kgx-edges").text());
        assertFalse(edges.isEmpty());
        edges.forEach(e -> assertTrue(e.get("predicate").startsWith("biolink:"), e.toString()));
        var increases = edges.stream().filter(e -> e.get("original_predicate").equals("mechgraph:INCREASES")).toList();
        assertFalse(increases.isEmpty());
        increases.forEach(e -> {
            assertEquals("biolink:affects", e.get("predicate"));
            assertEquals("biolink:causes", e.get("qualified_predicate"));
            assertEquals("increased", e.get("object_direction_qualifier"));
            assertEquals("NCBIGene:627", e.get("object"), "BDNF by its NCBI Gene id");
        });
        var activates = edges.stream().filter(e -> e.get("original_predicate").equals("mechgraph:ACTIVATES")).toList();
        activates.forEach(e -> assertEquals("increased", e.get("object_direction_qualifier")));
        assertTrue(edges.stream().anyMatch(e -> e.get("supporting_text").contains("increased production of "
                + "brain-derived neurotrophic factor")));
        List<Map<String, String>> nodes = KgxExportTest.tsv(export("kgx-nodes").text());
        assertTrue(nodes.stream().anyMatch(n -> n.get("id").equals("CHEBI:6121")
                && n.get("xref").contains("mechgraph:ketamine")), nodes.toString());

        String jsonl = export("kgx-edges-jsonl").text();
        assertEquals(edges.size(), jsonl.lines().count());
        for (String line : jsonl.lines().toList()) {
            assertTrue(JSON.readTree(line).get("predicate").asText().startsWith("biolink:"));
        }
    }

    @Test
    void aHetionetGeneAndItsRecordExportWithTheGenesOwnIdsAndCategoryAndOnlyTheRecordsReferences() throws Exception {
        String query = "/api/export?nodes=ketamine,cyp2b6&format=";
        Api.Raw nodesFile = api.getRaw(query + "kgx-nodes");
        assertEquals(200, nodesFile.status(), nodesFile.text());
        var gene = KgxExportTest.tsv(nodesFile.text()).stream().filter(n -> n.get("name").equals("CYP2B6"))
                .findFirst().orElseThrow();
        assertEquals("NCBIGene:1555", gene.get("id"), "named by the id Hetionet gave it");
        assertEquals("biolink:Gene", gene.get("category"));

        var binds = KgxExportTest.tsv(api.getRaw(query + "kgx-edges").text()).stream()
                .filter(e -> e.get("original_predicate").equals("mechgraph:BINDS")).findFirst().orElseThrow();
        assertEquals("NCBIGene:1555", binds.get("object"));
        assertEquals("PMID:19515014|PMID:19934256", binds.get("publications"), "no database among the works");
        assertEquals("infores:hetionet", binds.get("primary_knowledge_source"));
        assertEquals("", binds.get("supporting_text"));

        String graphml = api.getRaw(query + "graphml").text();
        int at = graphml.indexOf("Hetionet v1.0 (2017) record: Hetionet v1.0 CbG edge");
        assertTrue(at > 0, graphml);
        String record = graphml.substring(at, graphml.indexOf("</data>", at));
        assertFalse(record.contains("\u201c"), "a record is not a quotation: " + record);
        assertTrue(record.contains("cites PubMed 19515014, PubMed 19934256"), record);
        assertTrue(graphml.contains("<data key=\"type\">Gene</data>"));

        String bib = api.getRaw(query + "bibtex").text();
        int bare = bib.indexOf("@misc{pmid19515014,");
        assertTrue(bare > 0, bib);
        String entry = bib.substring(bare, bib.indexOf("\n}", bare));
        assertFalse(entry.contains("title ="), entry);
        assertTrue(entry.contains("PubMed record 19515014; metadata not in mechgraph"), entry);
    }

    @Test
    void theZipsHoldTheirFilesAndAReadmeWithTheAttribution() throws Exception {
        Map<String, String> csv = unzip(export("csv").body());
        assertEquals(List.of("README.txt", "nodes.csv", "edges.csv"), List.copyOf(csv.keySet()));
        assertTrue(csv.get("README.txt").contains("NON-COMMERCIAL"));
        assertTrue(csv.get("edges.csv").startsWith("id,source,target,type,polarity,evidenceCount"));
        assertEquals(json().get("links").size() + 1, csv.get("edges.csv").split("\r\n").length);
        Map<String, String> kgx = unzip(export("kgx").body());
        assertEquals(List.of("README.txt", "nodes.tsv", "edges.tsv", "nodes.jsonl", "edges.jsonl"),
                List.copyOf(kgx.keySet()));
    }

    @Test
    void theCypherScriptRebuildsThePathWithItsEvidenceAndRunningItAgainChangesNothing() {
        JsonNode doc = json();
        int claims = 0;
        for (JsonNode link : doc.get("links")) {
            claims += link.get("evidence").size();
        }
        List<String> statements = CypherScript.statements(export("cypher").text()).stream()
                .filter(s -> !s.startsWith("CREATE CONSTRAINT") && !s.startsWith("CREATE INDEX")).toList();
        Graph graph = TestDatabase.shared().graph();
        // On the shared database, in a transaction that is rolled back: empty it, rebuild, rebuild again.
        try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()));
             Transaction tx = session.beginTransaction()) {
            tx.run("MATCH (n) DETACH DELETE n").consume();
            statements.forEach(s -> tx.run(s).consume());
            List<Long> once = counts(tx);
            statements.forEach(s -> tx.run(s).consume());
            assertEquals(once, counts(tx), "a second run changes nothing");
            assertEquals(List.of((long) doc.get("nodes").size(), (long) doc.get("papers").size(),
                    (long) doc.get("links").size(), (long) claims), once);
            long path = tx.run("""
                    MATCH (:Entity {id: 'ketamine'})-[:ACTIVATES]->(:Entity {id: 'mor'})
                          -[r:INCREASES]->(:Entity {id: 'bdnf'})
                    MATCH (p:Paper)-[k:CLAIMS {effect: r.id}]->()
                    WHERE k.quote STARTS WITH 'When ketamine tips the balance'
                    RETURN count(k) AS n""").single().get("n").asLong();
            assertTrue(path > 0, "the path and its quotes are back");
            tx.rollback();
        }
        assertTrue(graph.readOne("MATCH (n:Entity) RETURN count(n) AS n", Map.of(), r -> r.get("n").asLong()) > 20,
                "the shared database is untouched");
    }

    @Test
    void anExplicitListOfEntitiesExportsEveryEffectAmongThemAndAPostTakesTheListInItsBody() throws Exception {
        Api.Raw get = api.getRaw("/api/export?format=json&nodes=ketamine,mor&nodes=bdnf");
        assertEquals(200, get.status(), get.text());
        assertTrue(get.header("content-disposition").contains("mechgraph-subgraph-3-entities-"));
        JsonNode all = get.json();
        assertEquals(3, all.get("nodes").size());
        assertTrue(all.get("links").size() >= json().get("links").size());

        String body = JSON.writeValueAsString(Map.of("nodes", List.of("ketamine", "mor"),
                "edges", List.of("ketamine|ACTIVATES|mor"), "name", "Ketamine & MOR"));
        Api.Raw post = api.postRaw("/api/export?format=graphml", "application/json", body);
        assertEquals(200, post.status(), post.text());
        String file = post.header("content-disposition");
        assertTrue(file.contains("\"mechgraph-ketamine-mor-"), file);
        assertEquals(1, post.text().split("<edge ").length - 1);

        Api.Raw one = api.getRaw(PATH + "json&path=0");
        assertEquals(2, one.json().get("links").size(), "path=0 is the first path alone");
        assertTrue(one.header("content-disposition").contains("-to-bdnf-path-1-"));
    }

    @Test
    void aBadFormatOrSubgraphIsA400ThatSaysWhatIsAllowed() {
        assertError(api.getRaw("/api/export?from=ketamine&to=BDNF&format=docx"), 400, "format", "graphml");
        assertError(api.getRaw("/api/export?from=ketamine&to=BDNF"), 400, "format", "bibtex");
        assertError(api.getRaw("/api/export?format=json"), 400, "nodes", "from and to");
        assertError(api.getRaw("/api/export?format=json&from=ketamine&to=BDNF&maxHops=9"), 400, "maxHops", "1 to 6");
        assertError(api.getRaw(PATH + "json&path=50"), 400, "path", "0 to");
        assertError(api.getRaw("/api/export?format=json&nodes=ketamine,no-such-entity"), 404, "nodes", null);
        assertError(api.getRaw("/api/export?format=json&from=bdnf&to=ketamine&maxHops=1"), 404, "to", null);
        assertError(api.postRaw("/api/export?format=json", "text/plain", "{}"), 415, "content-type", "application/json");
        assertError(api.postRaw("/api/export?format=json", "application/json", "[1,"), 400, "body", null);
    }

    @Test
    void moreThanTwoThousandEntitiesIsA400NamingTheBound() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= SubgraphService.MAX_NODES; i++) {
            ids.add("e" + i);
        }
        Api.Raw r = api.postRaw("/api/export?format=graphml", "application/json",
                JSON.writeValueAsString(Map.of("nodes", ids)));
        JsonNode error = assertError(r, 400, "nodes", "at most 2,000 entities");
        assertTrue(error.get("message").asText().contains("2,001"), error.toString());
    }

    private static JsonNode assertError(Api.Raw r, int status, String parameter, String allowed) {
        assertEquals(status, r.status(), r.text());
        assertTrue(r.header("content-type").startsWith("application/json"), r.header("content-type"));
        JsonNode error = r.json();
        assertEquals(status, error.get("status").asInt());
        assertFalse(error.get("error").asText().isEmpty());
        assertFalse(error.get("message").asText().isEmpty());
        assertEquals(parameter, error.path("parameter").asText(), error.toString());
        if (allowed != null) {
            assertTrue(error.get("allowed").asText().contains(allowed), error.toString());
        }
        return error;
    }

    private static List<Long> counts(Transaction tx) {
        var r = tx.run("""
                RETURN COUNT { (:Entity) } AS entities, COUNT { (:Paper) } AS papers,
                       COUNT { ()-[e]->() WHERE e.polarity IS NOT NULL } AS effects,
                       COUNT { ()-[:CLAIMS]->() } AS claims""").single();
        return List.of(r.get("entities").asLong(), r.get("papers").asLong(), r.get("effects").asLong(),
                r.get("claims").asLong());
    }

    private static Set<String> ids(JsonNode list, String field) {
        Set<String> out = new HashSet<>();
        list.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
