package org.mechgraph.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
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
        // Javalin's own refusals (unknown endpoint, body too large, …) arrive here too, so they are JSON as well.
        routes.exception(HttpResponseException.class, (e, ctx) ->
                ctx.status(e.getStatus()).json(ApiError.of(e.getStatus(), e.getMessage())));
        routes.exception(ServiceUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(SessionExpiredException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(Exception.class, (e, ctx) -> {
            if (isUnavailable(e)) {
                unavailable(ctx, e);
                return;
            }
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(ApiError.of(500, "unexpected server error; it has been logged"));
        });
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
