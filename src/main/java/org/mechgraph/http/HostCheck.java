package org.mechgraph.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, before any route or file is looked at, a request whose {@code Host} names a host this server does not
 * serve (see {@link AllowedHosts}): {@code 421 Misdirected Request}, saying which host was refused and how to allow
 * it. A request without a {@code Host} (HTTP/1.0) is served: every browser sends one, so its absence means a client
 * that reached the socket directly and could have sent any name it liked; refusing it would stop no attack.
 */
public final class HostCheck extends Handler.Wrapper {

    /** Longest refused name quoted back; the rest is cut, as a header can be kilobytes long. */
    private static final int QUOTED = 100;

    private final AllowedHosts allowed;

    public HostCheck(AllowedHosts allowed) {
        this.allowed = allowed;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || allowed.allows(host)) {
            return super.handle(request, response, callback);
        }
        JsonAnswer.send(request, response, callback, refusal(host));
        return true;
    }

    private ApiError refusal(String host) {
        String name = AllowedHosts.hostOf(host).orElse(host);
        String quoted = name.length() > QUOTED ? name.substring(0, QUOTED) + "…" : name;
        return ApiError.of(421, "this server does not answer to the host '" + quoted + "'; open it as "
                + "http://localhost:<port>/, or allow the name by starting mechgraph with MECHGRAPH_ALLOWED_HOSTS="
                + quoted + " (a comma-separated list)", "Host", String.join(", ", allowed.names()));
    }
}
