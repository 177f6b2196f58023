package org.mechgraph.console;

import java.util.regex.Pattern;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * What a database error on a console query means for the client. Neo4j's status codes say whose fault it was:
 * {@code ClientError} is the query's (400), {@code TransientError} the database's state at the time (503, retry), and
 * a {@code DatabaseError} while executing the statement is the query's arguments tripping the runtime (400), while
 * any other {@code DatabaseError} is the database's (503). A query stopped at the console's timeout is 422: the
 * query asked for more than the console gives, which is the client's to change (a 5xx would blame the server), and
 * not 408, which browsers silently resend on a kept-alive connection.
 */
final class ConsoleErrors {

    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org|com|io|scala)\\.(?:[a-z_$][\\w$]*\\.)+[A-Za-z_$][\\w$]*");

    static final int TIMEOUT = 422;

    private ConsoleErrors() {
    }

    static int statusOf(Neo4jException e) {
        String code = String.valueOf(e.code());
        if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
            return TIMEOUT;
        }
        if (code.contains("MemoryPoolOutOfMemory") || code.contains("OutOfMemory")) {
            return 400;
        }
        if (code.startsWith("Neo.ClientError.Security") || code.contains("AccessMode")
                || code.contains("Forbidden")) {
            return 403;
        }
        if (code.startsWith("Neo.ClientError.")) {
            return 400;
        }
        if (code.startsWith("Neo.DatabaseError.Statement.")) {
            return 400;
        }
        return 503;
    }

    /** Neo4j's message without the names of Java classes, which mean nothing to the user and say too much. */
    static String message(Neo4jException e) {
        String message = String.valueOf(e.getMessage());
        return JAVA_NAME.matcher(message).replaceAll("a value").strip();
    }
}
