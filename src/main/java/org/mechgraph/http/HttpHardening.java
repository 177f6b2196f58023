package org.mechgraph.http;

import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.UriCompliance;

/**
 * Wires the HTTP protections into Javalin's Jetty, outside Javalin's router so they hold for every answer: the API,
 * the explorer's files, the webjars and Jetty's own refusals. In order of a request's path: {@link SecurityHeaders}
 * on the response, the {@link HostCheck}, {@link NoMethodOverride}, then Javalin; {@link JsonErrorHandler} answers
 * whatever Jetty refuses itself.
 */
public final class HttpHardening {

    private HttpHardening() {
    }

    /**
     * @param bindHost     the address the server listens on
     * @param allowedHosts further host names to answer to ({@code MECHGRAPH_ALLOWED_HOSTS})
     * @param webDir       where the explorer is served from, if not from the jar (for the inline-script hashes)
     */
    public static void install(JavalinConfig cfg, String bindHost, List<String> allowedHosts, Optional<Path> webDir) {
        var headers = new SecurityHeaders(ContentSecurityPolicy.forExplorer(webDir));
        var hosts = new HostCheck(AllowedHosts.of(bindHost, allowedHosts));
        var errors = new JsonErrorHandler(headers);
        cfg.jetty.modifyServer(server -> {
            server.setErrorHandler(errors);
            // insertHandler puts each one first, so the last inserted sees a request first.
            server.insertHandler(new NoMethodOverride());
            server.insertHandler(hosts);
            server.insertHandler(headers);
        });
        cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
        // Javalin allows Jetty's LEGACY URIs, which include %uXXXX escapes; Javalin's own path-parameter decoding
        // then fails on them with a 500. Refused by Jetty, they are a 400 like every other malformed escape.
        cfg.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(http.getUriCompliance()
                .without("LEGACY without UTF-16 escapes", UriCompliance.Violation.UTF16_ENCODINGS)));
        ErrorMapping.installForJvmErrors(cfg.router);
        // A known path asked with the wrong method is a 405 naming the methods it takes, not a 404.
        cfg.http.prefer405over404 = true;
    }
}
