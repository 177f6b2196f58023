package org.mechgraph.http;

import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the browser security headers on every answer (API, explorer files, webjars, errors) before anything else
 * runs, so no route can forget them: the {@link ContentSecurityPolicy}, no MIME sniffing (a JSON answer is never run
 * as a script), no framing (no clickjacking), no referrer to the external registries the explorer links to, and no
 * reading of answers by other origins' pages through {@code <img>} or {@code <script>}. {@link JsonErrorHandler} adds
 * them to the answers Jetty gives on its own.
 */
public final class SecurityHeaders extends Handler.Wrapper {

    private final Supplier<String> contentSecurityPolicy;

    public SecurityHeaders(Supplier<String> contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(response.getHeaders());
        return super.handle(request, response, callback);
    }

    public void addTo(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", contentSecurityPolicy.get());
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
    }
}
