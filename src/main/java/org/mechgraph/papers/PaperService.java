package org.mechgraph.papers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mechgraph.db.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A paper with the evidence it holds (its quotes, its reports of other works, its records), the reports other
 * sources make of it, what it cites and who cites it.
 */
public final class PaperService {

    /**
     * One piece of evidence: {@code source} holds the sentence or row, {@code reports} is the work a report
     * describes; {@code evidence} is {@code quote}, {@code report} or {@code record}.
     */
    public record Claim(String effect, String type, String polarity, String subjectId, String subjectName,
                        String objectId, String objectName, String evidence, String quote, String record,
                        String note, String source, String sourceTitle, String reports, String reportsTitle) {
    }

    /** Another paper at the end of a citation edge. */
    public record Link(String id, String title, Integer year, String kind, String context) {
    }

    public record Detail(Map<String, Object> paper, List<Claim> supports, List<Claim> reportedBy, List<Link> cites,
                         List<Link> citedBy) {
    }

    private static final String DETAIL = """
            MATCH (p:Paper {id: $id})
            RETURN properties(p) AS paper,
              COLLECT {
                MATCH (p)-[k:CLAIMS]->(s:Entity)-[r]->(o:Entity)
                WHERE r.id = k.effect
                OPTIONAL MATCH (w:Paper {id: k.reports})
                RETURN {effect: r.id, type: type(r), polarity: r.polarity, subjectId: s.id, subjectName: s.name,
                        objectId: o.id, objectName: o.name, evidence: coalesce(k.evidence, 'quote'),
                        quote: k.quote, record: k.record, note: k.note, source: p.id, sourceTitle: p.title,
                        reports: w.id, reportsTitle: w.title}
              } AS supports,
              COLLECT {
                MATCH (q:Paper)-[k:CLAIMS {reports: p.id}]->(s:Entity)-[r]->(o:Entity)
                WHERE r.id = k.effect
                RETURN {effect: r.id, type: type(r), polarity: r.polarity, subjectId: s.id, subjectName: s.name,
                        objectId: o.id, objectName: o.name, evidence: k.evidence, quote: k.quote,
                        record: k.record, note: k.note, source: q.id, sourceTitle: q.title,
                        reports: p.id, reportsTitle: p.title}
              } AS reportedBy,
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
                r.get("supports").asList(PaperService::claim),
                r.get("reportedBy").asList(PaperService::claim),
                r.get("cites").asList(PaperService::link),
                r.get("citedBy").asList(PaperService::link));
    }

    private static Claim claim(Value v) {
        return new Claim(v.get("effect").asString(), v.get("type").asString(), v.get("polarity").asString(null),
                v.get("subjectId").asString(), v.get("subjectName").asString(null), v.get("objectId").asString(),
                v.get("objectName").asString(null), v.get("evidence").asString(null), v.get("quote").asString(null),
                v.get("record").asString(null), v.get("note").asString(null), v.get("source").asString(),
                v.get("sourceTitle").asString(null), v.get("reports").asString(null),
                v.get("reportsTitle").asString(null));
    }

    private static Link link(Value v) {
        return new Link(v.get("id").asString(), v.get("title").asString(null),
                v.get("year").isNull() ? null : v.get("year").asInt(), v.get("kind").asString(null),
                v.get("context").asString(null));
    }
}
