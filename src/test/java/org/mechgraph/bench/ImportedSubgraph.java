package org.mechgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mechgraph.db.Graph;
import org.mechgraph.support.Api;

/**
 * A piece of an imported graph in the shape a researcher builds in the explorer, for the graph view benchmark. From a
 * few hubs and drugs it expands entity after entity (breadth first) through {@code /api/entities/{id}/neighbours} with
 * the explorer's step of 15 best-supported neighbours, until it holds {@code nodes} entities. Then it adds the effects
 * between those entities that each one's 200 best-supported effects name, best supported first, up to {@code links}
 * effects in all: what the view shows once many of the entities have been expanded. Every answer is kept as the
 * explorer keeps one (an expansion: center, neighbours, links), cut down to the chosen entities, so the page builds
 * the drawn graph with the explorer's own graphModel.js.
 */
final class ImportedSubgraph {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The explorer's "Expand neighbours" and "Show 15 more" step. */
    private static final int STEP = 15;
    /** The most the neighbours API gives at once. */
    private static final int FILL_LIMIT = 200;

    /** The expansions (as the neighbours API answers them, cut to the chosen entities) and what went into them. */
    record Result(ArrayNode expansions, List<String> seeds, int nodes, int growthLinks, int links, int expanded,
                  int candidates) {

        String json() {
            return expansions.toString();
        }
    }

    private ImportedSubgraph() {
    }

    static Result take(Api api, Graph graph, int maxNodes, int maxLinks) {
        List<String> seeds = seeds(graph);
        Map<String, JsonNode> chosen = new LinkedHashMap<>();
        List<JsonNode> answers = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> expanded = new HashSet<>();
        while (!queue.isEmpty() && chosen.size() < maxNodes) {
            String id = queue.poll();
            if (!expanded.add(id)) {
                continue;
            }
            JsonNode answer = neighbours(api, id, STEP);
            chosen.putIfAbsent(answer.get("center").get("id").asText(), answer.get("center"));
            for (JsonNode n : answer.get("nodes")) {
                if (chosen.size() < maxNodes && chosen.putIfAbsent(n.get("id").asText(), n) == null) {
                    queue.add(n.get("id").asText());
                }
            }
            answers.add(answer);
        }
        ArrayNode expansions = JSON.createArrayNode();
        Set<String> linkIds = new LinkedHashSet<>();
        for (JsonNode answer : answers) {
            List<JsonNode> kept = new ArrayList<>();
            for (JsonNode l : answer.get("links")) {
                if (between(l, chosen) && linkIds.size() < maxLinks && linkIds.add(l.get("id").asText())) {
                    kept.add(l);
                }
            }
            expansions.add(expansion(answer.get("center"), kept, chosen));
        }
        int growthLinks = linkIds.size();

        // Effects between the chosen entities that the growth did not draw, each entity's best first.
        Map<String, JsonNode> candidates = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (String id : chosen.keySet()) {
            for (JsonNode l : neighbours(api, id, FILL_LIMIT).get("links")) {
                String lid = l.get("id").asText();
                if (between(l, chosen) && !linkIds.contains(lid) && candidates.putIfAbsent(lid, l) == null) {
                    origin.put(lid, id);
                }
            }
        }
        List<JsonNode> best = candidates.values().stream()
                .sorted(Comparator.<JsonNode>comparingLong(l -> -l.get("sources").asLong())
                        .thenComparingLong(l -> -l.get("evidence").asLong())
                        .thenComparing(l -> l.get("id").asText()))
                .limit(Math.max(0, maxLinks - growthLinks)).toList();
        Map<String, List<JsonNode>> byCenter = new LinkedHashMap<>();
        for (JsonNode l : best) {
            byCenter.computeIfAbsent(origin.get(l.get("id").asText()), k -> new ArrayList<>()).add(l);
            linkIds.add(l.get("id").asText());
        }
        byCenter.forEach((center, links) -> expansions.add(expansion(chosen.get(center), links, chosen)));
        return new Result(expansions, seeds, chosen.size(), growthLinks, linkIds.size(), expanded.size(),
                candidates.size());
    }

    /** The three entities with the most effects, ketamine (the curated corpus's drug) and the two best-linked drugs. */
    private static List<String> seeds(Graph graph) {
        List<String> seeds = new ArrayList<>(graph.read(
                "MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--(:Entity) } DESC, id LIMIT 3", Map.of(),
                r -> r.get("id").asString()));
        seeds.addAll(graph.read("MATCH (e:Entity {id: 'ketamine'}) RETURN e.id AS id", Map.of(),
                r -> r.get("id").asString()));
        graph.read("MATCH (e:Drug) RETURN e.id AS id ORDER BY COUNT { (e)--(:Entity) } DESC, id LIMIT 3", Map.of(),
                r -> r.get("id").asString()).stream().filter(id -> !seeds.contains(id)).limit(2).forEach(seeds::add);
        if (seeds.size() < 3) {
            throw new AssertionError("too few entities with effects: import Hetionet and CONIB into the folder first");
        }
        return seeds;
    }

    private static JsonNode neighbours(Api api, String id, int limit) {
        Api.Response r = api.get("/api/entities/" + Api.enc(id) + "/neighbours?limit=" + limit);
        if (r.status() != 200) {
            throw new AssertionError("neighbours of " + id + " answered " + r.status() + ": " + r.json());
        }
        return r.json();
    }

    private static boolean between(JsonNode link, Map<String, JsonNode> chosen) {
        return chosen.containsKey(link.get("source").asText()) && chosen.containsKey(link.get("target").asText());
    }

    /** An answer as the explorer keeps it, holding only the given links and the neighbours they reach. */
    private static ObjectNode expansion(JsonNode center, List<JsonNode> links, Map<String, JsonNode> chosen) {
        ObjectNode x = JSON.createObjectNode();
        x.set("center", center);
        ArrayNode nodes = x.putArray("nodes");
        Set<String> seen = new HashSet<>(Set.of(center.get("id").asText()));
        for (JsonNode l : links) {
            for (String end : List.of(l.get("source").asText(), l.get("target").asText())) {
                if (seen.add(end)) {
                    nodes.add(chosen.get(end));
                }
            }
        }
        x.putArray("links").addAll(links);
        x.put("total", links.size());
        return x;
    }
}
