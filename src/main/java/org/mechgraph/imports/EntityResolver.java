package org.mechgraph.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mechgraph.db.Graph;
import org.mechgraph.imports.ImportCounts.Outcome;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * One entity, one node: finds the entity each row names by any of its identifiers (an index seek per identifier not
 * seen before in this file), creates the entities no identifier names yet, and gives existing entities the
 * identifiers they lack. Identifiers that name two different existing entities are a conflict: the first id's entity
 * is used and the two are never merged silently.
 */
final class EntityResolver {

    static final Set<String> LABELS = EntityRef.LABELS;

    // Compiled once: three candidate ids are made for each of the tens of thousands of entities a nodes file brings.
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    /** Namespaces no other source shares: an entity known only by these cannot meet anything, it is "unmapped". */
    private static final Set<String> LOCAL = Set.of("mechgraph", "hetionet", "bel", "other");

    // Every lookup names its index: the plan is made once, when the graph may be nearly empty, and reused for every
    // batch of a file that adds hundreds of thousands of nodes; a label scan chosen then would make the import
    // quadratic.
    private static final String LOOKUP = """
            UNWIND $ids AS id
            MATCH (i:Identifier {id: id}) USING INDEX i:Identifier(id)
            MATCH (i)-[:IDENTIFIES]->(e:Entity)
            RETURN id, e.id AS entity, elementId(e) AS element, [l IN labels(e) WHERE l <> 'Entity'][0] AS label
            """;

    /** Entities named by a name and type only ({@code name.drug:ketamine}): matched on their lower-cased names. */
    private static final String LOOKUP_NAMES = """
            UNWIND $names AS n
            MATCH (e:Entity)
            WHERE n.label IN labels(e) AND n.name IN e.names
            WITH n, e ORDER BY e.id
            WITH n, head(collect(e)) AS e
            RETURN n.id AS id, e.id AS entity, elementId(e) AS element, n.label AS label
            """;

    private static final String TAKEN = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id}) USING INDEX e:Entity(id)
            RETURN id
            """;

    // What this file writes to an entity it found or created is addressed by the node's element id: a seek by
    // element id takes no index lock, where a MATCH on a unique property in a writing statement takes one per row
    // and holds it to the end of the file's transaction.
    private static final String CREATE = """
            UNWIND $entities AS n
            CREATE (e:Entity {id: n.id, importRun: $run})
            SET e:$(n.label), e.name = n.name, e.synonyms = n.synonyms, e.names = n.names,
                e.description = n.description
            FOREACH (id IN n.ids | CREATE (:Identifier {id: id, importRun: $run})-[:IDENTIFIES]->(e))
            RETURN n.id AS id, elementId(e) AS element
            """;

    private static final String ADD_IDS = """
            UNWIND $ids AS a
            MATCH (e) WHERE elementId(e) = a.element
            CREATE (:Identifier {id: a.id, importRun: $run})-[:IDENTIFIES]->(e)
            """;

    /**
     * Names and synonyms a file gives for an entity already there are added as synonyms; nothing is replaced. They
     * are written in the import's last transaction, so an import undone before it leaves the entity as it was.
     */
    private static final String ADD_NAMES = """
            UNWIND $updates AS u
            MATCH (e) WHERE elementId(e) = u.element
            WITH e, u, [x IN u.names WHERE NOT toLower(x) IN coalesce(e.names, [])] AS more
            WHERE size(more) > 0 OR (e.description IS NULL AND u.description IS NOT NULL)
            SET e.synonyms = coalesce(e.synonyms, []) + more,
                e.names = coalesce(e.names, []) + [x IN more | toLower(x)],
                e.description = coalesce(e.description, u.description)
            """;

    /**
     * An entity as this file sees it: its id (assigned at creation), its node's element id (known once it is
     * written), label, and what the file did to it.
     */
    static final class Node {
        String id;
        String element;
        final String label;
        final boolean existed;
        final Set<String> ids = new LinkedHashSet<>();
        String name;
        String description;
        final Set<String> synonyms = new LinkedHashSet<>();
        boolean gained;

        Node(String id, String label, boolean existed) {
            this.id = id;
            this.label = label;
            this.existed = existed;
        }
    }

    /** An identifier to add to an entity that this file did not create in the same batch. */
    private record Addition(Node node, String id) {
    }

    /** A reference to resolve: the entity, where it is in the file, and for a nodes-file row its names. */
    record Ref(EntityRef entity, ImportRow.Line at, String field, List<String> synonyms, String description) {
    }

    private final SimpleQueryRunner tx;
    private final ImportCounts counts;
    private final String run;
    private final Map<String, Node> byId = new HashMap<>();
    private final Set<String> absent = new HashSet<>();
    private final Set<String> createdIds = new HashSet<>();
    private final Map<Node, Boolean> touched = new LinkedHashMap<>();
    private final Set<String> conflicts = new HashSet<>();
    private final Set<String> pendingNames = new HashSet<>();
    /** Entities that were there before this file and get names (or a description) from it. */
    private final Set<Node> named = new LinkedHashSet<>();

    /** @param run the import run that the nodes it creates carry ({@link ImportRuns}), or null */
    EntityResolver(SimpleQueryRunner tx, ImportCounts counts, String run) {
        this.tx = tx;
        this.counts = counts;
        this.run = run;
    }

    /** Resolves a batch of references, writing what they need; answers the entity of each, in order. */
    List<Node> resolve(List<Ref> refs) {
        lookUp(refs);
        List<Node> created = new ArrayList<>();
        List<Addition> additions = new ArrayList<>();
        List<Node> nodes = new ArrayList<>(refs.size());
        for (Ref ref : refs) {
            Node node = resolve(ref, created, additions);
            nodes.add(node);
            if (ref.synonyms() != null && node.existed) {
                named.add(node);
            }
        }
        assignIds(created);
        write(created, additions);
        return nodes;
    }

    private Node resolve(Ref ref, List<Node> created, List<Addition> additions) {
        List<String> curies = ref.entity().ids().stream().map(ExternalId::curie).distinct().toList();
        Node chosen = null;
        boolean conflict = false;
        for (String curie : curies) {
            Node found = byId.get(curie);
            if (found != null && chosen == null) {
                chosen = found;
            } else if (found != null && found != chosen) {
                conflict = true;
            }
        }
        for (String curie : curies) {
            if (pendingNames.remove(curie)) {
                Node node = byId.get(curie);
                node.ids.add(curie);
                additions.add(new Addition(node, curie));
                node.gained = true;
            }
        }
        if (conflict && conflicts.add(String.join(" ", curies))) {
            counts.entity(chosen.label, Outcome.CONFLICT);
        }
        if (chosen == null) {
            chosen = create(ref, curies);
            created.add(chosen);
        } else {
            for (String curie : curies) {
                if (!byId.containsKey(curie)) {
                    byId.put(curie, chosen);
                    chosen.ids.add(curie);
                    if (chosen.id != null) {
                        additions.add(new Addition(chosen, curie));
                    }
                    chosen.gained = true;
                }
            }
        }
        touched.putIfAbsent(chosen, Boolean.TRUE);
        if (ref.synonyms() != null) {
            chosen.synonyms.add(ref.entity().name());
            chosen.synonyms.addAll(ref.synonyms());
            if (chosen.description == null) {
                chosen.description = ref.description();
            }
        }
        return chosen;
    }

    private Node create(Ref ref, List<String> curies) {
        EntityRef e = ref.entity();
        if (e.label() == null || e.name() == null || e.name().isBlank()) {
            throw new ImportException(ref.at().file(), ref.at().line(), ref.field(), "no entity is known by "
                    + String.join(" or ", curies) + ", and the row gives no name and type to create it"
                    + " (for Hetionet and KGX edges, import the nodes file first)");
        }
        if (!LABELS.contains(e.label())) {
            throw new ImportException(ref.at().file(), ref.at().line(), ref.field(), "unknown entity type '"
                    + e.label() + "'; one of " + EntityRef.labels());
        }
        Node node = new Node(null, e.label(), false);
        node.name = e.name();
        curies.forEach(c -> {
            byId.put(c, node);
            node.ids.add(c);
        });
        return node;
    }

    private void lookUp(List<Ref> refs) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Ref ref : refs) {
            for (ExternalId id : ref.entity().ids()) {
                String curie = id.curie();
                if (!byId.containsKey(curie) && !absent.contains(curie)) {
                    unknown.add(curie);
                }
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, Node> existing = new HashMap<>();
        Graph.rows(tx, LOOKUP, Map.of("ids", List.copyOf(unknown))).forEach(r -> {
            String entity = r.get("entity").asString();
            Node node = existing.computeIfAbsent(entity, id -> new Node(id, r.get("label").asString(null), true));
            node.element = r.get("element").asString();
            node.ids.add(r.get("id").asString());
            byId.put(r.get("id").asString(), node);
        });
        List<Map<String, Object>> names = unknown.stream()
                .filter(c -> c.startsWith("name.") && !byId.containsKey(c)).map(EntityResolver::nameLookup).toList();
        if (!names.isEmpty()) {
            Graph.rows(tx, LOOKUP_NAMES, Map.of("names", names)).forEach(r -> {
                String entity = r.get("entity").asString();
                Node node = existing.computeIfAbsent(entity, id -> new Node(id, r.get("label").asString(), true));
                node.element = r.get("element").asString();
                // Found by name, not yet by this identifier: it is added, so the next file finds it by index.
                byId.put(r.get("id").asString(), node);
                pendingNames.add(r.get("id").asString());
            });
        }
        unknown.stream().filter(c -> !byId.containsKey(c)).forEach(absent::add);
    }

    /** {@code name.drug:ketamine} as a lookup row: the label and the lower-cased name. */
    private static Map<String, Object> nameLookup(String curie) {
        String namespace = curie.substring(0, curie.indexOf(':'));
        String lower = namespace.substring("name.".length());
        String label = LABELS.stream().filter(l -> l.equalsIgnoreCase(lower)).findFirst().orElse(lower);
        return Map.of("id", curie, "label", label,
                "name", curie.substring(namespace.length() + 1).toLowerCase(Locale.ROOT));
    }

    /** Readable, unique ids for new entities: the name as a slug, then qualified by the first identifier. */
    private void assignIds(List<Node> created) {
        Map<Node, List<String>> candidates = new LinkedHashMap<>();
        for (Node node : created) {
            String preferred = node.ids.stream().filter(c -> c.startsWith("mechgraph:")).findFirst()
                    .map(c -> c.substring("mechgraph:".length())).orElse(slug(node.name));
            String first = node.ids.iterator().next();
            candidates.put(node, List.of(preferred.isEmpty() ? slug(first) : preferred,
                    slug(preferred + "-" + first), slug(first)));
        }
        Set<String> all = new HashSet<>();
        candidates.values().forEach(all::addAll);
        Set<String> taken = new HashSet<>(createdIds);
        Graph.rows(tx, TAKEN, Map.of("ids", List.copyOf(all))).forEach(r -> taken.add(r.get("id").asString()));
        for (var entry : candidates.entrySet()) {
            String id = entry.getValue().stream().filter(c -> !c.isEmpty() && !taken.contains(c)).findFirst()
                    .orElse(null);
            for (int n = 2; id == null; n++) {
                String numbered = entry.getValue().get(1) + "-" + n;
                if (!taken.contains(numbered) && !exists(numbered)) {
                    id = numbered;
                }
            }
            taken.add(id);
            createdIds.add(id);
            entry.getKey().id = id;
            entry.getKey().ids.add("mechgraph:" + id);
        }
    }

    private boolean exists(String id) {
        return !Graph.rows(tx, TAKEN, Map.of("ids", List.of(id))).isEmpty();
    }

    private void write(List<Node> created, List<Addition> additions) {
        if (!created.isEmpty()) {
            List<Map<String, Object>> rows = created.stream().map(EntityResolver::createRow).toList();
            Map<String, Node> byEntityId = new HashMap<>();
            created.forEach(n -> byEntityId.put(n.id, n));
            Graph.rows(tx, CREATE, ImportRuns.params(run, "entities", rows))
                    .forEach(r -> byEntityId.get(r.get("id").asString()).element = r.get("element").asString());
        }
        if (!additions.isEmpty()) {
            List<Map<String, Object>> rows = additions.stream()
                    .map(a -> Map.<String, Object>of("element", a.node().element, "id", a.id())).toList();
            tx.run(ADD_IDS, ImportRuns.params(run, "ids", rows)).consume();
        }
    }

    /** Adds the names this file gives to entities that were there before it, in the import's last transaction. */
    void finish() {
        List<Map<String, Object>> updates = new ArrayList<>();
        named.forEach(node -> {
            Map<String, Object> u = new HashMap<>();
            u.put("element", node.element);
            u.put("names", distinctIgnoringCase(node.synonyms));
            u.put("description", node.description);
            updates.add(u);
        });
        ImportWriter.inPieces(updates, ImportWriter.BATCH,
                piece -> tx.run(ADD_NAMES, Map.of("updates", piece)).consume());
    }

    private static Map<String, Object> createRow(Node node) {
        List<String> synonyms = distinctIgnoringCase(node.synonyms).stream()
                .filter(s -> !s.equalsIgnoreCase(node.name)).toList();
        List<String> names = new ArrayList<>();
        names.add(node.name.toLowerCase(Locale.ROOT));
        synonyms.forEach(s -> names.add(s.toLowerCase(Locale.ROOT)));
        Map<String, Object> row = new HashMap<>();
        row.put("id", node.id);
        row.put("label", node.label);
        row.put("name", node.name);
        row.put("synonyms", synonyms);
        row.put("names", names);
        row.put("description", node.description);
        row.put("ids", List.copyOf(node.ids));
        return row;
    }

    private static List<String> distinctIgnoringCase(Set<String> values) {
        Map<String, String> byLower = new LinkedHashMap<>();
        values.stream().filter(v -> v != null && !v.isBlank())
                .forEach(v -> byLower.putIfAbsent(v.toLowerCase(Locale.ROOT), v.strip()));
        return List.copyOf(byLower.values());
    }

    /** Counts each entity the file named once: created (and whether unmapped), merged or matched. */
    void count() {
        for (Node node : touched.keySet()) {
            if (!node.existed) {
                counts.entity(node.label, Outcome.CREATED);
                if (node.ids.stream().allMatch(c -> LOCAL.contains(c.substring(0, c.indexOf(':'))))) {
                    counts.entity(node.label, Outcome.UNMAPPED);
                }
            } else {
                counts.entity(node.label, node.gained ? Outcome.MERGED : Outcome.MATCHED);
            }
        }
    }

    static String slug(String text) {
        String s = EDGE_DASHES.matcher(NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return s.length() <= 80 ? s : TRAILING_DASHES.matcher(s.substring(0, 80)).replaceAll("");
    }
}
