package org.mechgraph.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console's first gate, on its own: Neo4j's parser, the allow-lists and the expression bounds. */
class CypherGateTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "MATCH (n) RETURN n LIMIT 5",
        "MATCH (n {set: 1}) RETURN n.create, n.`delete`",
        "MATCH (n:Entity) WHERE n.name = 'CREATE (x)' RETURN n // DELETE",
        "RETURN $create AS x",
        "CALL db.labels() YIELD label RETURN label",
        "CALL db.index.fulltext.queryNodes('entity_names', 'x') YIELD node RETURN node",
        "MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS c } RETURN n, c",
        "WITH {merge: 1} AS m RETURN m.merge",
        "MATCH (start:Entity)-[:INHIBITS]->(stop) RETURN start.id, stop.id",
        "UNWIND range(1, 30000000) AS x RETURN size(collect(x)) AS n",
        "UNWIND range(1, 1000) AS x WITH count(x) AS n UNWIND range(1, 1000000) AS y RETURN count(y)",
        "MATCH p = (a)-[*1..3]->(b) RETURN reduce(t = 0, r IN relationships(p) | t + toFloat(r.weight)) AS w",
        "MATCH (n) WITH collect(n) AS ns RETURN [x IN ns | x.name + '!'] AS names",
        "RETURN [x IN range(1, 1000) | x * 2] AS doubled, reduce(s = '', x IN range(1, 100) | s + 'ab') AS s",
        "RETURN substring('abc', 0, 2), toUpper('x'), replace('a-b', '-', ' '), split('a,b', ',')",
        "MATCH (n:Entity) RETURN n { .id, .name, degree: COUNT { (n)--() } } AS card",
        "WITH [1, 2, 3] AS xs RETURN [i IN range(0, size(xs) - 1) | xs[i]] AS same",
        "MATCH (n) RETURN CASE WHEN n.x > 1 THEN 'big' ELSE 'small' END AS size"
    })
    void readsPass(String query) {
        var verdict = CypherGate.check(query, Map.of());
        assertInstanceOf(CypherGate.Pass.class, verdict, query + " → " + verdict);
    }

    /** Writes, commands and tricks, the ones the old word gate refused and the ones it let through. */
    @ParameterizedTest
    @ValueSource(strings = {
        "create (n)",
        "MATCH (n) /* x */ DETACH /* y */ DELETE n",
        "// RETURN 1\nMERGE (n:X)",
        "MATCH (n) SET n.x = 1",
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1",
        "CALL dbms.listConfig()",
        "call   apoc . cypher . runWrite('CREATE (n)', {})",
        "MATCH (n) RETURN n UNION MATCH (m) FOREACH (x IN [1] | REMOVE m.name) RETURN m AS n",
        "USE system MATCH (n) RETURN n",
        "USE neo4j MATCH (n) RETURN n",
        "SHOW USERS",
        "EXPLAIN MATCH (n) RETURN n",
        "CYPHER runtime=slotted MATCH (n) RETURN n",
        "//x\rSHOW TRANSACTIONS YIELD * RETURN *",
        "//x\rSHOW SETTINGS YIELD * RETURN *",
        "//x\rTERMINATE TRANSACTIONS $ids",
        "//x\rSHOW INDEXES",
        "//x\rSHOW CONSTRAINTS",
        "//x\rSHOW PROCEDURES",
        "//x\rSHOW FUNCTIONS",
        "/* x */ SHOW TRANSACTIONS",
        "MATCH (n) RETURN apoc.text.join(['a'], ',')",
        "RETURN file()",
        "RETURN graph.names()",
        "RETURN 1; MATCH (n) DETACH DELETE n",
        "CALL `dbms`.listConfig()"
    })
    void writesCommandsAndTricksAreRefusedWithAReason(String query) {
        var verdict = CypherGate.check(query, Map.of());
        var refuse = assertInstanceOf(CypherGate.Refuse.class, verdict, query + " → " + verdict);
        assertTrue(refuse.reason().length() > 20, refuse.reason());
    }

    /** Expressions that no timeout can stop once they start: refused before they start. */
    @ParameterizedTest
    @ValueSource(strings = {
        "RETURN size([x IN range(1,300000000) | x])",
        "RETURN reduce(s=0, x IN range(1,2000000000) | s+x)",
        "WITH reduce(s='x', j IN range(1,27) | s+s) AS big UNWIND range(1,4) AS i RETURN big",
        "RETURN [x IN range(1, 100000) | [y IN range(1, 100000) | y]]",
        "MATCH (n) WITH collect(n) AS ns RETURN [a IN ns | [b IN ns | a.name + b.name]]",
        "MATCH (n) WITH collect(n.name) AS ns RETURN reduce(s = '', x IN ns | s + x)",
        "WITH 'xxxxxxxxxx' AS s WITH replace(s, '', s + s + s + s + s + s + s + s) AS a "
                + "WITH replace(a, '', a) AS b RETURN replace(b, '', b)",
        "MATCH (n) RETURN range(1, n.count)",
        "RETURN range(1, 9223372036854775807)",
        "UNWIND [x IN range(1, 100000000) | x] AS y RETURN count(y)",
        "UNWIND range(1, 3000000000) AS x RETURN count(x)",
        "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)",
        "UNWIND range(1, 1000000) AS a RETURN [x IN range(1, 10000) | x]"
    })
    void expressionBombsAreRefusedBeforeTheyRun(String query) {
        var verdict = CypherGate.check(query, Map.of());
        var refuse = assertInstanceOf(CypherGate.Refuse.class, verdict, query + " → " + verdict);
        assertTrue(refuse.reason().contains("`"), "the reason quotes the expression: " + refuse.reason());
    }

    @Test
    void parametersAreSizedByTheirValues() {
        String query = "RETURN [x IN range(1, $n) | x] AS xs";
        assertInstanceOf(CypherGate.Pass.class, CypherGate.check(query, Map.of("n", 1000)));
        assertInstanceOf(CypherGate.Refuse.class, CypherGate.check(query, Map.of("n", 300_000_000L)));
    }

    @Test
    void deepNestingIsRefusedWithoutParsing() {
        String parens = "RETURN " + "(".repeat(4990) + "1" + ")".repeat(4990);
        assertInstanceOf(CypherGate.Refuse.class, CypherGate.check(parens, Map.of()));
        String lists = "RETURN " + "[".repeat(3000) + "]".repeat(3000);
        assertInstanceOf(CypherGate.Refuse.class, CypherGate.check(lists, Map.of()));
        String nots = "RETURN " + "NOT ".repeat(2000) + "true";
        assertInstanceOf(CypherGate.Refuse.class, CypherGate.check(nots, Map.of()));
        String sums = "RETURN " + "1 + ".repeat(2000) + "1";
        assertInstanceOf(CypherGate.Refuse.class, CypherGate.check(sums, Map.of()));
        String props = "RETURN {a: 1}" + ".a".repeat(2000);
        assertInstanceOf(CypherGate.Refuse.class, CypherGate.check(props, Map.of()));
        assertInstanceOf(CypherGate.Pass.class, CypherGate.check("RETURN " + "(".repeat(20) + "1" + ")".repeat(20),
                Map.of()));
    }

    @Test
    void commentsReachTheDatabaseAsSpacesOnly() {
        String query = "MATCH (n) // SHOW SETTINGS\r\nRETURN n /* \n DELETE */ LIMIT 1";
        var pass = assertInstanceOf(CypherGate.Pass.class, CypherGate.check(query, Map.of()));
        assertEquals(query.length(), pass.text().length(), "positions stay where they were");
        assertEquals(query.replaceAll("[^\r\n]", ""), pass.text().replaceAll("[^\r\n]", ""), "line breaks stay");
        assertEquals("MATCH (n) RETURN n LIMIT 1", pass.text().replaceAll("\\s+", " "));
    }

    @Test
    void syntaxErrorsSayWhereInTheUsersText() {
        var invalid = assertInstanceOf(CypherGate.Invalid.class, CypherGate.check("MATCH (n RETURN n", Map.of()));
        assertEquals(List.of(1, 10, 9), List.of(invalid.line(), invalid.column(), invalid.offset()));
        assertTrue(invalid.message().startsWith("Invalid input 'RETURN'"), invalid.message());
        var second = assertInstanceOf(CypherGate.Invalid.class,
                CypherGate.check("MATCH (n)\nRETURN n ORDER BY", Map.of()));
        assertEquals(2, second.line());
    }
}
