package org.mechgraph.evidence;

import io.javalin.http.Context;
import java.util.List;
import org.mechgraph.http.ApiException;

/** {@code GET /api/effects/{id}}, where the id is {@code subject|TYPE|object} (URL-encoded). */
public final class EffectController {

    private final EffectService effects;

    public EffectController(EffectService effects) {
        this.effects = effects;
    }

    public void detail(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(effects.detail(id).orElseThrow(() -> ApiException.notFound("id",
                "no effect has the id '" + id + "' (ids look like ketamine|INHIBITS|nmdar)", List.of())));
    }
}
