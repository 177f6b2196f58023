package org.mechgraph.http;

import io.javalin.http.Context;
import java.util.List;

/** Reads query parameters once, at the edge, and says exactly what was wrong. */
public final class Params {

    private Params() {
    }

    /** Names and ids are short; anything longer is refused before it reaches a query. */
    public static final int MAX_NAME = 200;

    public static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badParameter(name, "parameter '" + name + "' is required", "an entity id, name or synonym");
        }
        return bounded(name, value.strip());
    }

    public static String bounded(String name, String value) {
        return bounded(name, value, MAX_NAME);
    }

    /** {@code value} when it has at most {@code max} characters; a 400 naming the parameter otherwise. */
    public static String bounded(String name, String value, int max) {
        if (value.length() > max) {
            throw ApiException.badParameter(name, "'" + name + "' is " + value.length() + " characters long",
                    "at most " + max + " characters");
        }
        return value;
    }

    public static int intInRange(Context ctx, String name, int min, int max, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String allowed = "an integer from " + min + " to " + max;
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw ApiException.badParameter(name, "parameter '" + name + "' is " + value + ", outside " + min
                        + "–" + max, allowed);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "parameter '" + name + "' must be an integer, got '" + raw + "'",
                    allowed);
        }
    }

    public static List<String> all(Context ctx, String name) {
        return ctx.queryParams(name).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(v -> bounded(name, v)).toList();
    }
}
