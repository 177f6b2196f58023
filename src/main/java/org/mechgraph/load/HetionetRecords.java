package org.mechgraph.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mechgraph.load.RecordClaim.Citation;
import org.mechgraph.load.RecordClaim.Term;
import org.mechgraph.model.EffectType;

/**
 * Maps Hetionet v1.0 compound–binds–gene records to claims. Hetionet gives no evidence sentence, so the excerpt is
 * the record itself, cited to Hetionet and to every PubMed id the record carries.
 */
public final class HetionetRecords {

    public static final Map<String, Object> HETIONET = Map.of(
            "id", "doi:10.7554/eLife.26726",
            "kind", "database",
            "title", "Systematic integration of biomedical knowledge prioritizes drugs for repurposing (Hetionet v1.0)",
            "authors", List.of("Himmelstein DS", "Lizee A", "Hessler C", "Brueggeman L", "Chen SL", "Hadley D",
                    "Green A", "Khankhanian P", "Baranzini SE"),
            "year", 2017,
            "venue", "eLife 6:e26726",
            "doi", "10.7554/eLife.26726",
            "url", "https://doi.org/10.7554/eLife.26726");

    private static final Set<String> INHIBITING = Set.of("antagonist", "blocker", "inhibitor", "negative modulator",
            "inverse agonist", "channel blocker");
    private static final Set<String> ACTIVATING = Set.of("agonist", "partial agonist", "positive modulator",
            "activator", "positive allosteric modulator");

    private HetionetRecords() {
    }

    /** Claims from the rows of {@code hetionet_ketamine_edges.tsv} that are ketamine's own compound–gene edges. */
    public static List<RecordClaim> claims(List<Map<String, String>> rows) {
        List<RecordClaim> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            if ("CbG".equals(row.get("metaedge")) && row.get("source").startsWith("Compound::")) {
                out.add(claim(row));
            }
        }
        return out;
    }

    static RecordClaim claim(Map<String, String> row) {
        String drugbank = row.get("source").substring("Compound::".length());
        String gene = row.get("target").substring("Gene::".length());
        String symbol = row.get("target_name");
        List<String> actions = split(row.get("actions"));
        EffectType type = effectOf(actions);
        Term drug = new Term("drugbank", drugbank, drugbank.toLowerCase(), row.get("source_name"), "Drug", "compound",
                row.get("source_name") + " (DrugBank " + drugbank + "), from Hetionet v1.0");
        Term target = new Term("ncbiGene", gene, symbol.toLowerCase(), symbol, "Receptor", categoryOf(row.get("sources")),
                "Gene " + symbol + " (NCBI Gene " + gene + "), a target in Hetionet v1.0");
        String quote = "Hetionet v1.0 " + row.get("metaedge") + ": " + row.get("source_name") + " binds " + symbol
                + "; actions: " + (actions.isEmpty() ? "none recorded" : String.join(", ", actions))
                + "; sources: " + row.get("sources").replace("|", ", ")
                + "; license: " + row.get("license");
        List<Citation> citations = new ArrayList<>();
        citations.add(new Citation(HETIONET, quote, "knowledge-graph record; no evidence sentence exists for it",
                null, "hetionet"));
        for (String pmid : split(row.get("pubmed_ids"))) {
            citations.add(new Citation(pubmed(pmid), quote,
                    "cited by the record's source (" + row.get("sources").replace("|", ", ")
                            + "); the excerpt is the record, not a sentence of the paper",
                    null, "hetionet"));
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("actions", actions);
        props.put("license", row.get("license"));
        return new RecordClaim(drug, type.name(), target, props, citations);
    }

    static EffectType effectOf(List<String> actions) {
        if (actions.stream().anyMatch(INHIBITING::contains)) {
            return EffectType.INHIBITS;
        }
        if (actions.stream().anyMatch(ACTIVATING::contains)) {
            return EffectType.ACTIVATES;
        }
        return EffectType.BINDS;
    }

    private static String categoryOf(String sources) {
        if (sources.contains("(enzyme)")) {
            return "enzyme";
        }
        if (sources.contains("(transporter)")) {
            return "transporter";
        }
        return "drug target";
    }

    static Map<String, Object> pubmed(String pmid) {
        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("id", "pmid:" + pmid);
        paper.put("pmid", pmid);
        paper.put("kind", "peer-reviewed article");
        paper.put("title", "PubMed " + pmid);
        paper.put("url", "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/");
        paper.put("note", "known here only by its PubMed id, as cited by a record");
        return paper;
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
