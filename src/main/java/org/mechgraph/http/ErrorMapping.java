package org.mechgraph.http;

import io.javalin.config.RouterConfig;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.mechgraph.imports.ImportException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where an exception becomes an HTTP answer; every answer is an {@link ApiError}. A database that is
 * down, restarting, out of free connections or too busy to finish in time is expected in a long-running server:
 * that is a {@code 503} and one log line. Anything else is a bug: {@code 500}, with its stack trace in the log and
 * never in the answer.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(e.toError()));
        // A file an import refused: which file, line and field, and what is wrong; nothing of it was written.
        routes.exception(ImportException.class, (e, ctx) -> ctx.status(400).json(ImportError.of(e)));
        // Javalin's own refusals (unknown endpoint, wrong method, body too large, …) arrive here too, so they are
        // JSON as well.
        routes.exception(HttpResponseException.class, ErrorMapping::javalinRefusal);
        routes.exception(Exception.class, ErrorMapping::unexpectedOrUnavailable);
    }

    /**
     * A JVM error (a stack overflow, memory exhausted) escaping a handler: a JSON 500 like any other bug, instead
     * of Javalin's plain-text answer, with the error in the log.
     */
    public static void installForJvmErrors(RouterConfig router) {
        router.javaLangErrorHandler((response, error) -> {
            LOG.error("JVM error while answering a request", error);
            try {
                response.setStatus(500);
                response.setContentType("application/json");
                response.getOutputStream().write(JsonAnswer.bytes(
                        ApiError.of(500, "unexpected server error; it has been logged")));
            } catch (IOException | IllegalStateException e) {
                LOG.debug("could not answer after a JVM error: {}", e.toString());
            }
        });
    }

    private static void javalinRefusal(HttpResponseException e, Context ctx) {
        if (e.getStatus() == 405) {
            // Say which methods the path takes (Javalin lists them in the details).
            String methods = String.join(", ", e.getDetails().values());
            ctx.status(405).json(ApiError.of(405, ctx.req().getMethod() + " is not allowed on " + ctx.path(),
                    "method", methods.isEmpty() ? null : methods));
            return;
        }
        ctx.status(e.getStatus()).json(ApiError.of(e.getStatus(), e.getMessage()));
    }

    private static void unexpectedOrUnavailable(Exception e, Context ctx) {
        if (e instanceof UnsupportedCharsetException || e instanceof IllegalCharsetNameException) {
            // Reading the Content-Type of a request that names a charset the JVM does not know.
            ctx.status(415).json(ApiError.of(415, "the request's Content-Type names a character set this server "
                    + "does not know", "content-type", "application/json (UTF-8)"));
            return;
        }
        int clientError = clientErrorStatus(e);
        if (clientError > 0) {
            // Jetty's own refusal of something the client sent, raised while Javalin read the request.
            ctx.status(clientError).json(ApiError.of(clientError, JsonErrorHandler.message(clientError,
                    ((HttpException) e).getReason())));
            return;
        }
        Optional<Throwable> failure = databaseFailure(e);
        if (failure.isPresent()) {
            LOG.warn("database unavailable or busy on {} {}: {}", ctx.method(), ctx.path(),
                    oneLine(failure.get()));
            ctx.status(503).json(ApiError.of(503, "the graph database is unavailable or busy; try again shortly"));
            return;
        }
        LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
        ctx.status(500).json(ApiError.of(500, "unexpected server error; it has been logged"));
    }

    private static int clientErrorStatus(Throwable e) {
        if (e instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
            return http.getCode();
        }
        return 0;
    }

    /**
     * True when {@code e}, one of its causes or a suppressed exception (as a failed rollback is attached) says the
     * database could not serve the request just now: unreachable, session expired, transient failure, no free
     * connection in the pool (driver 6 reports that as a {@code ClientException} "Unable to acquire connection from
     * the pool…", after a {@link TimeoutException}), or a transaction terminated, timed out or failing to start or
     * roll back.
     */
    public static boolean isDatabaseUnavailable(Throwable e) {
        return databaseFailure(e).isPresent();
    }

    /** The exception in {@code e}'s causes and suppressed ones that says the database is unavailable or busy. */
    static Optional<Throwable> databaseFailure(Throwable e) {
        return walk(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Optional<Throwable> walk(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return Optional.empty();
        }
        if (isUnavailable(t)) {
            return Optional.of(t);
        }
        for (Throwable s : t.getSuppressed()) {
            Optional<Throwable> found = walk(s, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return walk(t.getCause(), seen);
    }

    private static boolean isUnavailable(Throwable t) {
        if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
                || t instanceof TransientException || t instanceof TransactionTerminatedException) {
            return true;
        }
        if (!(t instanceof Neo4jException neo)) {
            return false;
        }
        if (neo.getCause() instanceof TimeoutException) {
            return true;
        }
        String code = String.valueOf(neo.code());
        String message = String.valueOf(neo.getMessage()).toLowerCase(Locale.ROOT);
        return code.startsWith("Neo.TransientError.")
                || code.contains("TransactionTimedOut") || code.contains(".Terminated")
                || code.contains("LockClientStopped") || code.contains("DatabaseUnavailable")
                || code.contains("TransactionStartFailed") || code.contains("TransactionRollbackFailed")
                || message.contains("unable to acquire connection")
                || message.contains("rolled back") || message.contains("explicitly terminated");
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root == e ? "" : " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
        return text.replaceAll("\\s+", " ");
    }
}
