package org.mechgraph.http;

import io.javalin.config.JavalinConfig;

/**
 * Wires the HTTP protections into Javalin's Jetty, outside Javalin's router so they hold for every answer: the API,
 * the explorer's files, the webjars and Jetty's own refusals. {@link JsonErrorHandler} answers whatever Jetty
 * refuses itself.
 */
public final class HttpHardening {

    private HttpHardening() {
    }

    public static void install(JavalinConfig cfg) {
        var errors = new JsonErrorHandler();
        cfg.jetty.modifyServer(server -> server.setErrorHandler(errors));
        cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
        // A known path asked with the wrong method is a 405 naming the methods it takes, not a 404.
        cfg.http.prefer405over404 = true;
    }
}
