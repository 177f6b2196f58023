package org.mechgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CypherScriptTest {

    @Test
    void splitsAtSemicolonsAndDropsComments() {
        String script = """
                // a comment; with a semicolon
                CREATE (a:X);
                /* block; comment */ MATCH (n) RETURN n;
                """;
        assertEquals(List.of("CREATE (a:X)", "MATCH (n) RETURN n"), CypherScript.statements(script));
    }

    @Test
    void keepsSemicolonsAndSlashesInsideStrings() {
        String script = "RETURN 'a; b // c' AS x, \"it\\\"s; ok\" AS y; RETURN 'don\\'t;' AS z";
        assertEquals(List.of("RETURN 'a; b // c' AS x, \"it\\\"s; ok\" AS y", "RETURN 'don\\'t;' AS z"),
                CypherScript.statements(script));
    }

    @Test
    void aFinalStatementWithoutSemicolonCounts() {
        assertEquals(List.of("RETURN 1"), CypherScript.statements("  RETURN 1  \n"));
    }

    @Test
    void anUnterminatedStringIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> CypherScript.statements("RETURN 'oops;"));
    }

    @Test
    void theShippedScriptsParse() {
        assertEquals(true, CypherScript.statements(CorpusLoader.resource(CorpusLoader.SCHEMA)).size() > 5);
        for (String file : CorpusLoader.SEED) {
            assertEquals(true, !CypherScript.statements(CorpusLoader.resource(file)).isEmpty(), file);
        }
    }
}
