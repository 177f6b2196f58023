package org.mechgraph.http;

import java.util.List;

/**
 * A request mechgraph understood but cannot answer as asked. Handlers throw it; {@link ErrorMapping} renders it as
 * JSON with the status, what was wrong and, where useful, what would work instead.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String parameter;
    private final String allowed;
    private final List<?> suggestions;

    public ApiException(int status, String message, String parameter, String allowed, List<?> suggestions) {
        super(message);
        this.status = status;
        this.parameter = parameter;
        this.allowed = allowed;
        this.suggestions = suggestions;
    }

    /** 400: a parameter is missing or outside its range. */
    public static ApiException badParameter(String parameter, String message, String allowed) {
        return new ApiException(400, message, parameter, allowed, List.of());
    }

    /** 404: nothing by that name; {@code suggestions} are the closest matches. */
    public static ApiException notFound(String parameter, String message, List<?> suggestions) {
        return new ApiException(404, message, parameter, null, suggestions);
    }

    public ApiError toError() {
        return new ApiError(status, ApiError.reason(status), getMessage(), parameter, allowed,
                suggestions.isEmpty() ? null : suggestions);
    }

    public int status() {
        return status;
    }
}
