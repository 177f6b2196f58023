package org.mechgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.mechgraph.http.ApiException;
import org.mechgraph.http.Params;

/**
 * What an export request asks for, read and checked once: the format, an optional {@code name} for the file, and
 * the subgraph as explicit {@code nodes} (and optionally {@code edges}) ids, from the query string
 * ({@code nodes=a,b&nodes=c}) or, for graphs too large for a URL, a JSON body {@code {"nodes": […], "edges": […],
 * "name": …}}. A path query's own parameters ({@code from}, {@code to}, …) are read by the path controller.
 */
record ExportRequest(ExportFormat format, String name, List<String> nodes, List<String> edges, Integer path,
                     boolean pathQuery) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHAPE = "{\"nodes\": [\"ketamine\", …], \"edges\": [\"ketamine|ACTIVATES|mor\", …]}";

    static ExportRequest read(Context ctx) {
        String f = ctx.queryParam("format");
        ExportFormat format = ExportFormat.of(f == null ? "" : f.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                ApiException.badParameter("format", f == null || f.isBlank() ? "parameter 'format' is required"
                        : "unknown export format '" + Params.bounded("format", f, 40) + "'", ExportFormat.names()));
        String name = ctx.queryParam("name");
        List<String> nodes = split(ctx, "nodes");
        List<String> edges = ctx.queryParam("edges") == null ? null : split(ctx, "edges");
        if ("POST".equals(ctx.method().name())) {
            JsonNode body = body(ctx);
            nodes = ids(body, "nodes", nodes);
            edges = body.has("edges") && !body.get("edges").isNull() ? ids(body, "edges", List.of()) : edges;
            name = body.path("name").isTextual() ? body.get("name").asText() : name;
        }
        boolean pathQuery = ctx.queryParam("from") != null || ctx.queryParam("to") != null;
        if (!pathQuery && nodes.isEmpty()) {
            throw ApiException.badParameter("nodes", "nothing to export: give a path query (from, to, via, maxHops, "
                    + "limit as for /api/paths) or the entities' ids in 'nodes'", "from and to, or nodes=id,id,…");
        }
        if (nodes.size() > SubgraphService.MAX_NODES) {
            throw tooMany("nodes", "entities", SubgraphService.MAX_NODES,
                    String.format("%,d were asked for", nodes.size()));
        }
        if (edges != null && edges.size() > SubgraphService.MAX_EDGES) {
            throw tooMany("edges", "effects", SubgraphService.MAX_EDGES,
                    String.format("%,d were asked for", edges.size()));
        }
        Integer path = ctx.queryParam("path") == null ? null : Params.intInRange(ctx, "path", 0, 99, 0);
        return new ExportRequest(format, name == null ? null : Params.bounded("name", name.strip()), nodes, edges,
                path, pathQuery);
    }

    /** The 400 for a subgraph over the export's bound, saying the bound. */
    static ApiException tooMany(String parameter, String what, int max, String got) {
        String bound = String.format("%,d", max);
        return ApiException.badParameter(parameter, "an export holds at most " + bound + " " + what + "; " + got
                + (parameter.equals("edges") ? "" : "; export fewer entities"), "at most " + bound + " " + what);
    }

    private static List<String> split(Context ctx, String parameter) {
        var out = new LinkedHashSet<String>();
        for (String value : ctx.queryParams(parameter)) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    out.add(Params.bounded(parameter, id.strip(), 2 * Params.MAX_NAME + 40));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static JsonNode body(Context ctx) {
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new ApiException(415, "send the subgraph as application/json", "content-type",
                    "application/json", List.of());
        }
        try {
            JsonNode body = JSON.readTree(ctx.bodyAsBytes());
            if (body == null || !body.isObject()) {
                throw ApiException.badParameter("body", "the body must be a JSON object", SHAPE);
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badParameter("body", "the body is not JSON", SHAPE);
        }
    }

    private static List<String> ids(JsonNode body, String field, List<String> fallback) {
        JsonNode list = body.get(field);
        if (list == null || list.isNull()) {
            return fallback;
        }
        if (!list.isArray()) {
            throw ApiException.badParameter(field, "'" + field + "' must be an array of ids", SHAPE);
        }
        var out = new LinkedHashSet<String>();
        for (JsonNode id : list) {
            if (!id.isTextual() || id.asText().isBlank()) {
                throw ApiException.badParameter(field, "'" + field + "' must hold non-empty strings", SHAPE);
            }
            out.add(Params.bounded(field, id.asText().strip(), 2 * Params.MAX_NAME + 40));
        }
        return new ArrayList<>(out);
    }
}
