package org.mechgraph.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns result values into JSON-ready maps and, on the side, collects every node and relationship met into a graph
 * in the explorer's shape: nodes and links keyed by the mechgraph id where there is one.
 */
final class ResultMapper {

    /** Values an answer may hold in all (cells, list elements, properties): a bound on the response's size. */
    static final int MAX_VALUES = 200_000;

    /** Characters an answer may hold in all, so its JSON stays within a few megabytes whatever the values are. */
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private int values;
    private long chars;
    private boolean cut;
    private final Map<String, Map<String, Object>> links = new LinkedHashMap<>();
    private final Map<String, String> displayIds = new LinkedHashMap<>();

    /** True once the answer holds as many values as it may: the console stops reading rows. */
    boolean full() {
        return values >= MAX_VALUES || chars >= MAX_CHARS;
    }

    /** True when a value was shortened or left out to keep the answer within its caps. */
    boolean cut() {
        return cut || values > MAX_VALUES;
    }

    Object map(Value value) {
        values++;
        if (values > MAX_VALUES || chars >= MAX_CHARS) {
            cut = true;
            return "…";
        }
        var type = value.type();
        TypeSystem ts = TypeSystem.getDefault();
        if (value.isNull()) {
            return null;
        } else if (type.equals(ts.NODE())) {
            return node(value.asNode());
        } else if (type.equals(ts.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        } else if (type.equals(ts.PATH())) {
            Path path = value.asPath();
            List<Object> ns = new ArrayList<>();
            path.nodes().forEach(n -> ns.add(node(n)));
            List<Object> rs = new ArrayList<>();
            path.relationships().forEach(r -> rs.add(relationship(r)));
            return Map.of("_kind", "path", "nodes", ns, "relationships", rs);
        } else if (type.equals(ts.LIST())) {
            return value.asList(this::map);
        } else if (type.equals(ts.MAP())) {
            Map<String, Object> out = new LinkedHashMap<>();
            value.keys().forEach(k -> out.put(k, map(value.get(k))));
            return out;
        } else if (type.equals(ts.STRING())) {
            return text(value.asString());
        } else if (type.equals(ts.BOOLEAN()) || type.equals(ts.INTEGER()) || type.equals(ts.FLOAT())) {
            chars += 8;
            return value.asObject();
        }
        return text(value.toString());
    }

    /** A string, shortened where it would take the answer past its character cap. */
    private String text(String s) {
        long room = MAX_CHARS - chars;
        if (s.length() <= room) {
            chars += s.length();
            return s;
        }
        cut = true;
        chars = MAX_CHARS;
        return s.substring(0, (int) Math.max(0, room)) + "… (cut: " + s.length() + " characters)";
    }

    private Map<String, Object> node(Node n) {
        String id = n.containsKey("id") ? n.get("id").asString(n.elementId()) : n.elementId();
        displayIds.put(n.elementId(), id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_kind", "node");
        out.put("id", id);
        out.put("elementId", n.elementId());
        out.put("labels", n.labels());
        out.put("properties", properties(n.asMap(this::map)));
        Map<String, Object> graphNode = new LinkedHashMap<>();
        graphNode.put("id", id);
        graphNode.put("name", n.containsKey("name") ? n.get("name").asString(null)
                : n.containsKey("title") ? n.get("title").asString(null) : id);
        graphNode.put("type", typeOf(n));
        nodes.putIfAbsent(id, graphNode);
        return out;
    }

    private Map<String, Object> relationship(Relationship r) {
        String id = r.containsKey("id") ? r.get("id").asString(r.elementId()) : r.elementId();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_kind", "relationship");
        out.put("id", id);
        out.put("type", r.type());
        out.put("start", r.startNodeElementId());
        out.put("end", r.endNodeElementId());
        out.put("properties", properties(r.asMap(this::map)));
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", id);
        link.put("type", r.type());
        link.put("polarity", r.containsKey("polarity") ? r.get("polarity").asString(null) : null);
        link.put("source", r.startNodeElementId());
        link.put("target", r.endNodeElementId());
        links.putIfAbsent(id, link);
        return out;
    }

    private static Map<String, Object> properties(Map<String, Object> props) {
        Map<String, Object> out = new LinkedHashMap<>(props);
        out.remove("names");
        return out;
    }

    private static String typeOf(Node n) {
        for (String label : n.labels()) {
            if (!label.equals("Entity")) {
                return label;
            }
        }
        return "Entity";
    }

    /**
     * The graph of everything met: links whose two ends were both returned as nodes (so nothing dangles), with
     * their ends renamed to the nodes' display ids.
     */
    Map<String, Object> graph() {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (var link : links.values()) {
            String source = displayIds.get((String) link.get("source"));
            String target = displayIds.get((String) link.get("target"));
            if (source != null && target != null) {
                Map<String, Object> copy = new LinkedHashMap<>(link);
                copy.put("source", source);
                copy.put("target", target);
                shown.add(copy);
            }
        }
        return Map.of("nodes", new ArrayList<>(nodes.values()), "links", shown);
    }
}
