package org.mechgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mechgraph.export.Subgraph.Edge;
import org.mechgraph.export.Subgraph.Evidence;
import org.mechgraph.export.Subgraph.Node;
import org.mechgraph.export.Subgraph.Paper;

/** A small subgraph with every kind of evidence and paper, and values that need escaping in every format. */
final class Fixtures {

    static final String NASTY = "a \"quoted\" <b>&amp;</b> {braced} 100% $x #1 a_b ~ ^ \\ it's\ttabbed\nnew line, "
            + "μ-opioid ✓ 😀 | piped";

    private Fixtures() {
    }

    static Node node(String id, String name, String type, Map<String, String> xrefs) {
        return new Node(id, name, type, "category of " + name, "about " + name, List.of(name + " synonym"), xrefs,
                List.of());
    }

    static Subgraph subgraph() {
        Map<String, String> ketamineIds = new LinkedHashMap<>();
        ketamineIds.put("chebi", "CHEBI:6121");
        ketamineIds.put("drugbank", "DB01221");
        Map<String, String> morIds = new LinkedHashMap<>();
        morIds.put("ncbiGene", "4988");
        morIds.put("hgnc", "HGNC:8156");
        List<Node> nodes = List.of(
                node("ketamine", "ketamine", "Drug", ketamineIds),
                node("mor", "mu-opioid receptor", "Receptor", morIds),
                new Node("odd", NASTY, "Pathway", null, NASTY, List.of(NASTY, "=1+2"), Map.of(), List.of()),
                node("ampar", "AMPA receptor", "Receptor", Map.of()));
        List<Edge> edges = List.of(
                new Edge("ketamine|ACTIVATES|mor", "ACTIVATES", "positive", "ketamine", "mor", 2, 2, List.of(
                        new Evidence("k1", "quote", "seed:000", "Ketamine activates MOR.", null, null, List.of(),
                                "curated", null, "human", null),
                        new Evidence("k2", "report", "seed:000", "Recent research suggests MOR.", null, "doi:10.1/x",
                                List.of(), "curated", null, null, "as reported"))),
                new Edge("ketamine|BINDS|mor", "BINDS", "neutral", "ketamine", "mor", 1, 1, List.of(
                        new Evidence("k3", "record", "db:hetionet", null, "Hetionet CbG edge (DrugBank target)",
                                null, List.of("pmid:6246318"), "hetionet", "CC BY-NC 4.0", null, null))),
                new Edge("mor|DECREASES|odd", "DECREASES", "negative", "mor", "odd", 1, 1, List.of(
                        new Evidence("k4", "quote", "pmid:30935091", NASTY, null, null, List.of(), "conib",
                                "CC BY 4.0", "mouse", null))),
                new Edge("ketamine|INHIBITS|ampar", "INHIBITS", "negative", "ketamine", "ampar", 1, 1, List.of(
                        new Evidence("k5", "quote", "seed:002", "Ketamine blocks AMPA receptors.", null, null,
                                List.of(), "curated", null, null, null))),
                new Edge("ketamine|INCREASES|odd", "INCREASES", "positive", "ketamine", "odd", 1, 1, List.of(
                        new Evidence("k6", "quote", "seed:002", "It raises it.", null, null, List.of(), "curated",
                                null, null, null))));
        List<Paper> papers = List.of(
                new Paper("db:hetionet", "database", "Hetionet v1.0", List.of("Himmelstein DS"), 2017, null,
                        "eLife 6:e26726", null, null, "10.7554/eLife.26726", null, null),
                new Paper("doi:10.1/x", "review", "Redefining Ketamine Pharmacology for Antidepressant Action: "
                        + "Synergistic NMDA and Opioid Receptor Interactions?", List.of("Levinstein MR",
                        "Zarate CA Jr"), 2025, null, "American Journal of Psychiatry 182(3):247\u2013258", null, null,
                        "10.1/x", null, null),
                new Paper("pmid:30935091", "journal article", "A {braced} title & more_stuff", List.of(), 2019,
                        "2019-04-02", "Neuropharmacology", null, null, null, "30935091", null),
                new Paper("pmid:6246318", null, null, List.of(), null, null, null, null, null, null, "6246318", null),
                new Paper("seed:000", "web article", "Ketamine: From Rave to Relief", List.of(), null, null, null,
                        null, null, null, null, null),
                new Paper("seed:002", "web article", "Ketamine \u2013 The Most Powerful Treatment", List.of(), null,
                        null, null, null, null, null, null, null));
        return new Subgraph("ketamine to \"odd\"", nodes, edges, papers);
    }

    /**
     * What the default corpus's imports add: a Hetionet gene known only by the identifiers merged into it, a disease
     * and a biological process; a Hetionet record citing two bare PubMed ids, and a CONIB quote of a bare PubMed id.
     */
    static Subgraph imported() {
        List<Node> nodes = List.of(
                new Node("ketamine", "ketamine", "Drug", null, null, List.of(), Map.of("chebi", "CHEBI:6121"),
                        List.of("chebi:6121", "drugbank:DB01221", "hetionet:Compound::DB01221", "mechgraph:ketamine")),
                new Node("cyp2b6", "CYP2B6", "Gene", null, "Gene 1555 in Hetionet v1.0", List.of(), Map.of(),
                        List.of("hetionet:Gene::1555", "hgnc.symbol:CYP2B6", "mechgraph:cyp2b6", "ncbigene:1555")),
                new Node("alcohol-dependence", "alcohol dependence", "Disease", null, null, List.of(), Map.of(),
                        List.of("doid:0050741", "doid.name:alcohol dependence", "hetionet:Disease::DOID:0050741",
                                "mechgraph:alcohol-dependence")),
                new Node("synaptic-transmission", "synaptic transmission", "BiologicalProcess", null, null, List.of(),
                        Map.of(), List.of("go:0007268", "go.name:synaptic transmission")));
        List<Edge> edges = List.of(
                new Edge("ketamine|BINDS|cyp2b6", "BINDS", "neutral", "ketamine", "cyp2b6", 1, 1, List.of(
                        new Evidence("r1", "record", "db:hetionet", null, "Hetionet v1.0 CbG edge (Compound binds "
                                + "Gene; sources: DrugBank (enzyme); actions: substrate); licence CC BY-NC 4.0", null,
                                List.of("pmid:19515014", "pmid:19934256"), "hetionet", "CC BY-NC 4.0", null, null))),
                new Edge("cyp2b6|ASSOCIATED_WITH|alcohol-dependence", "ASSOCIATED_WITH", "neutral", "cyp2b6",
                        "alcohol-dependence", 1, 1, List.of(
                        new Evidence("r2", "record", "db:hetionet", null, "Hetionet v1.0 DaG edge", null, List.of(),
                                "hetionet", "CC BY 4.0", null, null))),
                new Edge("ketamine|DECREASES|synaptic-transmission", "DECREASES", "negative", "ketamine",
                        "synaptic-transmission", 1, 1, List.of(
                        new Evidence("q1", "quote", "pmid:20000001", "Ketamine reduced synaptic transmission.", null,
                                null, List.of(), "conib", "CC BY 4.0", "rat", null))));
        List<Paper> papers = List.of(
                new Paper("db:hetionet", "database", "Hetionet v1.0", List.of("Himmelstein DS"), 2017, null,
                        "eLife 6:e26726", null, "https://het.io", "10.7554/eLife.26726", null, null),
                new Paper("pmid:19515014", null, null, List.of(), null, null, null, null, null, null, "19515014", null),
                new Paper("pmid:19934256", null, null, List.of(), null, null, null, null, null, null, "19934256", null),
                new Paper("pmid:20000001", null, null, List.of(), null, null, null, null, null, null, "20000001",
                        null));
        return new Subgraph("neighbours of ketamine", nodes, edges, papers);
    }
}
