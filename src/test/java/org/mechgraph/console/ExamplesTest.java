package org.mechgraph.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mechgraph.load.CorpusLoader;

class ExamplesTest {

    @Test
    void eachQueryIsTitledByTheCommentAboveIt() {
        var examples = Examples.parse("// header\n\n// first\nMATCH (n)\nRETURN n;\n\n// second\nRETURN 1;\n");
        assertEquals(List.of(new Examples.Example("first", "MATCH (n)\nRETURN n"),
                new Examples.Example("second", "RETURN 1")), examples);
    }

    @Test
    void theShippedExamplesAreTenOrMoreAndAllPassTheGate() {
        var examples = Examples.parse(CorpusLoader.resource("cypher/examples.cypher"));
        assertTrue(examples.size() >= 10, "examples: " + examples.size());
        for (var e : examples) {
            assertTrue(CypherGate.check(e.query(), java.util.Map.of()) instanceof CypherGate.Pass, e.title());
        }
    }
}
