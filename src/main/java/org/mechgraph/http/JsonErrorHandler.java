package org.mechgraph.http;

import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's answer to the requests it refuses before Javalin sees them (a malformed or ambiguous URL, bad UTF-8 in
 * the path, a URL or headers too large, an unknown method): the same JSON as every API error, with the security
 * headers, instead of Jetty's HTML page. Jetty's reason is passed on only when it is a plain phrase, so no class
 * name or exception text reaches the client. Jetty's two 5xx answers to what a client sent (501 for an unknown
 * method, 505 for an unknown HTTP version) become 405 and 400: the fault is the request's, not the server's.
 */
public final class JsonErrorHandler implements Request.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorHandler.class);
    private static final Pattern PLAIN_PHRASE = Pattern.compile("[A-Za-z][A-Za-z0-9 ,'()/-]{0,80}");

    private final SecurityHeaders headers;

    public JsonErrorHandler(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String reason = (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        Throwable cause = (Throwable) request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
        if (cause instanceof HttpException http) {
            status = http.getCode();
            reason = reason == null ? http.getReason() : reason;
        }
        if (status < 400) {
            status = 500;
        }
        String message = message(status, reason);
        status = clientFault(status);
        if (status >= 500) {
            LOG.error("error answered by Jetty: {} {}", status, reason, cause);
        }
        headers.addTo(response.getHeaders());
        JsonAnswer.send(request, response, callback, ApiError.of(status, message));
        return true;
    }

    /** The status a refusal of the client's request gets: never a 5xx. */
    static int clientFault(int status) {
        return switch (status) {
            case 501 -> 405;
            case 505 -> 400;
            default -> status;
        };
    }

    private static boolean aboutTheUrl(String reason) {
        String r = String.valueOf(reason).toLowerCase(java.util.Locale.ROOT);
        return r.contains("uri") || r.contains("utf") || r.contains("encod") || r.contains("path")
                || r.contains("escape") || r.contains("segment");
    }

    static String message(int status, String reason) {
        String detail = reason != null && PLAIN_PHRASE.matcher(reason).matches()
                && !reason.equalsIgnoreCase(ApiError.reason(status)) ? " (" + reason + ")" : "";
        return switch (status) {
            case 400 -> "the request could not be read" + detail + (aboutTheUrl(reason)
                    ? "; check the URL: each % starts an escape of two hex digits, and escapes spell UTF-8" : "");
            case 404 -> "nothing here" + detail;
            case 405 -> "this method is not allowed here" + detail;
            case 413 -> "the request body is too large" + detail;
            case 414 -> "the URL is too long" + detail + "; names and ids are at most " + Params.MAX_NAME
                    + " characters";
            case 431 -> "the request's headers are too large" + detail;
            case 501 -> "this server does not implement that method" + detail + "; the API takes GET and POST";
            case 505 -> "this HTTP version is not supported" + detail + "; use HTTP/1.1";
            default -> status >= 500 ? "unexpected server error; it has been logged"
                    : "the request was refused" + detail;
        };
    }
}
