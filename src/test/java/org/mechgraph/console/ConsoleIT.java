package org.mechgraph.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mechgraph.load.CorpusLoader;
import org.mechgraph.support.Api;
import org.mechgraph.support.GraphFingerprint;
import org.mechgraph.support.TestDatabase;

/** The Cypher console reads, and nothing else, on the real database. */
class ConsoleIT {

    /** For the tests of the timeout itself; every other test gets minutes, so a busy machine cannot fail it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static Api api;
    private static Api strict;

    @BeforeAll
    static void start() {
        api = new Api(TestDatabase.shared(), TestDatabase.sharedConfig().withConsole(Duration.ofMinutes(5), 1000));
        strict = new Api(TestDatabase.shared(), TestDatabase.sharedConfig().withConsole(TIMEOUT, 1000));
    }

    @AfterAll
    static void stop() {
        api.close();
        strict.close();
    }

    @Test
    void everyExampleQueryRunsAndReturnsRows() {
        var examples = Examples.parse(CorpusLoader.resource("cypher/examples.cypher"));
        for (var example : examples) {
            var r = api.cypher(example.query(), Map.of());
            assertEquals(200, r.status(), example.title() + ": " + r.json());
            assertFalse(r.json().get("rows").isEmpty(), "no rows: " + example.title());
        }
        var listed = api.get("/api/cypher/examples").json();
        assertEquals(examples.size(), listed.size());
    }

    @Test
    void resultsComeAsATableAndAsAGraph() {
        var r = api.cypher("MATCH p = (:Entity {id: 'ketamine'})-[:ACTIVATES]->(m:Entity {id: 'mor'}) RETURN p, m.name AS name",
                Map.of());
        assertEquals(200, r.status(), r.json().toString());
        JsonNode body = r.json();
        assertEquals(List.of("p", "name"), List.of(body.get("columns").get(0).asText(), body.get("columns").get(1).asText()));
        assertEquals("path", body.get("rows").get(0).get("p").get("_kind").asText());
        assertEquals("READ_ONLY", body.get("summary").get("queryType").asText());
        assertFalse(body.get("truncated").asBoolean());
        List<String> nodes = new ArrayList<>();
        body.get("graph").get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        assertTrue(nodes.containsAll(List.of("ketamine", "mor")), nodes.toString());
        JsonNode link = body.get("graph").get("links").get(0);
        assertEquals("ketamine|ACTIVATES|mor", link.get("id").asText());
        assertEquals("ketamine", link.get("source").asText());
        assertEquals("positive", link.get("polarity").asText());
    }

    @Test
    void parametersAreValuesNeverCypher() {
        var before = GraphFingerprint.of(TestDatabase.shared().graph());
        var r = api.cypher("MATCH (n:Entity) WHERE n.id = $id RETURN n.name AS name, $q AS q",
                Map.of("id", "mor", "q", "MATCH (n) DETACH DELETE n"));
        assertEquals(200, r.status());
        assertEquals("mu-opioid receptor", r.json().get("rows").get(0).get("name").asText());
        assertEquals(before, GraphFingerprint.of(TestDatabase.shared().graph()));
    }

    @Test
    void aQueryOverTheMemoryCapFailsAloneAndTheServerLives() {
        // The timeout is far beyond the work, so the memory cap answers first however busy the machine is.
        var r = api.cypher("UNWIND range(1, 30000000) AS x RETURN size(collect(x)) AS n", Map.of());
        assertEquals(400, r.status(), r.json().toString());
        assertTrue(r.json().get("message").asText().contains("memory"), r.json().toString());
        assertEquals(200, api.get("/api/health").status());
    }

    /** The reproductions of the console's holes: each was answered 200 (or hung) before the parser gate. */
    @ParameterizedTest
    @ValueSource(strings = {
        "//x\rSHOW TRANSACTIONS YIELD * RETURN *",
        "//x\rSHOW SETTINGS YIELD name, value RETURN name, value",
        "//x\rTERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "//x\rSHOW INDEXES",
        "//x\rSHOW CONSTRAINTS",
        "//x\rSHOW PROCEDURES",
        "//x\rSHOW FUNCTIONS",
        "//x\rCYPHER runtime=slotted MATCH (n) RETURN n",
        "//x\rUSE neo4j MATCH (n) RETURN count(n)",
        "RETURN size([x IN range(1,300000000) | x])",
        "RETURN reduce(s=0, x IN range(1,2000000000) | s+x)",
        "WITH reduce(s='x', j IN range(1,27) | s+s) AS big UNWIND range(1,4) AS i RETURN big",
        "RETURN substring(reduce(s = 'x', i IN range(1, 40) | s + s), 0, 1)"
    })
    void commandsAndExpressionBombsAreRefusedBeforeTheyRun(String query) {
        var r = api.cypher(query, Map.of());
        assertEquals(403, r.status(), query + " → " + r.json());
        assertFalse(r.json().has("rows"), r.json().toString());
        assertEquals(200, api.get("/api/health").status());
    }

    @Test
    void rowsMadeWithoutReadingTheGraphAreBoundedBecauseNoTimeoutInterruptsThem() {
        var r = api.cypher("UNWIND range(1, 3000000000) AS x RETURN count(x) AS n", Map.of());
        assertEquals(403, r.status(), r.json().toString());
        assertTrue(r.json().get("message").asText().contains("rows"), r.json().toString());
        var product = api.cypher("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)",
                Map.of());
        assertEquals(403, product.status(), product.json().toString());
        var fine = api.cypher("UNWIND range(1, 1000000) AS x RETURN count(x) AS n", Map.of());
        assertEquals(200, fine.status(), fine.json().toString());
        assertEquals(1_000_000, fine.json().get("rows").get(0).get("n").asInt());
    }

    @Test
    void deepNestingIsRefusedAtOnceInsteadOfHangingAConnection() {
        var r = api.cypher("RETURN " + "(".repeat(4990) + "1" + ")".repeat(4990), Map.of());
        assertEquals(403, r.status(), r.json().toString());
        assertTrue(r.json().get("message").asText().contains("nests"), r.json().toString());
        var sums = api.cypher("RETURN " + "1 + ".repeat(2400) + "1", Map.of());
        assertEquals(403, sums.status(), sums.json().toString());
        var fine = api.cypher("RETURN " + "(".repeat(40) + "1" + ")".repeat(40) + " + " + "1 + ".repeat(60) + "1 AS n",
                Map.of());
        assertEquals(200, fine.status(), "Neo4j itself handles what the gate lets through: " + fine.json());
        assertEquals(62, fine.json().get("rows").get(0).get("n").asInt());
    }

    @Test
    void answersAreCappedInCharactersNotOnlyInValues() {
        String big = "x".repeat(9_000);
        var r = api.cypher("UNWIND range(1, 1000) AS i RETURN i, $big AS s", Map.of("big", big));
        assertEquals(200, r.status());
        assertTrue(r.json().get("truncated").asBoolean());
        long chars = 0;
        for (JsonNode row : r.json().get("rows")) {
            chars += row.get("s").asText().length();
        }
        assertTrue(chars <= ResultMapper.MAX_CHARS + 100, "characters: " + chars);
        assertTrue(r.json().get("rows").size() < 1000, "rows: " + r.json().get("rows").size());
    }

    @Test
    void aFloodOfConsoleQueriesCannotStarveTheApi() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(24);
        try {
            List<java.util.concurrent.Future<Api.Response>> console = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                console.add(pool.submit(() -> strict.cypher(
                        "MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = 'x' RETURN count(*)",
                        Map.of())));
            }
            List<java.util.concurrent.Future<Api.Response>> paths = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                paths.add(pool.submit(() -> api.get("/api/paths?from=ketamine&via=MOR&to=BDNF")));
            }
            int busy = 0;
            for (var f : console) {
                var r = f.get();
                assertTrue(r.status() == 422 || r.status() == 429, r.status() + " " + r.json());
                busy += r.status() == 429 ? 1 : 0;
            }
            assertTrue(busy > 0, "the console runs only a few queries at once; the rest hear 429");
            for (var f : paths) {
                assertEquals(200, f.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void mistakesInArgumentsAre400sThatNameNoJavaClass() {
        var huge = api.post("/api/cypher", "{\"query\": \"RETURN $n AS n\", \"params\": {\"n\": 1"
                + "0".repeat(40) + "}}");
        assertEquals(400, huge.status(), huge.json().toString());
        assertFalse(huge.json().toString().contains("java."), huge.json().toString());
        var substring = api.cypher("RETURN substring('abc', 0, -1) AS s", Map.of());
        assertEquals(400, substring.status(), substring.json().toString());
        assertFalse(substring.json().toString().matches("(?s).*\\b(java|org)\\.[a-z]+\\..*"),
                substring.json().toString());
    }

    @Test
    void hugeValuesAreCappedLikeRows() {
        var r = api.cypher("UNWIND range(1, 1000) AS i RETURN range(1, 20000) AS big", Map.of());
        assertEquals(200, r.status());
        assertTrue(r.json().get("truncated").asBoolean());
        assertTrue(r.json().get("rows").size() < 20, "rows: " + r.json().get("rows").size());
    }

    @Test
    void onlyJsonIsAccepted() {
        var r = api.postAs("/api/cypher", "text/plain", "{\"query\": \"RETURN 1\"}");
        assertEquals(415, r.status());
    }

    @Test
    void rowsAreCappedAndMarkedTruncated() {
        var r = api.cypher("UNWIND range(1, 5000) AS i RETURN i", Map.of());
        assertEquals(200, r.status());
        assertEquals(1000, r.json().get("rows").size());
        assertTrue(r.json().get("truncated").asBoolean());
    }

    @Test
    void aSyntaxErrorIsA400WithNeo4jsMessageAndPosition() {
        var r = api.cypher("MATCH (n RETURN n", Map.of());
        assertEquals(400, r.status(), r.json().toString());
        assertTrue(r.json().get("message").asText().toLowerCase().contains("invalid input"), r.json().toString());
        // Positions are in the user's text, not in the EXPLAIN the console puts in front of it.
        assertEquals(1, r.json().get("position").get("line").asInt());
        assertEquals(10, r.json().get("position").get("column").asInt(), r.json().toString());
        assertEquals(9, r.json().get("position").get("offset").asInt());
        var second = api.cypher("MATCH (n)\nRETURN n ORDER BY", Map.of());
        assertEquals(400, second.status());
        assertEquals(2, second.json().get("position").get("line").asInt(), second.json().toString());
    }

    @Test
    void badRequestsSayWhatWasWrong() {
        assertEquals(400, api.post("/api/cypher", "not json").status());
        assertEquals("query", api.post("/api/cypher", "{\"params\": {}}").json().get("parameter").asText());
        assertEquals("params", api.post("/api/cypher", "{\"query\": \"RETURN 1\", \"params\": [1]}").json()
                .get("parameter").asText());
        var huge = api.cypher("RETURN '" + "x".repeat(70_000) + "'", Map.of());
        assertEquals(413, huge.status(), huge.json().toString());
    }

    @Test
    void anExplosiveQueryIsStoppedWhileTheServerKeepsAnswering() throws Exception {
        long start = System.nanoTime();
        var explosive = CompletableFuture.supplyAsync(() ->
                strict.cypher("MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = 'x' RETURN count(*) AS n", Map.of()));
        int answered = 0;
        while (!explosive.isDone()) {
            assertEquals(200, api.get("/api/health").status());
            answered++;
            Thread.sleep(100);
        }
        var r = explosive.get();
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertEquals(422, r.status(), r.json().toString());
        assertEquals("timeout", r.json().get("error").asText());
        // Run to the end, the 5-way product would take hours; a minute's margin proves the timeout stopped it
        // without racing the 2 s timeout against a busy machine.
        assertTrue(elapsed < 60_000, "stopped after " + elapsed + " ms");
        assertTrue(answered >= 1, "the server answered meanwhile");
    }

    /** At least 25 ways in: each is refused, and the graph is the same before and after all of them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE (n:Entity {id: 'evil'}) RETURN n",
        "MERGE (n:Entity {id: 'ketamine'}) SET n.name = 'x' RETURN n",
        "MATCH (n:Entity {id: 'ketamine'}) SET n.name = 'x'",
        "MATCH (n:Paper) DELETE n",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Entity) REMOVE n.name",
        "MATCH (n:Drug) REMOVE n:Drug",
        "CREATE INDEX evil IF NOT EXISTS FOR (n:Entity) ON (n.description)",
        "DROP CONSTRAINT entity_id",
        "CREATE CONSTRAINT evil FOR (n:X) REQUIRE n.id IS UNIQUE",
        "SHOW USERS",
        "CREATE USER eve SET PASSWORD 'secret-password'",
        "SHOW SETTINGS",
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line",
        "CALL dbms.listConfig()",
        "CALL db.createLabel('Evil')",
        "CALL dbms.security.createUser('eve', 'secret', false)",
        "CALL db.index.fulltext.drop('entity_names')",
        "CALL db.clearQueryCaches()",
        "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
        "CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS",
        "MATCH (n) CALL { WITH n SET n.touched = true } RETURN count(n)",
        "MATCH (n) RETURN n.id AS x UNION MATCH (m:Paper) DETACH DELETE m RETURN 'gone' AS x",
        "MATCH (n) /* only reading */ DETACH /* honest */ DELETE n",
        "match (n) detach delete n",
        "// RETURN 1\nMATCH (n) DETACH DELETE n",
        "FOREACH (x IN range(1, 3) | CREATE (:Evil))",
        "USE system SHOW USERS",
        "EXPLAIN MATCH (n) DETACH DELETE n",
        "PROFILE MATCH (n) SET n.x = 1",
        "CYPHER runtime=slotted MATCH (n) SET n.x = 1",
        "STOP DATABASE neo4j",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "CALL dbms.procedures()",
        "MATCH (n) WITH n LIMIT 1 CALL db.createProperty('evil') RETURN n",
        "CALL `dbms`.listConfig()",
        "INSERT (n:Evil)",
        "CALL { MATCH (n) SET n.x = 1 } IN CONCURRENT TRANSACTIONS",
        "CALL { MATCH (n) SET n.x = 1 } IN 2 CONCURRENT TRANSACTIONS OF 10 ROWS"
    })
    void hostileQueriesAreRefusedAndChangeNothing(String query) {
        var graph = TestDatabase.shared().graph();
        var before = GraphFingerprint.of(graph);
        var r = api.cypher(query, Map.of());
        assertTrue(r.status() == 403 || r.status() == 400, query + " → " + r.status() + " " + r.json());
        assertFalse(r.json().get("message").asText().isBlank());
        assertEquals(before, GraphFingerprint.of(graph), query);
    }

    @Test
    void variablesNamedLikeAdministrationWordsStillRead() {
        var r = api.cypher("MATCH (start:Entity {id: 'ketamine'})-[:INHIBITS]->(stop) RETURN start.id, stop.id", Map.of());
        assertEquals(200, r.status(), r.json().toString());
    }

    /** The planner gate on its own: writes that slip past the word gate are still refused. */
    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE (n:Evil)",
        "MATCH (n:Entity) SET n.x = 1",
        "MATCH (n:Paper) DETACH DELETE n",
        "MERGE (n:Evil {id: 1})",
        "CREATE INDEX evil FOR (n:Evil) ON (n.id)",
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1",
        "CALL db.createLabel('Evil')",
        "CALL dbms.listConfig()"
    })
    void thePlannerGateRefusesWhatTheWordGateWouldMiss(String query) {
        var graph = TestDatabase.shared().graph();
        var before = GraphFingerprint.of(graph);
        var session = org.neo4j.driver.SessionConfig.builder().withDatabase(graph.database())
                .withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build();
        try (var s = graph.driver().session(session); var tx = s.beginTransaction()) {
            var explained = tx.run("EXPLAIN " + query).consume();
            assertTrue(PlanGuard.refusal(explained).isPresent(), query);
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            // Only a schema command may be refused by the database before planning, in a read transaction;
            // every other query must reach the planner gate.
            assertTrue(query.startsWith("CREATE INDEX"), query + ": " + e.getMessage());
        }
        assertTrue(PlanGuard.refusal(explainRead("MATCH (n:Entity) RETURN n.id LIMIT 1")).isEmpty());
        assertEquals(before, GraphFingerprint.of(graph));
    }

    private static org.neo4j.driver.summary.ResultSummary explainRead(String query) {
        var graph = TestDatabase.shared().graph();
        try (var s = graph.driver().session(org.neo4j.driver.SessionConfig.forDatabase(graph.database()))) {
            return s.run("EXPLAIN " + query).consume();
        }
    }

    @Test
    void theDatabaseRefusesAWriteEvenPastTheGuards() {
        // Straight to the driver in the console's read mode, bypassing both checks: the server says no.
        var driver = TestDatabase.shared().graph().driver();
        var session = org.neo4j.driver.SessionConfig.builder()
                .withDatabase(TestDatabase.shared().graph().database())
                .withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build();
        try (var s = driver.session(session); var tx = s.beginTransaction()) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(org.neo4j.driver.exceptions.ClientException.class,
                    () -> tx.run("CREATE (:Evil)").consume());
            assertTrue(e.getMessage().toLowerCase().contains("read"), e.getMessage());
        }
    }
}
