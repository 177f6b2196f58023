package org.mechgraph.imports.formats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entity labels imports create, and the Biolink category of each (both ways, so a KGX file mechgraph wrote reads
 * back with the labels it had). The curated corpus uses the first four; imports add the rest.
 */
public final class Labels {

    public static final String DRUG = "Drug";
    public static final String RECEPTOR = "Receptor";
    public static final String PATHWAY = "Pathway";
    public static final String OUTCOME = "Outcome";
    public static final String GENE = "Gene";
    public static final String CHEMICAL = "Chemical";
    public static final String COMPLEX = "Complex";
    public static final String PROCESS = "BiologicalProcess";
    public static final String DISEASE = "Disease";
    public static final String PHENOTYPE = "Phenotype";
    public static final String ANATOMY = "Anatomy";

    public static final Set<String> ALL = Set.of(DRUG, RECEPTOR, PATHWAY, OUTCOME, GENE, CHEMICAL, COMPLEX, PROCESS,
            DISEASE, PHENOTYPE, ANATOMY);

    /** Each label's Biolink category, as a KGX export writes it. */
    public static final Map<String, String> BIOLINK = Map.ofEntries(
            Map.entry(DRUG, "biolink:Drug"),
            Map.entry(RECEPTOR, "biolink:Protein"),
            Map.entry(PATHWAY, "biolink:BiologicalProcessOrActivity"),
            Map.entry(OUTCOME, "biolink:DiseaseOrPhenotypicFeature"),
            Map.entry(GENE, "biolink:Gene"),
            Map.entry(CHEMICAL, "biolink:ChemicalEntity"),
            Map.entry(COMPLEX, "biolink:MacromolecularComplex"),
            Map.entry(PROCESS, "biolink:BiologicalProcess"),
            Map.entry(DISEASE, "biolink:Disease"),
            Map.entry(PHENOTYPE, "biolink:PhenotypicFeature"),
            Map.entry(ANATOMY, "biolink:AnatomicalEntity"));

    private static final Map<String, String> FROM_BIOLINK = new LinkedHashMap<>();

    static {
        BIOLINK.forEach((label, category) -> FROM_BIOLINK.put(category, label));
        for (String c : new String[] {"Protein", "Polypeptide"}) {
            FROM_BIOLINK.put("biolink:" + c, RECEPTOR);
        }
        for (String c : new String[] {"GeneProduct", "RNAProduct", "Transcript", "NoncodingRNAProduct",
                "MicroRNA", "GeneOrGeneProduct", "SequenceVariant", "Genotype"}) {
            FROM_BIOLINK.put("biolink:" + c, GENE);
        }
        for (String c : new String[] {"SmallMolecule", "MolecularEntity", "ChemicalSubstance", "ChemicalMixture",
                "ChemicalOrDrugOrTreatment", "NucleicAcidEntity", "ProcessedMaterial", "Food"}) {
            FROM_BIOLINK.put("biolink:" + c, CHEMICAL);
        }
        for (String c : new String[] {"ProteinFamily", "GeneFamily", "ProteinDomain", "GeneGroupingMixin"}) {
            FROM_BIOLINK.put("biolink:" + c, COMPLEX);
        }
        for (String c : new String[] {"MolecularActivity", "PhysiologicalProcess", "BiologicalProcessOrActivity",
                "Behavior"}) {
            FROM_BIOLINK.putIfAbsent("biolink:" + c, PROCESS);
        }
        FROM_BIOLINK.put("biolink:Pathway", PATHWAY);
        FROM_BIOLINK.put("biolink:ClinicalFinding", PHENOTYPE);
        for (String c : new String[] {"CellularComponent", "Cell", "GrossAnatomicalStructure", "AnatomicalEntity",
                "CellLine", "Tissue"}) {
            FROM_BIOLINK.putIfAbsent("biolink:" + c, ANATOMY);
        }
    }

    private Labels() {
    }

    /** The label of a Biolink category, if it is one mechgraph knows. */
    public static Optional<String> fromBiolink(String category) {
        return Optional.ofNullable(FROM_BIOLINK.get(category));
    }
}
