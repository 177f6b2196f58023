package org.mechgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mechgraph.db.Graph;
import org.mechgraph.support.Api;

/**
 * The fixed, seeded queries the benchmarks send, drawn from the graph they run on, so a rerun on the same data sends
 * the same ones. Read through the driver, not the console: the console's time limit is for people, not for a
 * benchmark's setup.
 */
final class BenchQueries {

    private static final int PER_KIND = 40;

    /** One path query as a user would ask it; {@code via} may be null. */
    record PathQuery(String kind, String from, String via, String to, int hops, String rank) {

        String url() {
            return "/api/paths?from=" + Api.enc(from) + "&to=" + Api.enc(to)
                    + (via == null ? "" : "&via=" + Api.enc(via)) + "&maxHops=" + hops + "&rank=" + rank;
        }
    }

    private BenchQueries() {
    }

    /**
     * 240 path queries: drug→disease, gene→gene, drug→pathway, drug→disease through a via stop, hub→disease, and
     * random drug→disease pairs; 2 to 4 hops; ranked by evidence and by hops. Most pairs are found by a walk along
     * effects from the start (so a path exists, as when a researcher asks about a known link): to the first entity
     * of the wanted type met after two steps, or where the walk ends. The random pairs mostly have no path within 4
     * hops.
     */
    static List<PathQuery> paths(Graph graph) {
        Random random = new Random(20261124);
        List<String> drugs = ids(graph, "Drug");
        List<String> diseases = ids(graph, "Disease");
        List<String> genes = ids(graph, "Gene");
        List<String> hubs = hubs(graph);
        List<PathQuery> out = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            int hops = 2 + i % 3;
            String rank = i % 2 == 0 ? "evidence" : "hops";
            out.add(walk(graph, random, "drug→disease", pick(random, drugs), "Disease", hops, false, rank));
            out.add(walk(graph, random, "gene→gene", pick(random, genes), "Gene", hops, false, rank));
            out.add(walk(graph, random, "drug→pathway", pick(random, drugs), "Pathway", hops, false, rank));
            out.add(walk(graph, random, "drug→disease via", pick(random, drugs), "Disease", Math.max(3, hops), true,
                    rank));
            out.add(walk(graph, random, "hub→disease", pick(random, hubs), "Disease", hops, false, rank));
            out.add(new PathQuery("random drug→disease", pick(random, drugs), null, pick(random, diseases), hops,
                    rank));
        }
        return out;
    }

    /** The ten entities with the most relationships of any kind (effects, evidence, identifiers). */
    static List<String> hubs(Graph graph) {
        return graph.read("MATCH (e:Entity) RETURN e.id AS id ORDER BY COUNT { (e)--() } DESC, id LIMIT 10", Map.of(),
                r -> r.get("id").asString());
    }

    /**
     * {@code 3 × perKind} search inputs from entity names drawn with a fixed seed: whole names, prefixes of 3 to 6
     * characters (what a user has typed when the list first helps), and names with one typo (a letter changed,
     * dropped or swapped with the next).
     */
    static List<String> searchTerms(Graph graph, int perKind) {
        Random random = new Random(20261125);
        List<String> names = graph.read("MATCH (e:Entity) WHERE size(e.name) >= 5 AND size(e.name) <= 40 "
                + "RETURN e.name AS name ORDER BY e.id", Map.of(), r -> r.get("name").asString());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            out.add(pick(random, names));
            String prefix = pick(random, names);
            out.add(prefix.substring(0, Math.min(prefix.length(), 3 + random.nextInt(4))));
            out.add(typo(random, pick(random, names)));
        }
        return out;
    }

    private static String typo(Random random, String name) {
        int at = 1 + random.nextInt(name.length() - 2);
        char[] c = name.toCharArray();
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            default -> {
                char t = c[at];
                c[at] = c[at + 1];
                c[at + 1] = t;
                yield new String(c);
            }
        };
    }

    private static final String STEP = """
            MATCH (a:Entity {id: $id})-[r]->(b:Entity) WHERE r.polarity IS NOT NULL
            WITH DISTINCT b ORDER BY b.id LIMIT 200
            RETURN b.id AS id, [l IN labels(b) WHERE l <> 'Entity'][0] AS type
            """;

    private static PathQuery walk(Graph graph, Random random, String kind, String from, String type, int hops,
                                  boolean via, String rank) {
        List<String> visited = new ArrayList<>(List.of(from));
        String at = from;
        String end = null;
        for (int step = 1; step <= hops; step++) {
            List<Map<String, String>> next = graph.read(STEP, Map.of("id", at),
                    r -> Map.of("id", r.get("id").asString(), "type", r.get("type").asString("")));
            List<Map<String, String>> fresh = next.stream().filter(n -> !visited.contains(n.get("id"))).toList();
            if (fresh.isEmpty()) {
                break;
            }
            Map<String, String> chosen = fresh.get(random.nextInt(fresh.size()));
            at = chosen.get("id");
            visited.add(at);
            end = at;
            if (step >= 2 && type.equals(chosen.get("type"))) {
                break;
            }
        }
        if (end == null) { // a dead end: no path
            return new PathQuery(kind, from, null, from.equals("ketamine") ? "bdnf" : "ketamine", hops, rank);
        }
        String stop = via && visited.size() > 2 ? visited.get(1) : null;
        return new PathQuery(kind, from, stop, end, hops, rank);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> ids(Graph graph, String label) {
        List<String> ids = graph.read("MATCH (e:$($label)) WHERE COUNT { (e)--(:Entity) } > 0 "
                + "RETURN e.id AS id ORDER BY id LIMIT 1000", Map.of("label", label), r -> r.get("id").asString());
        if (ids.isEmpty()) {
            throw new AssertionError("no " + label + " with effects: import Hetionet and CONIB into the folder first");
        }
        return ids;
    }
}
