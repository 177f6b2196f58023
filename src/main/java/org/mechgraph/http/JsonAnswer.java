package org.mechgraph.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes an {@link ApiError} straight onto a Jetty response, for the answers given before a request reaches Javalin
 * (a refused host, a request Jetty could not parse), so that they read exactly like the API's own errors.
 */
final class JsonAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswer() {
    }

    static void send(Request request, Response response, Callback callback, ApiError error) {
        response.setStatus(error.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (HttpMethod.HEAD.is(request.getMethod()) || HttpStatus.hasNoBody(error.status())) {
            response.write(true, null, callback);
            return;
        }
        response.write(true, ByteBuffer.wrap(bytes(error)), callback);
    }

    static byte[] bytes(ApiError error) {
        try {
            return JSON.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            // A record of strings and numbers always serialises; this is unreachable.
            throw new IllegalStateException(e);
        }
    }
}
