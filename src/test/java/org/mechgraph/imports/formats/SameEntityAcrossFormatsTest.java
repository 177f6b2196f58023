package org.mechgraph.imports.formats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.imports.ExternalId;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.formats.bel.BelFormat;
import org.mechgraph.imports.formats.hetionet.HetionetFormat;
import org.mechgraph.imports.formats.kgx.KgxFormat;

/** One gene and one drug, read from each format, share an id, so the import writer makes one node of each. */
class SameEntityAcrossFormatsTest {

    private static final ExternalId BDNF = ExternalId.of("hgnc.symbol", "BDNF");

    /** Every id list of every entity the file names (nodes, and claim subjects and objects). */
    private static Set<List<ExternalId>> entities(org.mechgraph.imports.Format format, String file) {
        Set<List<ExternalId>> out = new HashSet<>();
        SharedFiles.read(format, file, row -> {
            if (row instanceof ImportRow.Entity e) {
                out.add(e.entity().ids());
            } else if (row instanceof ImportRow.Claim c) {
                out.add(c.subject().ids());
                out.add(c.object().ids());
            }
        });
        return out;
    }

    private static List<ExternalId> kgxNode(String row) {
        ImportRow.Entity e = (ImportRow.Entity) SharedFiles.rows(new KgxFormat(), "nodes.tsv",
                "id\tname\tcategory\ttaxon\n" + row + "\n").get(0);
        return e.entity().ids();
    }

    @Test
    void bdnfHasOneHgncSymbolInHetionetConibAndKgx() {
        Set<List<ExternalId>> hetionet = entities(new HetionetFormat(), "hetionet/hetionet_nodes.tsv.gz");
        assertTrue(hetionet.contains(List.of(ExternalId.of("ncbigene", "627"), BDNF,
                ExternalId.of("hetionet", "Gene::627"))));
        assertTrue(entities(new BelFormat(), "conib/conib_statements.tsv.gz").contains(List.of(BDNF)));
        assertTrue(kgxNode("NCBIGene:627\tBDNF\tbiolink:Gene\tNCBITaxon:9606").contains(BDNF));
        assertTrue(kgxNode("HGNC:1033\tBDNF (human)\tbiolink:Gene\t").contains(BDNF));
    }

    @Test
    void shhsTwoKgxIdsShareItsSymbol() {
        Set<List<ExternalId>> kgx = entities(new KgxFormat(), "kgx/graph_nodes.tsv");
        ExternalId shh = ExternalId.of("hgnc.symbol", "SHH");
        assertTrue(kgx.contains(List.of(ExternalId.of("hgnc", "10848"), shh)));
        assertTrue(kgx.contains(List.of(ExternalId.of("ncbigene", "6469"), shh)));
    }

    @Test
    void ketamineMeetsAcrossHetionetConibAndKgx() {
        List<ExternalId> hetionet = ((ImportRow.Entity) SharedFiles.rows(new HetionetFormat(), "nodes.tsv",
                "id\tname\tkind\nCompound::DB01221\tKetamine\tCompound\n").get(0)).entity().ids();
        EntityRef conib = ((ImportRow.Claim) firstRow(new BelFormat(), "ketamine/conib_ketamine_statements.tsv"))
                .subject();
        assertTrue(hetionet.containsAll(conib.ids()), conib.ids() + " in " + hetionet);
        assertTrue(hetionet.contains(kgxNode("CHEBI:6121\tketamine\tbiolink:SmallMolecule\t").get(0)));
    }

    private static ImportRow firstRow(org.mechgraph.imports.Format format, String file) {
        List<ImportRow> rows = new java.util.ArrayList<>();
        SharedFiles.read(format, file, rows::add);
        return rows.get(0);
    }
}
