package org.mechgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphmlExportTest {

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String graphml(Subgraph g) throws Exception {
        var out = new StringWriter();
        GraphmlExport.write(g, out);
        return out.toString();
    }

    private static Map<String, String> data(Element e) {
        Map<String, String> out = new HashMap<>();
        NodeList list = e.getElementsByTagName("data");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            out.put(d.getAttribute("key"), d.getTextContent());
        }
        return out;
    }

    @Test
    void aStandardXmlParserReadsEveryNodeAndEdge() throws Exception {
        Document doc = parse(graphml(Fixtures.subgraph()));
        assertEquals("graphml", doc.getDocumentElement().getLocalName());
        assertEquals("http://graphml.graphdrawing.org/xmlns", doc.getDocumentElement().getNamespaceURI());
        assertEquals(4, doc.getElementsByTagName("node").getLength());
        assertEquals(5, doc.getElementsByTagName("edge").getLength());
    }

    @Test
    void markupQuotesTabsNewlinesAndUnicodeComeBackExactly() throws Exception {
        Document doc = parse(graphml(Fixtures.subgraph()));
        NodeList nodes = doc.getElementsByTagName("node");
        Element odd = null;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("id").equals("odd")) {
                odd = (Element) nodes.item(i);
            }
        }
        assertEquals(Fixtures.NASTY, data(odd).get("label"));
        assertTrue(graphml(Fixtures.subgraph()).contains("&lt;b&gt;&amp;amp;&lt;/b&gt;")
                || graphml(Fixtures.subgraph()).contains("&lt;b>&amp;amp;&lt;/b>"));
    }

    @Test
    void everyDataKeyIsDeclaredWithItsTypeAndCountsAreIntegers() throws Exception {
        Document doc = parse(graphml(Fixtures.subgraph()));
        Map<String, Element> keys = new HashMap<>();
        NodeList list = doc.getElementsByTagName("key");
        for (int i = 0; i < list.getLength(); i++) {
            Element k = (Element) list.item(i);
            assertFalse(k.getAttribute("attr.type").isEmpty(), k.getAttribute("id"));
            keys.put(k.getAttribute("id"), k);
        }
        NodeList data = doc.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            assertTrue(keys.containsKey(((Element) data.item(i)).getAttribute("key")));
        }
        assertEquals("int", keys.get("evidenceCount").getAttribute("attr.type"));
        assertEquals("label", keys.get("label").getAttribute("attr.name"));
        assertEquals("label", keys.get("elabel").getAttribute("attr.name"));
        Element edge = (Element) doc.getElementsByTagName("edge").item(0);
        assertEquals("2", data(edge).get("evidenceCount"));
        assertEquals("positive", data(edge).get("polarity"));
        assertEquals("activates", data(edge).get("elabel"));
    }

    @Test
    void theAttributionTravelsAsAGraphAttributeAndAComment() throws Exception {
        String xml = graphml(Fixtures.subgraph());
        assertTrue(xml.contains("<!-- mechgraph export"));
        assertTrue(xml.contains("NON-COMMERCIAL: DrugBank-derived Hetionet edges are CC BY-NC 4.0"));
        assertTrue(xml.contains("CONIB"));
        Element graph = (Element) parse(xml).getElementsByTagName("graph").item(0);
        assertTrue(data(graph).get("attribution").contains("Hetionet v1.0"));
    }

    @Test
    void charactersXmlCannotHoldAreDroppedNotWritten() throws Exception {
        var n = new Subgraph.Node("x", "bell\u0007 and \u0000 null\uD800", "Drug", null, null, java.util.List.of(),
                Map.of(), java.util.List.of());
        var g = new Subgraph("t", java.util.List.of(n), java.util.List.of(), java.util.List.of());
        Element node = (Element) parse(graphml(g)).getElementsByTagName("node").item(0);
        assertEquals("bell and  null", data(node).get("label"));
    }
}
