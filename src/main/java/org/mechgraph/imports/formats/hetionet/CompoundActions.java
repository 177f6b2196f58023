package org.mechgraph.imports.formats.hetionet;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mechgraph.model.EffectType;

/**
 * The effect of a compound–binds–gene edge from the actions DrugBank and DrugCentral record for it: an inhibiting
 * action makes it INHIBITS, an activating one ACTIVATES, anything else (substrate, binder, inducer, carrier, none)
 * BINDS. Where a row lists both kinds, inhibition wins, as the more specific claim about the drug's use.
 */
public final class CompoundActions {

    static final Set<String> INHIBITING = Set.of("antagonist", "blocker", "inhibitor", "negative modulator",
            "negative allosteric modulator", "inverse agonist", "allosteric antagonist", "partial antagonist",
            "inhibitor, competitive", "inhibitory allosteric modulator", "suppressor", "conversion inhibitor");
    static final Set<String> ACTIVATING = Set.of("agonist", "partial agonist", "activator", "positive modulator",
            "positive allosteric modulator", "potentiator", "stimulator", "opener");

    private CompoundActions() {
    }

    public static EffectType effect(List<String> actions) {
        List<String> lower = actions.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
        if (lower.stream().anyMatch(INHIBITING::contains)) {
            return EffectType.INHIBITS;
        }
        if (lower.stream().anyMatch(ACTIVATING::contains)) {
            return EffectType.ACTIVATES;
        }
        return EffectType.BINDS;
    }
}
