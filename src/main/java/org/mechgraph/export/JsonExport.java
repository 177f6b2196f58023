package org.mechgraph.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mechgraph.export.Subgraph.Edge;

/**
 * The subgraph as one JSON document in D3's shape ({@code nodes}, {@code links} with {@code source} and
 * {@code target}), with every piece of evidence, the papers it names, and a {@code mechgraph} block saying what the
 * file holds and where its evidence comes from.
 */
public final class JsonExport {

    static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonExport() {
    }

    public static void write(Subgraph g, Writer out) throws IOException {
        Attribution attribution = Attribution.of(g);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", g.title());
        meta.put("summary", attribution.summary());
        meta.put("attribution", attribution.recordSets());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("mechgraph", meta);
        doc.put("nodes", g.nodes());
        doc.put("links", g.edges().stream().map(JsonExport::link).toList());
        doc.put("papers", g.papers());
        JSON.writeValue(out, doc);
        out.write('\n');
    }

    private static Map<String, Object> link(Edge e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("source", e.subject());
        m.put("target", e.object());
        m.put("type", e.type());
        m.put("polarity", e.polarity());
        m.put("evidenceCount", e.evidenceCount());
        m.put("sourceCount", e.sourceCount());
        m.put("evidence", e.evidence());
        return m;
    }
}
