package org.mechgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mechgraph.export.Subgraph.Edge;
import org.mechgraph.export.Subgraph.Evidence;

/**
 * Who the exported evidence comes from and under which licence, read from each piece of evidence's {@code source}
 * and {@code license}. Every format carries these lines (a header comment, a metadata block, a README in a zip, or
 * a note on each reference), so the licence of imported data travels with it.
 */
public final class Attribution {

    static final String HETIONET = "Hetionet v1.0: Himmelstein DS, Lizee A, Hessler C, Brueggeman L, Chen SL, "
            + "Hadley D, Green A, Khankhanian P, Baranzini SE (2017) Systematic integration of biomedical knowledge "
            + "prioritizes drugs for repurposing. eLife 6:e26726, doi:10.7554/eLife.26726. Hetionet is CC0 1.0; each "
            + "record keeps the licence of the resource it comes from";
    static final String DRUGBANK = "NON-COMMERCIAL: DrugBank-derived Hetionet edges are CC BY-NC 4.0; they may be "
            + "reused for non-commercial purposes only, with attribution to DrugBank";
    static final String CONIB = "CONIB (Curation of Neurodegeneration in BEL): Fraunhofer SCAI, Human Brain "
            + "Pharmacome project, doi:10.5281/zenodo.3385895; CC BY 4.0, attribute Fraunhofer SCAI";
    static final String CURATED = "Curated seed articles (the mechgraph corpus): web articles and the works they "
            + "cite, quoted verbatim for research; the words remain their authors' and publishers'";

    private final String title;
    private final int entities;
    private final int effects;
    private final Map<String, List<Evidence>> bySource = new TreeMap<>();

    private Attribution(Subgraph g) {
        this.title = g.title();
        this.entities = g.nodes().size();
        this.effects = g.edges().size();
        for (Edge e : g.edges()) {
            for (Evidence ev : e.evidence()) {
                bySource.computeIfAbsent(ev.source(), k -> new ArrayList<>()).add(ev);
            }
        }
    }

    public static Attribution of(Subgraph g) {
        return new Attribution(g);
    }

    /** One line saying what the export holds. */
    public String summary() {
        int pieces = bySource.values().stream().mapToInt(List::size).sum();
        return "mechgraph export: " + title + "; " + entities + " entities, " + effects + " effects, " + pieces
                + " pieces of evidence";
    }

    /** One line per record set present (and one for the non-commercial DrugBank edges when present). */
    public List<String> recordSets() {
        List<String> out = new ArrayList<>();
        bySource.forEach((source, evidence) -> {
            String count = " [" + evidence.size() + " pieces of evidence]";
            switch (source) {
                case "curated" -> out.add(CURATED + count);
                case "hetionet" -> {
                    out.add(HETIONET + " (here: " + licences(evidence) + ")" + count);
                    if (evidence.stream().anyMatch(ev -> isDrugBank(ev))) {
                        out.add(DRUGBANK);
                    }
                }
                case "conib" -> out.add(CONIB + count);
                default -> out.add(describe(source) + "; licence: " + licences(evidence) + count);
            }
        });
        return out;
    }

    /** The summary, then the record sets: the block every export starts with or carries. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(summary());
        out.add("Sources and licences of the evidence in this export:");
        recordSets().forEach(s -> out.add("- " + s));
        return out;
    }

    /** The record sets through which a paper is cited here, for a note on its reference. */
    public static String citedThrough(Subgraph g, String paperId) {
        var sets = new TreeSet<String>();
        for (Edge e : g.edges()) {
            for (Evidence ev : e.evidence()) {
                if (ev.papers().contains(paperId)) {
                    sets.add(switch (ev.source()) {
                        case "curated" -> "the curated seed articles";
                        case "hetionet" -> "Hetionet v1.0 records (" + (isDrugBank(ev)
                                ? "DrugBank-derived, CC BY-NC 4.0, non-commercial"
                                : "CC0 1.0 with per-source licences") + ")";
                        case "conib" -> "CONIB (Fraunhofer SCAI, CC BY 4.0)";
                        default -> describe(ev.source());
                    });
                }
            }
        }
        return sets.isEmpty() ? null : "Cited in mechgraph by " + String.join("; ", sets);
    }

    static boolean isDrugBank(Evidence ev) {
        return ev.license() != null && ev.license().contains("NC")
                || ev.record() != null && ev.record().contains("DrugBank") && ev.license() == null;
    }

    private static String describe(String source) {
        if (source.startsWith("kgx:")) {
            return "KGX import, primary knowledge source " + source.substring(4);
        }
        if (source.startsWith("claims:")) {
            return "Claims file " + source.substring(7);
        }
        return "Record set " + source;
    }

    private static String licences(List<Evidence> evidence) {
        var set = new TreeSet<String>();
        evidence.forEach(ev -> set.add(ev.license() == null ? "not stated" : ev.license()));
        return String.join(", ", set);
    }
}
