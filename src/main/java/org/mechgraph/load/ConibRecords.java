package org.mechgraph.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mechgraph.load.RecordClaim.Citation;
import org.mechgraph.load.RecordClaim.Term;
import org.mechgraph.model.EffectType;

/**
 * Maps CONIB statements (BEL subject–relation–object with PubMed id and the curator's evidence sentence) to claims.
 * Relations without a mechanistic reading (hasVariant, partOf of complexes, …) are skipped.
 */
public final class ConibRecords {

    private static final Map<String, EffectType> RELATIONS = Map.of(
            "increases", EffectType.INCREASES,
            "directlyIncreases", EffectType.INCREASES,
            "decreases", EffectType.DECREASES,
            "directlyDecreases", EffectType.DECREASES,
            "positiveCorrelation", EffectType.ASSOCIATED_WITH,
            "negativeCorrelation", EffectType.ASSOCIATED_WITH,
            "association", EffectType.ASSOCIATED_WITH,
            "isA", EffectType.ASSOCIATED_WITH);

    private static final Map<String, String> SPECIES = Map.of("9606", "human", "10090", "mouse", "10116", "rat");

    private ConibRecords() {
    }

    public static List<RecordClaim> claims(List<Map<String, String>> rows) {
        List<RecordClaim> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            claim(row).ifPresent(out::add);
        }
        return out;
    }

    static Optional<RecordClaim> claim(Map<String, String> row) {
        EffectType type = RELATIONS.get(row.get("relation"));
        String evidence = row.getOrDefault("evidence", "");
        if (type == null || evidence.isBlank() || !"pubmed".equals(row.get("citation_db"))) {
            return Optional.empty();
        }
        Term subject = term(row.get("subject_namespace"), row.get("subject_name"), row.get("subject_function"),
                row.get("subject_bel"));
        Term object = term(row.get("object_namespace"), row.get("object_name"), row.get("object_function"),
                row.get("object_bel"));
        String species = row.get("species");
        Citation citation = new Citation(paper(row), evidence,
                "CONIB curation (Fraunhofer SCAI), " + row.get("document") + " line " + row.get("line")
                        + "; BEL: " + row.get("subject_bel") + " " + row.get("relation") + " " + row.get("object_bel"),
                SPECIES.getOrDefault(species, species.isBlank() ? null : "NCBI taxon " + species), "conib");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("bel", row.get("relation"));
        return Optional.of(new RecordClaim(subject, type.name(), object, props, List.of(citation)));
    }

    /**
     * A BEL term as an entity. Phosphorylated forms are entities of their own, so "increases GSK3B
     * Ser-phosphorylation" is never read as "increases GSK3B".
     */
    static Term term(String namespace, String name, String function, String bel) {
        boolean phospho = bel.contains("pmod(") && bel.contains("phosphorylation");
        String residue = phospho && bel.contains("Ser") ? "Ser" : phospho && bel.contains("Thr") ? "Thr" : "";
        String base = slug(name);
        String id = phospho ? base + "-p" + residue.toLowerCase() : base;
        String displayName = phospho ? name + " (" + residue + "-phosphorylated)" : name;
        String label = switch (function) {
            case "Protein", "Complex", "RNA", "Gene" -> phospho ? "Pathway" : "Receptor";
            case "Pathology" -> "Outcome";
            case "BiologicalProcess" -> "Pathway";
            default -> "CHEBI".equals(namespace) || "MESH".equals(namespace) ? "Drug" : "Pathway";
        };
        String description = displayName + " (" + namespace + ":" + name + "), from CONIB";
        return new Term("id", id, id, displayName, label, function.toLowerCase(), description);
    }

    static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Map<String, Object> paper(Map<String, String> row) {
        Map<String, Object> paper = new LinkedHashMap<>(HetionetRecords.pubmed(row.get("citation_id")));
        paper.put("title", row.get("citation_title"));
        paper.put("venue", row.get("journal"));
        String date = row.getOrDefault("pub_date", "");
        if (date.length() >= 4) {
            paper.put("year", Integer.parseInt(date.substring(0, 4)));
            paper.put("date", date);
        }
        paper.put("note", "PubMed " + row.get("citation_id") + ", as curated in CONIB (Fraunhofer SCAI)");
        return paper;
    }
}
