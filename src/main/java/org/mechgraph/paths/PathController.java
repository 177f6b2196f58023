package org.mechgraph.paths;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.mechgraph.entities.EntityController;
import org.mechgraph.entities.EntityService;
import org.mechgraph.evidence.EvidenceSummary;
import org.mechgraph.http.ApiException;
import org.mechgraph.http.Params;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.model.EffectType;
import org.mechgraph.model.NodeRef;
import org.mechgraph.paths.PathModel.Answer;

/**
 * {@code GET /api/paths?from=&via=&to=&maxHops=&limit=&offset=&rank=&sign=&minSources=&relation=&type=&exclude=
 * &sourceKind=&yearFrom=&yearTo=&species=}: checks and resolves the input, then asks the service.
 */
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
        PathModel.Query q = r.query();
        var page = paths.page(q, r.stops());
        String hint = page.total() == 0 ? hint(q.maxHops(), r.via()) : null;
        long more = Math.max(0, page.total() - q.offset() - page.paths().size());
        ctx.json(new Answer(r.from(), r.via(), r.to(), q.maxHops(), q.limit(), q.offset(),
                q.rank().name().toLowerCase(Locale.ROOT), q.sign() == null ? null
                : q.sign().name().toLowerCase(Locale.ROOT), page.total(), more, page.partial(), page.outOfTime(),
                page.paths(), hint));
    }

    /** A path query's entities as resolved, and the query made of their ids. */
    public record Resolved(NodeRef from, List<NodeRef> via, NodeRef to, PathModel.Query query) {
        /** The path's stops in order: from, via…, to. */
        public List<NodeRef> stops() {
            List<NodeRef> stops = new ArrayList<>();
            stops.add(from);
            stops.addAll(via);
            stops.add(to);
            return stops;
        }
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
        int offset = Params.intInRange(ctx, "offset", 0, 10_000, 0);
        PathModel.Rank rank = choice(ctx, "rank", PathModel.Rank.class, PathModel.Rank.EVIDENCE);
        PathModel.Sign sign = choice(ctx, "sign", PathModel.Sign.class, null);
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
        var query = new PathModel.Query(from.id(), via.stream().map(NodeRef::id).toList(), to.id(), maxHops, limit,
                offset, rank, sign, filter(ctx, distinct));
        return new Resolved(from, via, to, query);
    }

    /** The hop filter the request asks for; {@code stops} are the path's own entities, which it cannot exclude. */
    private PathModel.HopFilter filter(Context ctx, java.util.Set<String> stops) {
        int minSources = Params.intInRange(ctx, "minSources", 1, 100, 1);
        List<String> relations = new ArrayList<>();
        for (String v : listed(ctx, "relation")) {
            String name = v.toUpperCase(Locale.ROOT).replace(' ', '_');
            if (Arrays.stream(EffectType.values()).noneMatch(t -> t.name().equals(name))) {
                throw ApiException.badParameter("relation", "unknown relation '" + v + "'",
                        Arrays.stream(EffectType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList()
                                .toString());
            }
            relations.add(name);
        }
        List<String> types = new ArrayList<>();
        for (String v : listed(ctx, "type")) {
            String label = EntityRef.LABELS.stream().filter(l -> l.equalsIgnoreCase(v)).findFirst().orElseThrow(() ->
                    ApiException.badParameter("type", "unknown entity type '" + v + "'", EntityRef.labels()));
            types.add(label);
        }
        List<String> exclude = new ArrayList<>();
        for (String v : listed(ctx, "exclude")) {
            NodeRef n = resolve("exclude", v);
            if (stops.contains(n.id())) {
                throw ApiException.badParameter("exclude", "'" + n.name() + "' is a stop of the path itself",
                        "entities other than from, via and to");
            }
            exclude.add(n.id());
        }
        List<String> kinds = new ArrayList<>();
        for (String v : listed(ctx, "sourceKind")) {
            String kind = v.toLowerCase(Locale.ROOT);
            if (!EvidenceSummary.SOURCE_KINDS.contains(kind)) {
                throw ApiException.badParameter("sourceKind", "unknown kind of source '" + v + "'",
                        String.join(", ", EvidenceSummary.SOURCE_KINDS));
            }
            kinds.add(kind);
        }
        Integer yearFrom = year(ctx, "yearFrom");
        Integer yearTo = year(ctx, "yearTo");
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw ApiException.badParameter("yearTo", "yearTo " + yearTo + " is before yearFrom " + yearFrom,
                    "a year from yearFrom on");
        }
        String species = ctx.queryParam("species");
        species = species == null || species.isBlank() ? null
                : Params.bounded("species", species.strip(), 80).toLowerCase(Locale.ROOT);
        return new PathModel.HopFilter(minSources, relations, types, exclude, kinds, yearFrom, yearTo, species);
    }

    /** Values given as repeated parameters, comma-separated, or both. */
    private static List<String> listed(Context ctx, String name) {
        List<String> values = new ArrayList<>();
        for (String v : Params.all(ctx, name)) {
            Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(values::add);
        }
        if (values.size() > 20) {
            throw ApiException.badParameter(name, "at most 20 values of '" + name + "'", "1 to 20 values");
        }
        return values;
    }

    private static Integer year(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : Params.intInRange(ctx, name, 1800, 2100, 0);
    }

    private static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(raw.strip())) {
                return e;
            }
        }
        throw ApiException.badParameter(name, "unknown " + name + " '" + Params.bounded(name, raw.strip()) + "'",
                Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()
                        .toString());
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
