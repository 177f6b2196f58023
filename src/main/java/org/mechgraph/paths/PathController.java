package org.mechgraph.paths;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.mechgraph.entities.EntityController;
import org.mechgraph.entities.EntityService;
import org.mechgraph.http.ApiException;
import org.mechgraph.http.Params;
import org.mechgraph.paths.PathModel.Answer;
import org.mechgraph.model.NodeRef;

/** {@code GET /api/paths?from=&via=&to=&maxHops=&limit=}: checks and resolves the input, then asks the service. */
public final class PathController {

    private static final int MAX_VIA = 4;

    private final PathService paths;
    private final EntityService entities;
    private final EntityController entityErrors;

    public PathController(PathService paths, EntityService entities, EntityController entityErrors) {
        this.paths = paths;
        this.entities = entities;
        this.entityErrors = entityErrors;
    }

    public void find(Context ctx) {
        Resolved r = resolve(ctx);
        var found = paths.find(r.query());
        String hint = found.isEmpty() ? hint(r.query().maxHops(), r.via()) : null;
        ctx.json(new Answer(r.from(), r.via(), r.to(), r.query().maxHops(), r.query().limit(), found, hint));
    }

    /** A path query's entities as resolved, and the query made of their ids. */
    public record Resolved(NodeRef from, List<NodeRef> via, NodeRef to, PathModel.Query query) {
    }

    /**
     * Checks {@code from}, {@code via}, {@code to}, {@code maxHops} and {@code limit} and resolves the names, or throws
     * the 400 or 404 that says what is wrong. The export takes the same parameters.
     */
    public Resolved resolve(Context ctx) {
        String fromText = Params.required(ctx, "from");
        String toText = Params.required(ctx, "to");
        List<String> viaText = Params.all(ctx, "via");
        // With many via stops the default grows to fit them; a maxHops the user gives is checked as given.
        int maxHops = Params.intInRange(ctx, "maxHops", 1, PathService.MAX_HOPS, Math.max(4, viaText.size() + 1));
        int limit = Params.intInRange(ctx, "limit", 1, 100, 10);
        if (viaText.size() > MAX_VIA) {
            throw ApiException.badParameter("via", "at most " + MAX_VIA + " via stops, got " + viaText.size(),
                    "0 to " + MAX_VIA + " entities");
        }
        if (viaText.size() + 1 > maxHops) {
            throw ApiException.badParameter("maxHops", "maxHops " + maxHops + " cannot pass through "
                    + viaText.size() + " via stops", "at least " + (viaText.size() + 1) + " for this query");
        }
        NodeRef from = resolve("from", fromText);
        NodeRef to = resolve("to", toText);
        List<NodeRef> via = new ArrayList<>();
        for (String v : viaText) {
            via.add(resolve("via", v));
        }
        var distinct = new HashSet<String>();
        distinct.add(from.id());
        distinct.add(to.id());
        for (NodeRef v : via) {
            if (!distinct.add(v.id())) {
                throw ApiException.badParameter("via", "'" + v.name() + "' appears twice in the path, or is also "
                        + "its start or end; a mechanism path visits each entity once", "distinct entities");
            }
        }
        if (from.id().equals(to.id())) {
            throw ApiException.badParameter("to", "from and to are the same entity", "two different entities");
        }
        var query = new PathModel.Query(from.id(), via.stream().map(NodeRef::id).toList(), to.id(), maxHops, limit);
        return new Resolved(from, via, to, query);
    }

    /** What to try when no path was found within {@code maxHops}. */
    public static String hint(int maxHops, List<NodeRef> via) {
        String more = maxHops < PathService.MAX_HOPS ? "try maxHops=" + (maxHops + 1) : "no longer path is searched";
        return "no path within " + maxHops + " hops; " + more + (via.isEmpty() ? "" : ", or drop a via stop");
    }

    private NodeRef resolve(String parameter, String text) {
        return entities.resolve(text)
                .map(h -> new NodeRef(h.id(), h.name(), h.type()))
                .orElseThrow(() -> entityErrors.unknown(parameter, text));
    }
}
