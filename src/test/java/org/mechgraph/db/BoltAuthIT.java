package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.TestDatabase;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded Bolt port asks for a password: loopback keeps other machines out, but not the web pages the user's
 * browser runs, which can open a WebSocket to 127.0.0.1:7687.
 */
class BoltAuthIT {

    private static EmbeddedNeo4j server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedNeo4j.start(Files.createTempDirectory("mechgraph-auth"), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDriverNeedsTheGeneratedPassword() {
        assertThrows(AuthenticationException.class, () -> login(server.boltUri(), AuthTokens.none()));
        assertThrows(AuthenticationException.class, () -> login(server.boltUri(), AuthTokens.basic("neo4j", "neo4j")));
        assertEquals(1, login(server.boltUri(), server.credentials().authToken()));
    }

    @Test
    void mechgraphConnectsWithThePasswordAndSaysSoWhenAServerRefusesIt() {
        var right = TestDatabase.external("auth-app", server.boltUri(), server.credentials());
        try (Database db = Database.open(right)) {
            int one = db.graph().readOne("RETURN 1 AS one", Map.of(), r -> r.get("one").asInt());
            assertEquals(1, one);
        }
        var wrong = TestDatabase.external("auth-app", server.boltUri(),
                new BoltCredentials("neo4j", "not-the-password", server.credentials().passwordFile()));
        var e = assertThrows(StartupException.class, () -> Database.open(wrong).close());
        assertTrue(e.getMessage().startsWith("the Neo4j server at " + server.boltUri()
                + " refused the login of user 'neo4j'"), e.getMessage());
    }

    @Test
    void wrongPasswordsDoNotLockTheRightOneOut() {
        // Neo4j's default would lock the user for 5 s after 3 failures: a web page could keep mechgraph out.
        for (int i = 0; i < 5; i++) {
            assertThrows(AuthenticationException.class,
                    () -> login(server.boltUri(), AuthTokens.basic("neo4j", "guess")));
        }
        assertEquals(1, login(server.boltUri(), server.credentials().authToken()));
    }

    @Test
    void aWebPageCannotUseTheBoltPortWithoutCredentials() throws Exception {
        int port = URI.create(server.boltUri()).getPort();
        try (BoltWebSocket ws = BoltWebSocket.open(port, "http://evil.example")) {
            assertEquals(0x0404, ws.handshake(), "the port speaks Bolt 4.4 over a WebSocket");
            ws.helloWithoutCredentials();
            assertEquals(BoltWebSocket.FAILURE, ws.nextMessageSignature(), "HELLO without credentials is refused");
            ws.runAndPull("CREATE (:Evil)");
            int answer = ws.nextMessageSignature();
            assertNotEquals(BoltWebSocket.SUCCESS, answer, "a query after the refused HELLO does not run");
        }
        try (var driver = GraphDatabase.driver(server.boltUri(), server.credentials().authToken())) {
            long evil = driver.executableQuery("MATCH (e:Evil) RETURN count(e) AS n").execute()
                    .records().get(0).get("n").asLong();
            assertEquals(0, evil, "nothing was written through the WebSocket");
        }
    }

    @Test
    void thePasswordIsKeptInTheDataFolderOwnerOnlyAndReusedAfterARestart() throws Exception {
        Path home = Files.createTempDirectory("mechgraph-auth-restart");
        String first;
        try (EmbeddedNeo4j once = EmbeddedNeo4j.start(home, 0)) {
            BoltCredentials login = once.credentials();
            first = login.password();
            assertEquals(home.resolve("bolt-password").toAbsolutePath().normalize(), login.passwordFile());
            assertEquals(first, Files.readString(login.passwordFile()).strip());
            assertTrue(first.length() >= 24 && first.matches("[A-Za-z0-9]+"), "long and URL-safe");
            if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(login.passwordFile())));
            }
        }
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(home, 0)) {
            assertEquals(first, again.credentials().password(), "the same password after a restart");
            assertEquals(1, login(again.boltUri(), AuthTokens.basic("neo4j", first)));
        }
    }

    @Test
    void aPasswordChangedFromAShellIsTheFilesAgainAfterARestart() throws Exception {
        Path home = Files.createTempDirectory("mechgraph-auth-changed");
        String file;
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(home, 0)) {
            file = first.credentials().password();
            try (var driver = GraphDatabase.driver(first.boltUri(), first.credentials().authToken())) {
                driver.executableQuery("ALTER CURRENT USER SET PASSWORD FROM $old TO 'changed-in-a-shell'")
                        .withParameters(Map.of("old", file))
                        .withConfig(org.neo4j.driver.QueryConfig.builder().withDatabase("system").build())
                        .execute();
            }
            assertEquals(1, login(first.boltUri(), AuthTokens.basic("neo4j", "changed-in-a-shell")));
        }
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(home, 0)) {
            assertEquals(file, again.credentials().password(), "the file is unchanged");
            assertEquals(1, login(again.boltUri(), again.credentials().authToken()));
            assertThrows(AuthenticationException.class,
                    () -> login(again.boltUri(), AuthTokens.basic("neo4j", "changed-in-a-shell")));
        }
    }

    @Test
    void aStoreMadeWithoutAuthenticationGetsThePasswordToo() throws Exception {
        // As mechgraph's data folders were before: auth off, so the neo4j user still has Neo4j's default password.
        Path home = Files.createTempDirectory("mechgraph-auth-old").toAbsolutePath();
        var old = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024)
                .build();
        old.database("neo4j").executeTransactionally("CREATE (:Kept)");
        old.shutdown();

        try (EmbeddedNeo4j upgraded = EmbeddedNeo4j.start(home, 0)) {
            assertThrows(AuthenticationException.class, () -> login(upgraded.boltUri(), AuthTokens.none()));
            assertThrows(AuthenticationException.class,
                    () -> login(upgraded.boltUri(), AuthTokens.basic("neo4j", "neo4j")));
            try (var driver = GraphDatabase.driver(upgraded.boltUri(), upgraded.credentials().authToken())) {
                assertEquals(1, driver.executableQuery("MATCH (k:Kept) RETURN count(k) AS n").execute()
                        .records().get(0).get("n").asInt(), "the data is still there");
            }
        }
    }

    /** Logs in and runs a query: a driver only authenticates when it first connects. */
    private static int login(String uri, AuthToken auth) {
        try (var driver = GraphDatabase.driver(uri, auth)) {
            return driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt();
        }
    }
}
