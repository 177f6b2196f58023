package org.mechgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mechgraph.export.Subgraph.Edge;
import org.mechgraph.export.Subgraph.Evidence;
import org.mechgraph.export.Subgraph.Node;
import org.mechgraph.export.Subgraph.Paper;

/**
 * GraphML as Cytoscape and Gephi read it: every attribute declared by a {@code <key>} with its {@code attr.type};
 * {@code label} on nodes and edges (the name Gephi shows), the entity type, polarity and evidence counts as
 * columns, and the evidence itself as readable text. The JDK's XML writer does the escaping; characters XML 1.0
 * cannot hold at all (control characters other than tab and line breaks) are dropped.
 */
public final class GraphmlExport {

    private record Key(String id, String target, String name, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("attribution", "graph", "attribution", "string"),
            new Key("label", "node", "label", "string"),
            new Key("type", "node", "type", "string"),
            new Key("category", "node", "category", "string"),
            new Key("description", "node", "description", "string"),
            new Key("synonyms", "node", "synonyms", "string"),
            new Key("xrefs", "node", "xrefs", "string"),
            new Key("identifiers", "node", "identifiers", "string"),
            new Key("elabel", "edge", "label", "string"),
            new Key("etype", "edge", "type", "string"),
            new Key("polarity", "edge", "polarity", "string"),
            new Key("evidenceCount", "edge", "evidenceCount", "int"),
            new Key("sourceCount", "edge", "sourceCount", "int"),
            new Key("evidenceKinds", "edge", "evidenceKinds", "string"),
            new Key("sources", "edge", "sources", "string"),
            new Key("licenses", "edge", "licenses", "string"),
            new Key("evidence", "edge", "evidence", "string"));

    private GraphmlExport() {
    }

    public static void write(Subgraph g, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeComment(" " + clean(String.join("\n     ", Attribution.of(g).lines())).replace("--", "- -") + " ");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.writeAttribute("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns "
                    + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (Key k : KEYS) {
                x.writeCharacters("\n  ");
                x.writeEmptyElement("key");
                x.writeAttribute("id", k.id());
                x.writeAttribute("for", k.target());
                x.writeAttribute("attr.name", k.name());
                x.writeAttribute("attr.type", k.type());
            }
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "mechgraph");
            x.writeAttribute("edgedefault", "directed");
            data(x, "attribution", String.join("\n", Attribution.of(g).lines()), "\n    ");
            for (Node n : g.nodes()) {
                node(x, n);
            }
            var papers = g.papersById();
            for (Edge e : g.edges()) {
                edge(x, e, id -> papers.get(id));
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("GraphML could not be written: " + e.getMessage(), e);
        }
    }

    private static void node(XMLStreamWriter x, Node n) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("node");
        x.writeAttribute("id", clean(n.id()));
        data(x, "label", n.name() != null ? n.name() : n.id(), "\n      ");
        data(x, "type", n.type(), "\n      ");
        data(x, "category", n.category(), "\n      ");
        data(x, "description", n.description(), "\n      ");
        data(x, "synonyms", n.synonyms().isEmpty() ? null : String.join("; ", n.synonyms()), "\n      ");
        List<String> xrefs = new ArrayList<>();
        n.xrefs().forEach((k, v) -> xrefs.add(k + ":" + v));
        data(x, "xrefs", xrefs.isEmpty() ? null : String.join("; ", xrefs), "\n      ");
        data(x, "identifiers", n.identifiers().isEmpty() ? null : String.join("; ", n.identifiers()), "\n      ");
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void edge(XMLStreamWriter x, Edge e, Function<String, Paper> papers) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("edge");
        x.writeAttribute("id", clean(e.id()));
        x.writeAttribute("source", clean(e.subject()));
        x.writeAttribute("target", clean(e.object()));
        String pad = "\n      ";
        data(x, "elabel", e.type().toLowerCase().replace('_', ' '), pad);
        data(x, "etype", e.type(), pad);
        data(x, "polarity", e.polarity(), pad);
        data(x, "evidenceCount", String.valueOf(e.evidenceCount()), pad);
        data(x, "sourceCount", String.valueOf(e.sourceCount()), pad);
        data(x, "evidenceKinds", joined(e, Evidence::kind), pad);
        data(x, "sources", joined(e, Evidence::source), pad);
        data(x, "licenses", joined(e, Evidence::license), pad);
        data(x, "evidence", String.join("\n", e.evidence().stream().map(ev -> readable(ev, papers)).toList()), pad);
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    /** A piece of evidence as a reader would cite it: who, what kind, and the words or the record. */
    static String readable(Evidence ev, Function<String, Paper> papers) {
        String who = name(papers.apply(ev.paperId()), ev.paperId());
        return switch (ev.kind()) {
            case "report" -> who + " reports " + name(papers.apply(ev.reports()), ev.reports()) + ": \u201c"
                    + ev.quote() + "\u201d";
            case "record" -> who + " record: " + ev.record() + (ev.references().isEmpty() ? ""
                    : " (cites " + String.join(", ", ev.references().stream()
                            .map(id -> name(papers.apply(id), id)).toList()) + ")");
            default -> who + ": \u201c" + ev.quote() + "\u201d";
        };
    }

    /** A paper's title and year; a paper known only by its PubMed id is "PubMed n", never given a made-up title. */
    private static String name(Paper p, String id) {
        if (p == null || p.title() == null) {
            String pmid = p != null && p.pmid() != null ? p.pmid() : id.startsWith("pmid:") ? id.substring(5) : null;
            return pmid != null ? "PubMed " + pmid : id;
        }
        return p.title() + (p.year() != null ? " (" + p.year() + ")" : "");
    }

    private static String joined(Edge e, Function<Evidence, String> field) {
        String values = e.distinct(field);
        return values.isEmpty() ? null : values;
    }

    private static void data(XMLStreamWriter x, String key, String value, String pad) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeCharacters(pad);
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(clean(value));
        x.writeEndElement();
    }

    /** {@code s} without the characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/F). */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(GraphmlExport::allowed).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
