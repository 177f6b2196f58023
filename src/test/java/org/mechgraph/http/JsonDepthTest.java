package org.mechgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDepthTest {

    private static int depth(String json) {
        return JsonDepth.depth(json.getBytes(StandardCharsets.UTF_8), 32);
    }

    @Test
    void countsNestingOfObjectsAndArrays() {
        assertEquals(0, depth("1"));
        assertEquals(1, depth("{\"query\": \"RETURN 1\"}"));
        assertEquals(4, depth("{\"params\": {\"x\": [1, [2]]}}"));
        assertEquals(2, depth("[[], [], {}]"));
    }

    @Test
    void bracketsInStringsDoNotCount() {
        assertEquals(1, depth("{\"query\": \"RETURN [[[[{{{{\"}"));
        assertEquals(1, depth("{\"q\": \"a \\\" [[[[ \\\\\", \"b\": 1}"));
    }

    @Test
    void stopsCountingPastTheLimit() {
        assertEquals(33, depth("[".repeat(100_000)));
    }
}
