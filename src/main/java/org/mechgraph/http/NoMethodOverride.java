package org.mechgraph.http;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Drops method-override headers before Javalin sees the request. Javalin 7's {@code Context.method()}, which its
 * router matches on, answers the {@code X-HTTP-Method-Override} header in place of the request line's method, so a
 * {@code GET} carrying {@code X-HTTP-Method-Override: POST} would reach {@code POST /api/cypher}. A request is
 * handled as the method it was sent with; the similar headers other frameworks honour are dropped too, so none
 * gains meaning by a later upgrade.
 */
public final class NoMethodOverride extends Handler.Wrapper {

    static final List<String> HEADERS = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        if (HEADERS.stream().noneMatch(headers::contains)) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable kept = HttpFields.build(headers);
        HEADERS.forEach(kept::remove);
        HttpFields without = kept.asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return without;
            }
        }, response, callback);
    }
}
