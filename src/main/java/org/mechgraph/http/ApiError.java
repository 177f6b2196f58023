package org.mechgraph.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;

/** The JSON body of every error: never a stack trace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String parameter, String allowed,
                       List<?> suggestions) {

    public static ApiError of(int status, String message) {
        return new ApiError(status, reason(status), message, null, null, null);
    }

    /** A refusal that names what was wrong ({@code parameter}) and what would be accepted ({@code allowed}). */
    public static ApiError of(int status, String message, String parameter, String allowed) {
        return new ApiError(status, reason(status), message, parameter, allowed, null);
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "payload too large";
            case 415 -> "unsupported media type";
            case 421 -> "misdirected request";
            case 500 -> "internal error";
            case 503 -> "service unavailable";
            default -> HttpStatus.getMessage(status).toLowerCase(Locale.ROOT);
        };
    }
}
