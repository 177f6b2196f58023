package org.mechgraph.evidence;

import io.javalin.http.Context;
import java.util.List;
import org.mechgraph.http.ApiException;
import org.mechgraph.http.Params;

/** {@code GET /api/effects/{id}}, where the id is {@code subject|TYPE|object} (URL-encoded). */
public final class EffectController {

    /** Two entity ids, a type and two separators. */
    static final int MAX_ID = 2 * Params.MAX_NAME + 40;

    private final EffectService effects;

    public EffectController(EffectService effects) {
        this.effects = effects;
    }

    public void detail(Context ctx) {
        String id = Params.bounded("id", ctx.pathParam("id"), MAX_ID);
        ctx.json(effects.detail(id).orElseThrow(() -> ApiException.notFound("id",
                "no effect has the id '" + id + "' (ids look like ketamine|INHIBITS|nmdar)", List.of())));
    }
}
