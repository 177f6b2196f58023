package org.mechgraph.imports.formats.kgx;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mechgraph.model.EffectType;

/**
 * Biolink predicates as mechgraph effects. Causal predicates ({@code biolink:affects}, {@code causes},
 * {@code regulates}, {@code contributes_to}) take their sign from {@code object_direction_qualifier}: increased
 * gives INCREASES (ACTIVATES when {@code object_aspect_qualifier} is {@code activity}), decreased DECREASES (or
 * INHIBITS). Identity and homology predicates are skipped with a reason; any other predicate is an error.
 */
final class BiolinkPredicates {

    /** What one predicate becomes: an effect (turned around when {@code swap}), or a skip with its reason. */
    record Mapping(EffectType effect, boolean swap, String skipReason) {
    }

    private static final Map<String, Mapping> FIXED = new HashMap<>();
    /** Causal predicates and the effect they have when no direction qualifier is given. */
    private static final Map<String, EffectType> CAUSAL = Map.of(
            "affects", EffectType.ASSOCIATED_WITH,
            "regulates", EffectType.ASSOCIATED_WITH,
            "entity_regulates_entity", EffectType.ASSOCIATED_WITH,
            "causes", EffectType.CAUSES,
            "contributes_to", EffectType.CAUSES,
            "has_effect", EffectType.ASSOCIATED_WITH);

    static {
        put(EffectType.INCREASES, false, "positively_regulates", "upregulates", "increases_amount_or_activity_of",
                "increases_activity_of", "increases_expression_of", "increases_abundance_of",
                "entity_positively_regulates_entity", "process_positively_regulates_process");
        put(EffectType.DECREASES, false, "negatively_regulates", "downregulates", "decreases_amount_or_activity_of",
                "decreases_activity_of", "decreases_expression_of", "decreases_abundance_of",
                "entity_negatively_regulates_entity", "process_negatively_regulates_process");
        put(EffectType.TREATS, false, "treats", "treats_or_applied_or_studied_to_treat", "ameliorates",
                "ameliorates_condition", "prevents", "preventative_for_condition");
        put(EffectType.CAUSES, false, "causes_adverse_event", "has_adverse_event", "has_side_effect", "produces");
        put(EffectType.BINDS, false, "interacts_with", "physically_interacts_with",
                "directly_physically_interacts_with", "molecularly_interacts_with", "binds");
        put(EffectType.ASSOCIATED_WITH, false, "related_to", "associated_with", "correlated_with",
                "positively_correlated_with", "negatively_correlated_with", "coexpressed_with",
                "gene_associated_with_condition", "condition_associated_with_gene", "genetically_associated_with",
                "genetically_interacts_with", "has_phenotype", "expressed_in", "expresses", "biomarker_for",
                "has_biomarker", "similar_to", "chemically_similar_to", "colocalizes_with", "occurs_in",
                "disease_has_location");
        put(EffectType.PART_OF, false, "part_of", "actively_involved_in", "participates_in", "enables",
                "involved_in", "capable_of", "member_of", "located_in", "is_active_in");
        put(EffectType.PART_OF, true, "has_part", "has_participant", "has_member", "has_active_participant");
        put(EffectType.FORM_OF, false, "subclass_of");
        for (String p : new String[] {"orthologous_to", "homologous_to", "paralogous_to", "xenologous_to",
                "same_as", "exact_match", "close_match", "broad_match", "narrow_match", "xref"}) {
            FIXED.put("biolink:" + p, new Mapping(null, false,
                    "biolink:" + p + ": identity or homology between two ids, not an effect"));
        }
    }

    private static void put(EffectType effect, boolean swap, String... predicates) {
        for (String p : predicates) {
            FIXED.put("biolink:" + p, new Mapping(effect, swap, null));
        }
    }

    private BiolinkPredicates() {
    }

    /** The mapping of a predicate with its qualifiers, or empty for a predicate not in the table. */
    static Optional<Mapping> of(String predicate, String direction, String aspect) {
        String local = predicate.startsWith("biolink:") ? predicate.substring("biolink:".length()) : null;
        if (local != null && CAUSAL.containsKey(local)) {
            boolean activity = "activity".equals(aspect);
            if ("increased".equals(direction) || "upregulated".equals(direction)) {
                return Optional.of(new Mapping(activity ? EffectType.ACTIVATES : EffectType.INCREASES, false, null));
            }
            if ("decreased".equals(direction) || "downregulated".equals(direction)) {
                return Optional.of(new Mapping(activity ? EffectType.INHIBITS : EffectType.DECREASES, false, null));
            }
            return Optional.of(new Mapping(CAUSAL.get(local), false, null));
        }
        return Optional.ofNullable(FIXED.get(predicate));
    }
}
