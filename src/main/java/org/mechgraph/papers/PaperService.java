package org.mechgraph.papers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mechgraph.db.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A paper with what it claims, what it cites and who cites it. */
public final class PaperService {

    /** One claim the paper makes, with its words. */
    public record Claim(String effect, String type, String polarity, String subjectId, String subjectName,
                        String objectId, String objectName, String quote, String note, String quotedIn) {
    }

    /** Another paper at the end of a citation edge. */
    public record Link(String id, String title, Integer year, String kind, String context) {
    }

    public record Detail(Map<String, Object> paper, List<Claim> supports, List<Link> cites, List<Link> citedBy) {
    }

    private static final String DETAIL = """
            MATCH (p:Paper {id: $id})
            RETURN properties(p) AS paper,
              COLLECT {
                MATCH (p)-[k:CLAIMS]->(s:Entity)-[r]->(o:Entity)
                WHERE r.id = k.effect
                RETURN {effect: r.id, type: type(r), polarity: r.polarity, subjectId: s.id, subjectName: s.name,
                        objectId: o.id, objectName: o.name, quote: k.quote, note: k.note, quotedIn: k.quotedIn}
              } AS supports,
              COLLECT {
                MATCH (p)-[c:CITES]->(q:Paper)
                RETURN {id: q.id, title: q.title, year: q.year, kind: q.kind, context: c.context}
              } AS cites,
              COLLECT {
                MATCH (q:Paper)-[c:CITES]->(p)
                RETURN {id: q.id, title: q.title, year: q.year, kind: q.kind, context: c.context}
              } AS citedBy
            """;

    private final Graph graph;

    public PaperService(Graph graph) {
        this.graph = graph;
    }

    public Optional<Detail> detail(String id) {
        return graph.read(DETAIL, Map.of("id", id), PaperService::detail).stream().findFirst();
    }

    static Detail detail(Record r) {
        return new Detail(new LinkedHashMap<>(r.get("paper").asMap()),
                r.get("supports").asList(v -> new Claim(v.get("effect").asString(), v.get("type").asString(),
                        v.get("polarity").asString(null), v.get("subjectId").asString(),
                        v.get("subjectName").asString(null), v.get("objectId").asString(),
                        v.get("objectName").asString(null), v.get("quote").asString(null),
                        v.get("note").asString(null), v.get("quotedIn").asString(null))),
                r.get("cites").asList(PaperService::link),
                r.get("citedBy").asList(PaperService::link));
    }

    private static Link link(Value v) {
        return new Link(v.get("id").asString(), v.get("title").asString(null),
                v.get("year").isNull() ? null : v.get("year").asInt(), v.get("kind").asString(null),
                v.get("context").asString(null));
    }
}
