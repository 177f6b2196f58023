package org.mechgraph.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;

/**
 * Refuses a JSON body nested deeper than a reasonable request needs, before anything parses it. The JSON parser
 * allows hundreds of levels, but turning such a value into query parameters recurses once per level and can
 * exhaust the thread's stack (a {@link StackOverflowError}, answered as a 500); a real request nests a few levels.
 * Only brackets outside strings count, in one pass over the bytes, so the check costs nothing measurable.
 */
public final class JsonDepth implements Handler {

    private final int max;

    public JsonDepth(int max) {
        this.max = max;
    }

    @Override
    public void handle(Context ctx) {
        int depth = depth(ctx.bodyAsBytes(), max);
        if (depth > max) {
            throw new ApiException(400, "the JSON body nests more than " + max + " levels deep", "body",
                    "JSON nested at most " + max + " levels", List.of());
        }
    }

    /** The deepest nesting of objects and arrays in {@code json}, counting no further than {@code max + 1}. */
    static int depth(byte[] json, int max) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
                if (deepest > max) {
                    return deepest;
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }
}
