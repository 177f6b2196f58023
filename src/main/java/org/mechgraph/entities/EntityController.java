package org.mechgraph.entities;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.mechgraph.http.ApiException;
import org.mechgraph.http.Params;
import org.mechgraph.model.EffectType;

/** {@code GET /api/entities?q=} and {@code GET /api/entities/{id}}. */
public final class EntityController {

    private final EntityService entities;

    public EntityController(EntityService entities) {
        this.entities = entities;
    }

    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badParameter("q", "parameter 'q' is required", "some letters of a name or synonym");
        }
        if (q.length() > 200) {
            throw ApiException.badParameter("q", "parameter 'q' is longer than 200 characters", "at most 200 characters");
        }
        int limit = Params.intInRange(ctx, "limit", 1, 50, 10);
        ctx.json(Map.of("query", q, "hits", entities.search(q, limit)));
    }

    public void detail(Context ctx) {
        String id = Params.bounded("id", ctx.pathParam("id"));
        var detail = entities.detail(id)
                .or(() -> entities.resolve(id).flatMap(hit -> entities.detail(hit.id())))
                .orElseThrow(() -> unknown("id", id));
        ctx.json(detail);
    }

    public void neighbours(Context ctx) {
        String id = ctx.pathParam("id");
        int limit = Params.intInRange(ctx, "limit", 1, 200, 25);
        List<String> types = Params.all(ctx, "type");
        for (String type : types) {
            if (EffectType.of(type).isEmpty()) {
                throw ApiException.badParameter("type", "unknown effect type '" + type + "'",
                        String.join(", ", EffectType.names()));
            }
        }
        String resolved = entities.resolve(Params.bounded("id", id)).map(EntityService.Hit::id)
                .orElseThrow(() -> unknown("id", id));
        ctx.json(entities.neighbours(resolved, types, limit).orElseThrow());
    }

    /** 404 for a name nobody knows, with the closest matches. */
    public ApiException unknown(String parameter, String text) {
        List<EntityService.Hit> closest = text.length() > 200 ? List.of() : entities.search(text, 5);
        return ApiException.notFound(parameter, "no entity is called '" + text + "'"
                + (closest.isEmpty() ? "" : "; did you mean " + closest.get(0).name() + "?"), closest);
    }
}
