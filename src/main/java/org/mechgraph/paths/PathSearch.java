package org.mechgraph.paths;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mechgraph.db.Graph;
import org.mechgraph.evidence.EvidenceSummary;
import org.mechgraph.model.EffectType;
import org.mechgraph.model.NodeRef;
import org.mechgraph.paths.PathModel.HopFilter;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Finds candidate paths between consecutive stops by a bounded search from both ends, run in the database one level
 * at a time: from each entity reached, only its {@link #FAN} best-supported effects that pass the filter are followed
 * (ordered by independent sources, best kind of source, newest year, and then the partner with fewer partners of
 * its own, which a path through it would score higher), forward from the start and backward from the
 * end, and the two halves meet in the middle. A hub's thousands of partners therefore cost one index-backed read
 * each time it is reached, never an explosion of paths; when effects were left out, the answer says it is partial.
 * Nothing of the graph is copied but the few thousand hops the search keeps. A {@link Budget} of time bounds the
 * whole search: when it is spent, no further level is read, and the answer is what was found until then, partial.
 */
final class PathSearch {

    /** Effects followed from each entity reached, per direction: the best supported. */
    static final int FAN = 60;
    /** Half-paths kept per direction and segment. */
    static final int MAX_HALVES = 20_000;
    /** Candidates kept per segment before segments are joined through via stops. */
    static final int PER_SEGMENT = 200;
    /** Paths kept when segments are joined; beyond it the answer is partial. */
    static final int MAX_JOINED = 20_000;

    private static final String EFFECT_TYPES = String.join("|", java.util.Arrays.stream(EffectType.values())
            .map(Enum::name).toList());

    // Which effects a hop may take, for both parts of the level query below.
    private static final String HOP_FILTER = """
                WHERE r.polarity IS NOT NULL
                  AND NOT m.id IN $exclude
                  AND (size($relations) = 0 OR type(r) IN $relations)
                  AND (size($types) = 0 OR m.id IN $stops OR any(l IN labels(m) WHERE l IN $types))
                  AND coalesce(r.sourceCount, 0) >= $minSources
            """;

    // With a filter on the evidence itself, a hop also needs $minSources independent sources among the claims that
    // pass it. Only the texts for such a filter have this: in a text with it the database reads every candidate
    // effect's claims even when no such filter is set, thousands of index seeks per level from a hub.
    private static final String EVIDENCE_FILTER = """
                  AND size(COLLECT {
                        MATCH (p:Paper)-[k:CLAIMS {effect: r.id}]->()
                        WHERE (size($kinds) = 0
                               OR (CASE k.evidence WHEN 'record' THEN 'database' ELSE p.kind END) IN $kinds)
                          AND ($yearFrom IS NULL OR p.year >= $yearFrom)
                          AND ($yearTo IS NULL OR p.year <= $yearTo)
                          AND ($species IS NULL OR $species IN [x IN split(replace(toLower(coalesce(k.species, '')),
                                                                     ';', ','), ',') | trim(x)])
                        RETURN DISTINCT CASE k.evidence WHEN 'report' THEN coalesce(k.reports, p.id)
                                                        WHEN 'record' THEN p.id + '#' + k.key
                                                        ELSE p.id END AS origin
                      }) >= $minSources
            """;

    // One text per direction and hop filter, made from this template, the fixed filters and the fixed patterns only.
    // The first part takes each entity's best-supported effects; the second, for an entity with more effects than
    // that, also its best-supported effects to entities in $targets (what the other half of the search has reached,
    // the goal among them): those are the effects that complete a path, and a hub's best supported are rarely them.
    private static final String LEVEL = """
            UNWIND $frontier AS fid
            MATCH (n:Entity {id: fid})
            CALL (n) {
              MATCH %1$s
              %3$s
              WITH r, m, COUNT { (m)-[:%2$s]-() } AS partners
              RETURN r, m, partners, false AS toTarget
              ORDER BY coalesce(r.sourceCount, 0) DESC, coalesce($kindRank[coalesce(r.bestSourceKind, '')], 0) DESC,
                       coalesce(r.newestYear, 0) DESC, partners, r.id
              LIMIT $fanPlusOne
              UNION ALL
              // Only an entity with more effects than the first part takes can have left one to a target out.
              WITH n WHERE size($targets) > 0 AND COUNT { %4$s } > $fan
              MATCH %1$s
              WHERE m.id IN $targets
              WITH r, m
              %3$s
              WITH r, m, COUNT { (m)-[:%2$s]-() } AS partners
              RETURN r, m, partners, true AS toTarget
              ORDER BY coalesce(r.sourceCount, 0) DESC, coalesce($kindRank[coalesce(r.bestSourceKind, '')], 0) DESC,
                       coalesce(r.newestYear, 0) DESC, partners, r.id
              LIMIT $fan
            }
            RETURN fid, elementId(r) AS element, r.id AS effect, type(r) AS type, r.polarity AS polarity,
                   startNode(r).id AS source, endNode(r).id AS target, coalesce(r.sourceCount, 0) AS sources,
                   coalesce(r.evidenceCount, 0) AS evidence, r.bestSourceKind AS bestKind, r.newestYear AS newest,
                   {id: m.id, name: m.name, type: [l IN labels(m) WHERE l <> 'Entity'][0]} AS node, partners,
                   toTarget
            """;
    private static final Levels PLAIN = Levels.of(HOP_FILTER);
    private static final Levels ON_EVIDENCE = Levels.of(HOP_FILTER + EVIDENCE_FILTER);

    /** The level query of each direction, with one hop filter. */
    record Levels(String forward, String backward) {

        private static Levels of(String hopFilter) {
            return new Levels(LEVEL.formatted("(n)-[r]->(m:Entity)", EFFECT_TYPES, hopFilter.strip(), "(n)-->()"),
                    LEVEL.formatted("(n)<-[r]-(m:Entity)", EFFECT_TYPES, hopFilter.strip(), "(n)<--()"));
        }
    }

    /** The level queries for {@code filter}: those that read the claims only when it filters on evidence. */
    static Levels levels(HopFilter filter) {
        return filter.onEvidence() ? ON_EVIDENCE : PLAIN;
    }

    /** One effect a path takes, with the figures its strength is made of. */
    record Hop(String element, String effect, String type, String polarity, String source, String target,
               long sources, long evidence, String bestKind, Integer newestYear) {
    }

    /** A path as found: its entities' ids in order and its hops. */
    record Found(List<String> nodes, List<Hop> hops) {

        /**
         * This path followed by {@code next}, which starts where this one ends; null when the two share any other
         * entity or together take more than {@code maxHops} hops.
         */
        Found then(Found next, int maxHops) {
            if (hops.size() + next.hops.size() > maxHops) {
                return null;
            }
            Set<String> seen = new HashSet<>(nodes);
            List<String> tail = next.nodes.subList(1, next.nodes.size());
            if (tail.stream().anyMatch(n -> !seen.add(n))) {
                return null;
            }
            List<String> allNodes = new ArrayList<>(nodes);
            allNodes.addAll(tail);
            List<Hop> allHops = new ArrayList<>(hops);
            allHops.addAll(next.hops);
            return new Found(allNodes, allHops);
        }
    }

    /**
     * What a search found, the entities it met, whether its limits cut anything ({@code partial}), and whether that
     * was its time running out ({@code outOfTime}: the paths are the best found until then).
     */
    static final class Result {
        final List<Found> paths = new ArrayList<>();
        final Map<String, NodeRef> nodes = new HashMap<>();
        final Map<String, Long> partners = new HashMap<>();
        boolean partial;
        boolean outOfTime;

        void ranOutOfTime() {
            partial = true;
            outOfTime = true;
        }
    }

    private final Graph graph;

    PathSearch(Graph graph) {
        this.graph = graph;
    }

    /**
     * Paths through {@code stops} in order (from, via…, to) of at most {@code maxHops} hops in all, visiting each
     * entity once; {@code scorer} orders each segment's candidates when there are more than can be joined. When
     * {@code budget} is spent, no further level is read and the paths are joined from what was read until then.
     */
    Result find(List<NodeRef> stops, int maxHops, HopFilter filter,
                java.util.function.ToDoubleBiFunction<Found, Map<String, Long>> scorer, Budget budget) {
        Result result = new Result();
        stops.forEach(s -> result.nodes.put(s.id(), s));
        Set<String> stopIds = new LinkedHashSet<>();
        stops.forEach(s -> stopIds.add(s.id()));
        int segments = stops.size() - 1;
        List<List<Found>> bySegment = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            int hops = maxHops - (segments - 1);
            List<Found> found = segment(stops.get(i).id(), stops.get(i + 1).id(), hops, stopIds, filter, result,
                    budget);
            if (found.size() > PER_SEGMENT) {
                found.sort((a, b) -> Double.compare(scorer.applyAsDouble(b, result.partners),
                        scorer.applyAsDouble(a, result.partners)));
                found = new ArrayList<>(found.subList(0, PER_SEGMENT));
                result.partial = true;
            }
            if (found.isEmpty()) {
                return result;
            }
            bySegment.add(found);
        }
        join(bySegment, 0, new Found(List.of(stops.get(0).id()), List.of()), maxHops, result);
        return result;
    }

    private void join(List<List<Found>> segments, int at, Found sofar, int maxHops, Result result) {
        if (at == segments.size()) {
            if (result.paths.size() < MAX_JOINED) {
                result.paths.add(sofar);
            } else {
                result.partial = true;
            }
            return;
        }
        for (Found next : segments.get(at)) {
            Found joined = sofar.then(next, maxHops);
            if (joined != null) {
                join(segments, at + 1, joined, maxHops, result);
            }
        }
    }

    /** Paths from {@code start} to {@code end} of 1 to {@code hops} hops that pass no other stop. */
    private List<Found> segment(String start, String end, int hops, Set<String> stops, HopFilter filter,
                                Result result, Budget budget) {
        Set<String> blocked = new HashSet<>(stops);
        blocked.remove(start);
        blocked.remove(end);
        // The shorter half first: what it reaches is where the longer half is headed.
        Levels levels = levels(filter);
        Map<String, List<Found>> backward = halves(levels.backward(), end, start, hops / 2, blocked, stops, filter,
                result, true, budget, Set.of(start));
        Map<String, List<Found>> forward = halves(levels.forward(), start, end, (hops + 1) / 2, blocked, stops,
                filter, result, false, budget, backward.keySet());
        Map<String, Found> paths = new LinkedHashMap<>();
        for (var entry : forward.entrySet()) {
            List<Found> suffixes = backward.get(entry.getKey());
            if (suffixes == null) {
                continue;
            }
            for (Found prefix : entry.getValue()) {
                for (Found suffix : suffixes) {
                    Found path = prefix.then(suffix, hops);
                    if (path != null && !path.hops().isEmpty()) {
                        paths.putIfAbsent(path.hops().stream().map(Hop::element).toList().toString(), path);
                    }
                }
            }
        }
        return new ArrayList<>(paths.values());
    }

    /**
     * Half-paths of up to {@code depth} hops from {@code origin}, keyed by the entity they reach (the origin itself
     * with the empty half). Backward halves are kept in path order: their hops and entities run towards the origin.
     */
    private Map<String, List<Found>> halves(String query, String origin, String goal, int depth, Set<String> blocked,
                                            Set<String> stops, HopFilter filter, Result result, boolean backward,
                                            Budget budget, Set<String> targets) {
        Map<String, List<Found>> byNode = new HashMap<>();
        byNode.computeIfAbsent(origin, k -> new ArrayList<>()).add(new Found(List.of(origin), List.of()));
        List<Found> level = List.of(new Found(List.of(origin), List.of()));
        int kept = 1;
        for (int d = 1; d <= depth && !level.isEmpty(); d++) {
            Map<String, List<Found>> atFrontier = new LinkedHashMap<>();
            for (Found half : level) {
                String tip = backward ? half.nodes().get(0) : half.nodes().get(half.nodes().size() - 1);
                if (d > 1 && (tip.equals(goal) || blocked.contains(tip))) {
                    continue;
                }
                atFrontier.computeIfAbsent(tip, k -> new ArrayList<>()).add(half);
            }
            if (atFrontier.isEmpty()) {
                break;
            }
            List<Record> rows = level(query, List.copyOf(atFrontier.keySet()), stops, filter, budget, targets);
            if (rows == null) {
                result.ranOutOfTime();
                break;
            }
            List<Found> next = new ArrayList<>();
            Map<String, Integer> perNode = new HashMap<>();
            Set<String> taken = new HashSet<>();
            for (var row : rows) {
                String from = row.get("fid").asString();
                // An effect to a target may also be among the best supported: it is taken once.
                if (!taken.add(from + ' ' + row.get("element").asString())) {
                    continue;
                }
                if (!row.get("toTarget").asBoolean() && perNode.merge(from, 1, Integer::sum) > FAN) {
                    result.partial = true;
                    continue;
                }
                NodeRef node = NodeRef.of(row.get("node"));
                result.nodes.putIfAbsent(node.id(), node);
                result.partners.put(node.id(), row.get("partners").asLong());
                Hop hop = new Hop(row.get("element").asString(), row.get("effect").asString(null),
                        row.get("type").asString(), row.get("polarity").asString(), row.get("source").asString(),
                        row.get("target").asString(), row.get("sources").asLong(), row.get("evidence").asLong(),
                        row.get("bestKind").asString(null),
                        row.get("newest").isNull() ? null : row.get("newest").asInt());
                if (blocked.contains(node.id())) {
                    continue;
                }
                for (Found half : atFrontier.get(from)) {
                    if (half.nodes().contains(node.id())) {
                        continue;
                    }
                    List<String> nodes = new ArrayList<>(half.nodes());
                    List<Hop> hops = new ArrayList<>(half.hops());
                    if (backward) {
                        nodes.add(0, node.id());
                        hops.add(0, hop);
                    } else {
                        nodes.add(node.id());
                        hops.add(hop);
                    }
                    if (++kept > MAX_HALVES) {
                        result.partial = true;
                        break;
                    }
                    Found grown = new Found(nodes, hops);
                    byNode.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(grown);
                    next.add(grown);
                }
            }
            level = next;
        }
        return byNode;
    }

    /** One level's effects from {@code frontier}, or null when the budget ran out before or while reading them. */
    private List<Record> level(String query, List<String> frontier, Set<String> stops, HopFilter filter,
                               Budget budget, Set<String> targets) {
        Duration left = budget.remaining();
        if (left.isNegative() || left.isZero()) {
            return null;
        }
        // The database counts whole milliseconds; a timeout of zero would mean none at all.
        Duration timeout = Duration.ofMillis(Math.max(1, (left.toNanos() + 999_999) / 1_000_000));
        try {
            Map<String, Object> params = params(frontier, stops, filter);
            params.put("targets", List.copyOf(targets));
            return graph.read(query, params, r -> r, timeout);
        } catch (Neo4jException e) {
            if (Graph.timedOut(e)) {
                return null;
            }
            throw e;
        }
    }

    private static Map<String, Object> params(List<String> frontier, Set<String> stops, HopFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("frontier", frontier);
        p.put("stops", List.copyOf(stops));
        p.put("exclude", f.exclude());
        p.put("relations", f.relations());
        p.put("types", f.types());
        p.put("minSources", f.minSources());
        p.put("kinds", f.sourceKinds());
        p.put("yearFrom", f.yearFrom());
        p.put("yearTo", f.yearTo());
        p.put("species", f.species());
        p.put("kindRank", EvidenceSummary.SOURCE_KIND_RANK);
        p.put("fanPlusOne", FAN + 1);
        p.put("fan", FAN);
        return p;
    }
}
