package org.mechgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaultsAreSelfContainedEmbedded() {
        Config c = Config.from(Map.of(), new String[0]);
        assertEquals("127.0.0.1", c.httpHost());
        assertEquals(8080, c.httpPort());
        assertEquals(7687, c.boltPort());
        assertEquals(Path.of("./data"), c.dataDir());
        assertTrue(c.embedded());
    }

    @Test
    void flagsOverrideEnvironment() {
        Config c = Config.from(Map.of("MECHGRAPH_HTTP_PORT", "9000", "NEO4J_URI", "neo4j://db:7687"),
                new String[] {"--http-port", "9100"});
        assertEquals(9100, c.httpPort());
        assertEquals(Optional.of("neo4j://db:7687"), c.neo4jUri());
    }

    @Test
    void thePathBudgetIsThreeSecondsUnlessSet() {
        assertEquals(java.time.Duration.ofSeconds(3), Config.from(Map.of(), new String[0]).pathBudget());
        assertEquals(java.time.Duration.ofMillis(750),
                Config.from(Map.of("MECHGRAPH_PATH_BUDGET_MS", "750"), new String[0]).pathBudget());
        assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("MECHGRAPH_PATH_BUDGET_MS", "-1"), new String[0]));
    }

    @Test
    void consoleLimitsAreConfigurableAndChecked() {
        Config c = Config.from(Map.of("MECHGRAPH_CONSOLE_TIMEOUT_MS", "2500", "MECHGRAPH_CONSOLE_MAX_ROWS", "50"),
                new String[0]);
        assertEquals(java.time.Duration.ofMillis(2500), c.consoleTimeout());
        assertEquals(50, c.consoleMaxRows());
        assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("MECHGRAPH_CONSOLE_MAX_ROWS", "0"), new String[0]));
    }

    @Test
    void aBadPortSaysWhichVariable() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("MECHGRAPH_BOLT_PORT", "seventy"), new String[0]));
        assertTrue(e.getMessage().contains("MECHGRAPH_BOLT_PORT"));
    }

    @Test
    void anEmptyDataFolderIsAMistakeNotTheWorkingDirectory() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Config.from(Map.of("MECHGRAPH_DATA_DIR", ""), new String[0]));
        assertTrue(e.getMessage().contains("MECHGRAPH_DATA_DIR"), e.getMessage());
    }

    @Test
    void allowedHostsAndConsoleConcurrencyAreRead() {
        Config c = Config.from(Map.of("MECHGRAPH_ALLOWED_HOSTS", " Lab.Example.org ,mechgraph.local",
                "MECHGRAPH_CONSOLE_CONCURRENCY", "3"), new String[0]);
        assertEquals(java.util.List.of("lab.example.org", "mechgraph.local"), c.allowedHosts());
        assertEquals(3, c.consoleConcurrency());
        assertEquals(java.util.List.of(), Config.from(Map.of(), new String[0]).allowedHosts());
    }
}
