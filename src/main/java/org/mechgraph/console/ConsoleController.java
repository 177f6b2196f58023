package org.mechgraph.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mechgraph.http.ApiError;
import org.mechgraph.http.ApiException;
import org.neo4j.driver.exceptions.Neo4jException;

/** {@code POST /api/cypher} with {@code {"query": …, "params": {…}}}. */
public final class ConsoleController {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final int MAX_QUERY_CHARS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+) \\(offset: (\\d+)\\)");

    private final CypherConsole console;

    public ConsoleController(CypherConsole console) {
        this.console = console;
    }

    public void run(Context ctx) {
        // JSON only: a cross-site form can post text/plain without asking, but never application/json.
        String type = String.valueOf(ctx.contentType()).toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new ApiException(415, "send the query as application/json", "content-type", "application/json",
                    List.of());
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "the request is " + body.length + " bytes; the console takes at most "
                    + MAX_BODY_BYTES, "body", "at most " + MAX_BODY_BYTES + " bytes", List.of());
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            throw ApiException.badParameter("body", "the body is not JSON", "{\"query\": \"MATCH …\", \"params\": {}}");
        }
        if (request == null || !request.isObject() || !request.path("query").isTextual()
                || request.get("query").asText().isBlank()) {
            throw ApiException.badParameter("query", "'query' must be a non-empty string",
                    "{\"query\": \"MATCH …\", \"params\": {}}");
        }
        String query = request.get("query").asText();
        if (query.length() > MAX_QUERY_CHARS) {
            throw ApiException.badParameter("query", "the query has " + query.length() + " characters",
                    "at most " + MAX_QUERY_CHARS + " characters");
        }
        JsonNode params = request.path("params");
        if (!params.isMissingNode() && !params.isNull() && !params.isObject()) {
            throw ApiException.badParameter("params", "'params' must be an object", "a JSON object of values");
        }
        Map<String, Object> values = params.isObject() ? ParameterValues.of(params) : Map.of();
        try {
            ctx.json(console.run(query, values));
        } catch (CypherConsole.Refused e) {
            ctx.status(403).json(new ApiError(403, "forbidden", e.getMessage(), "query",
                    "read-only Cypher: MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CALL { … }, allowed procedures "
                            + "and built-in functions, with bounded expressions", null));
        } catch (CypherConsole.Invalid e) {
            var where = e.where();
            var out = new java.util.LinkedHashMap<String, Object>();
            out.put("status", 400);
            out.put("error", "bad request");
            out.put("parameter", "query");
            out.put("message", where.message());
            out.put("position", Map.of("line", where.line(), "column", where.column(), "offset", where.offset()));
            ctx.status(400).json(out);
        } catch (CypherConsole.Busy e) {
            ctx.header("Retry-After", "1");
            ctx.status(429).json(new ApiError(429, "too many requests", e.getMessage(), null, null, null));
        } catch (CypherConsole.Failed e) {
            ctx.status(ConsoleErrors.statusOf(e.error())).json(errorOf(e));
        }
    }

    private Map<String, Object> errorOf(CypherConsole.Failed failed) {
        Neo4jException e = failed.error();
        int status = ConsoleErrors.statusOf(e);
        String code = String.valueOf(e.code());
        String message = status == ConsoleErrors.TIMEOUT
                ? "the query was stopped after " + console.timeout().toMillis() + " ms; narrow it or add a LIMIT"
                : code.contains("OutOfMemory")
                ? "the query needs more memory than a console query may use; narrow it or add a LIMIT"
                : status == 503 ? "the database could not run the query just now; try again"
                : ConsoleErrors.message(e);
        var out = new java.util.LinkedHashMap<String, Object>();
        out.put("status", status);
        out.put("error", status == ConsoleErrors.TIMEOUT ? "timeout" : status == 403 ? "forbidden"
                : status == 503 ? "service unavailable" : "bad request");
        out.put("parameter", "query");
        out.put("code", e.code());
        Matcher m = POSITION.matcher(message);
        if (m.find()) {
            int line = Integer.parseInt(m.group(1)) - failed.lineShift();
            int column = Integer.parseInt(m.group(2));
            int offset = Integer.parseInt(m.group(3)) - failed.offsetShift();
            out.put("position", Map.of("line", line, "column", column, "offset", offset));
            message = m.replaceFirst("line " + line + ", column " + column + " (offset: " + offset + ")");
        }
        out.put("message", message);
        return out;
    }
}
