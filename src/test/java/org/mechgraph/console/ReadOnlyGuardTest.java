package org.mechgraph.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "MATCH (n) RETURN n LIMIT 5",
        "MATCH (n {set: 1}) RETURN n.create, n.`delete`",
        "MATCH (n:Entity) WHERE n.name = 'CREATE (x)' RETURN n // DELETE",
        "RETURN $create AS x",
        "CALL db.labels() YIELD label RETURN label",
        "CALL db.index.fulltext.queryNodes('entity_names', 'x') YIELD node RETURN node",
        "MATCH (n) CALL { WITH n MATCH (n)--(m) RETURN count(m) AS c } RETURN n, c",
        "WITH {merge: 1} AS m RETURN m.merge"
    })
    void readsPass(String query) {
        assertEquals(Optional.empty(), ReadOnlyGuard.refusal(query));
    }

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
        "SHOW USERS",
        "EXPLAIN MATCH (n) RETURN n"
    })
    void writesAndTricksAreRefusedWithAReason(String query) {
        var refusal = ReadOnlyGuard.refusal(query);
        assertTrue(refusal.isPresent(), query);
        assertTrue(refusal.get().length() > 20, refusal.get());
    }
}
