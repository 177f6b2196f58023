package org.mechgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.RawHttp;
import org.mechgraph.support.RawHttp.Answer;
import org.mechgraph.support.TestDatabase;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * A database that is down or busy is a 503 with one log line; a bug is a 500 with its stack trace. The failures are
 * the real driver 6 exceptions, provoked against the shared Neo4j (a pool with no free connection, a transaction
 * terminated from another session, a port nobody listens on), then thrown by a route and answered by
 * {@link ErrorMapping}.
 */
class DatabaseFailuresIT {

    private static final Map<String, Throwable> FAILURES = new LinkedHashMap<>();
    private static Javalin app;
    private static RawHttp http;

    @BeforeAll
    static void provokeFailuresAndServeThem() throws Exception {
        String uri = TestDatabase.sharedConfig().neo4jUri().orElseGet(() -> TestDatabase.shared().uri());
        FAILURES.put("pool-exhausted", poolExhausted(uri));
        FAILURES.put("terminated", terminatedTransaction(uri));
        FAILURES.put("unreachable", unreachable());
        FAILURES.put("session-expired", new SessionExpiredException("the session is no longer available"));
        FAILURES.put("transient", new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
                "deadlock"));
        var rollback = new IllegalStateException("the query failed");
        rollback.addSuppressed(new ServiceUnavailableException("connection lost during rollback"));
        FAILURES.put("rollback-failed", rollback);
        FAILURES.put("wrapped", new RuntimeException("reading paths", FAILURES.get("pool-exhausted")));
        FAILURES.put("bug", new IllegalStateException("expected one row, got 2"));
        FAILURES.put("syntax", new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input"));
        app = Javalin.create(cfg -> {
            ErrorMapping.install(cfg.routes);
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/fail/{name}", ctx -> {
                Throwable t = FAILURES.get(ctx.pathParam("name"));
                throw t instanceof Exception e ? e : new RuntimeException(t);
            });
        }).start("127.0.0.1", 0);
        http = new RawHttp(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /**
     * Driver 6 reports a pool without a free connection as a ClientException ("Unable to acquire connection from
     * the pool…"). The one connection is held by an open transaction, so the second acquisition always waits out
     * its timeout; the timeout only has to be long enough for the first connection to be made.
     */
    /** The shared database's credentials: its Bolt port asks for a password. */
    private static org.neo4j.driver.AuthToken auth() {
        return org.mechgraph.support.TestDatabase.shared().embeddedCredentials()
                .map(org.mechgraph.db.BoltCredentials::authToken).orElse(AuthTokens.none());
    }

    private static Throwable poolExhausted(String uri) {
        try (Driver driver = GraphDatabase.driver(uri, auth(), Config.builder()
                .withMaxConnectionPoolSize(1)
                .withConnectionAcquisitionTimeout(3, TimeUnit.SECONDS).build());
             var holder = driver.session();
             var tx = holder.beginTransaction()) {
            tx.run("RETURN 1").consume();
            return assertThrows(ClientException.class, () -> driver.executableQuery("RETURN 1").execute());
        }
    }

    /** A transaction another session terminates, as an administrator or a timeout would. */
    private static Throwable terminatedTransaction(String uri) {
        String tag = UUID.randomUUID().toString();
        try (Driver driver = GraphDatabase.driver(uri, auth());
             var victim = driver.session(SessionConfig.defaultConfig());
             var tx = victim.beginTransaction(TransactionConfig.builder().withMetadata(Map.of("tag", tag)).build())) {
            tx.run("RETURN 1").consume();
            try (var admin = driver.session()) {
                String id = admin.run("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.tag = $tag "
                        + "RETURN transactionId", Map.of("tag", tag)).single().get(0).asString();
                admin.run("TERMINATE TRANSACTIONS $id", Map.of("id", id)).consume();
            }
            return assertThrows(RuntimeException.class, () -> tx.run("RETURN 1").consume());
        }
    }

    private static Throwable unreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            return assertThrows(ServiceUnavailableException.class, driver::verifyConnectivity);
        }
    }

    @Test
    void expectedDatabaseFailuresAre503WithOneLogLineAndNoStackTrace() {
        for (String name : List.of("pool-exhausted", "terminated", "unreachable", "session-expired", "transient",
                "rollback-failed", "wrapped")) {
            assertTrue(ErrorMapping.isDatabaseUnavailable(FAILURES.get(name)), name + ": " + FAILURES.get(name));
            var logged = new Logged();
            Answer a = logged.during(() -> http.get("/fail/" + name));
            assertEquals(503, a.status(), name + " " + a);
            assertEquals("service unavailable", a.json().get("error").asText());
            assertFalse(a.body().contains("Exception") || a.body().contains("org.neo4j"), a.body());
            List<String> lines = logged.linesFrom("ErrorMapping");
            assertEquals(1, lines.size(), name + ": " + lines);
            assertTrue(lines.get(0).contains("WARN"), lines.get(0));
            assertFalse(logged.text().contains("\tat "), name + " logged a stack trace:\n" + logged.text());
        }
    }

    @Test
    void aBugIsA500WithItsStackTraceInTheLogOnly() {
        for (String name : List.of("bug", "syntax")) {
            assertFalse(ErrorMapping.isDatabaseUnavailable(FAILURES.get(name)), name);
            var logged = new Logged();
            Answer a = logged.during(() -> http.get("/fail/" + name));
            assertEquals(500, a.status(), name + " " + a);
            assertFalse(a.body().contains("Exception") || a.body().contains("expected one row"), a.body());
            assertTrue(logged.text().contains("\tat "), "a bug's stack trace is logged: " + logged.text());
        }
    }

    /** What slf4j-simple writes to System.err (where it looks it up at each write) while a request is answered. */
    private static final class Logged {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Answer during(java.util.function.Supplier<Answer> request) {
            PrintStream original = System.err;
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            try {
                // The route logs before it answers, so the line is written by the time the answer is read.
                return request.get();
            } finally {
                System.setErr(original);
                original.print(text());
            }
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        List<String> linesFrom(String logger) {
            return text().lines().filter(l -> l.contains(logger)).toList();
        }
    }
}
