package org.mechgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mechgraph.load.CypherScript;

class CypherExportTest {

    @Test
    void stringLiteralsEscapeQuotesBackslashesAndControlCharacters() {
        assertEquals("'it\\'s'", CypherExport.literal("it's"));
        assertEquals("'a\\\\b'", CypherExport.literal("a\\b"));
        assertEquals("'one\\ntwo\\tthree\\r'", CypherExport.literal("one\ntwo\tthree\r"));
        assertEquals("'bell\\u0007'", CypherExport.literal("bell\u0007"));
        assertEquals("'\"double\"'", CypherExport.literal("\"double\""));
        assertEquals("'μ ✓ 😀'", CypherExport.literal("μ ✓ 😀"));
        assertEquals("'lone'", CypherExport.literal("lone\uD800"));
        assertEquals("'\\\\u0041'", CypherExport.literal("\\u0041"), "a backslash in the text is not an escape");
    }

    @Test
    void namesAreBacktickQuoted() {
        assertEquals("`Drug`", CypherExport.name("Drug"));
        assertEquals("`a``b`", CypherExport.name("a`b"));
    }

    @Test
    void theScriptIsParameterFreeMergesOnlyAndSplitsIntoOneStatementPerWrite() throws Exception {
        var out = new StringWriter();
        CypherExport.write(Fixtures.subgraph(), out);
        String script = out.toString();
        assertTrue(script.startsWith("// mechgraph export: "));
        assertTrue(script.contains("// - NON-COMMERCIAL"));
        List<String> statements = CypherScript.statements(script);
        // 4 schema statements, 4 entities, 6 papers, 5 effects, 6 pieces of evidence, 1 CITES for the report.
        assertEquals(4 + 4 + 6 + 5 + 6 + 1, statements.size());
        for (String s : statements) {
            assertTrue(s.startsWith("CREATE ") || s.startsWith("MERGE ") || s.startsWith("MATCH "), s);
            String code = s.replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''");
            assertTrue(!code.contains("$"), "no parameters: " + s);
            assertTrue(!s.contains("CREATE (") && !s.contains("DELETE"), s);
        }
        assertTrue(script.contains("MERGE (p)-[k:CLAIMS {key: 'k4'}]->(a) SET k += {`effect`: 'mor|DECREASES|odd'"));
    }
}
