package org.mechgraph.contradictions;

import io.javalin.http.Context;
import org.mechgraph.contradictions.ContradictionModel.Query;
import org.mechgraph.entities.EntityController;
import org.mechgraph.entities.EntityService;
import org.mechgraph.http.Params;
import org.mechgraph.model.NodeRef;

/**
 * {@code GET /api/contradictions?entity=&offset=&limit=}: the pairs of entities sources disagree on, each with both
 * sides' evidence; {@code entity} (an id, name or synonym) keeps the pairs it is part of.
 */
public final class ContradictionController {

    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 20;

    private final ContradictionService contradictions;
    private final EntityService entities;
    private final EntityController entityErrors;

    public ContradictionController(ContradictionService contradictions, EntityService entities,
                                   EntityController entityErrors) {
        this.contradictions = contradictions;
        this.entities = entities;
        this.entityErrors = entityErrors;
    }

    public void list(Context ctx) {
        int limit = Params.intInRange(ctx, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        int offset = Params.intInRange(ctx, "offset", 0, Integer.MAX_VALUE, 0);
        String text = ctx.queryParam("entity");
        NodeRef entity = text == null || text.isBlank() ? null : resolve(Params.bounded("entity", text.strip()));
        var query = new Query(entity == null ? null : entity.id(), offset, limit);
        ctx.json(contradictions.find(query, entity));
    }

    private NodeRef resolve(String text) {
        return entities.resolve(text)
                .map(h -> new NodeRef(h.id(), h.name(), h.type()))
                .orElseThrow(() -> entityErrors.unknown("entity", text));
    }
}
