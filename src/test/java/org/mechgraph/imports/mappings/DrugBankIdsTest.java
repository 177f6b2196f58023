package org.mechgraph.imports.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrugBankIdsTest {

    @Test
    void ketamineHasDrugBanksOwnChebiIdNotItsSaltsOrEnantiomers() {
        var ketamine = DrugBankIds.byDrugBank("DB01221").orElseThrow();
        assertEquals("6121", ketamine.chebi());
        assertEquals("CHEMBL742", ketamine.chembl());
        assertEquals("Ketamine", ketamine.name());
    }

    @Test
    void drugsAreFoundByNameIgnoringCase() {
        assertEquals("DB01221", DrugBankIds.byName("KETAMINE").orElseThrow().drugbank());
        assertTrue(DrugBankIds.byName("no such drug").isEmpty());
        assertTrue(DrugBankIds.size() > 13_000);
    }
}
