package org.mechgraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.mechgraph.support.RawHttp.Answer;

/**
 * What every answer to whatever a user sends must be: below 500, JSON, an error with its status and a message, and
 * nothing of the server's insides (Java class names, exception names, stack frames, Lucene or Neo4j internals).
 */
public final class HttpContract {

    /**
     * Text that only the server's insides produce: a Java package path to a class, an exception or a JVM error, a
     * stack frame, Java number or index classes. (Neo4j's documented status codes, such as
     * {@code Neo.ClientError.Statement.SyntaxError}, are part of the console's answer, not internals.)
     */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|io|kotlin|sun|scala)\\.[a-z][a-z0-9_]*\\.[A-Za-z]"
                    + "|[A-Za-z]+Exception\\b|(?:StackOverflow|OutOfMemory|NoClassDefFound|Assertion|Internal)Error"
                    + "|\\tat |IndexDescriptor|BigInteger|BigDecimal",
            Pattern.CASE_INSENSITIVE);

    private HttpContract() {
    }

    /**
     * Checks the contract for an answer to {@code request} (its text is used in messages, and a leak pattern that
     * the request itself contains, echoed back, is no leak).
     */
    public static JsonNode holds(Answer a, String request) {
        JsonNode json = holdsAtHttpLevel(a, request);
        assertNoInternals(a.body(), request, request + " -> " + a);
        return json;
    }

    /**
     * The contract without the check for internals: for the Cypher console, which passes Neo4j's own error
     * messages on (they can name Lucene or Java classes) and whose wording is the console's business.
     */
    public static JsonNode holdsAtHttpLevel(Answer a, String request) {
        String context = request + " -> " + a;
        assertTrue(a.status() < 500, "5xx for what a user sent: " + context);
        assertTrue(a.status() >= 200, context);
        if (request.startsWith("HEAD ")) {
            assertTrue(a.body().isEmpty(), "HEAD is answered with headers only: " + context);
            return null;
        }
        assertTrue(String.valueOf(a.header("content-type")).startsWith("application/json"), context);
        JsonNode json = a.json();
        if (a.status() >= 400) {
            assertTrue(json.isObject(), context);
            assertEquals(a.status(), json.path("status").asInt(), context);
            assertFalse(json.path("message").asText().isBlank(), "an error says what was wrong: " + context);
        }
        return json;
    }

    private static void assertNoInternals(String body, String request, String context) {
        var m = INTERNALS.matcher(body);
        while (m.find()) {
            assertTrue(request.toLowerCase().contains(m.group().toLowerCase().strip()),
                    "internals leaked ('" + m.group() + "'): " + context);
        }
    }
}
