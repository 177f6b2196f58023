package org.mechgraph.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.HttpException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The few places where an exception becomes an HTTP answer; every answer is an {@link ApiError}. */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status()).json(e.toError()));
        // Javalin's own refusals (unknown endpoint, wrong method, body too large, …) arrive here too, so they are
        // JSON as well.
        routes.exception(HttpResponseException.class, ErrorMapping::javalinRefusal);
        routes.exception(ServiceUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(SessionExpiredException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(Exception.class, (e, ctx) -> {
            if (e instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                // Jetty's own refusal of something the client sent, raised while Javalin read the request.
                ctx.status(http.getCode()).json(ApiError.of(http.getCode(),
                        JsonErrorHandler.message(http.getCode(), http.getReason())));
                return;
            }
            if (isUnavailable(e)) {
                unavailable(ctx, e);
                return;
            }
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(ApiError.of(500, "unexpected server error; it has been logged"));
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

    private static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void unavailable(io.javalin.http.Context ctx, Exception e) {
        LOG.warn("database unreachable: {}", e.getMessage());
        ctx.status(503).json(ApiError.of(503, "the graph database is unreachable; try again shortly"));
    }
}
