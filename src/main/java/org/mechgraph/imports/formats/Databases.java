package org.mechgraph.imports.formats;

import java.util.List;
import org.mechgraph.imports.PaperRef;

/** The databases that hold imported records, as the papers their records are evidence of. */
public final class Databases {

    public static final PaperRef HETIONET = new PaperRef("db:hetionet", "database", "Hetionet v1.0",
            List.of("Himmelstein DS", "Lizee A", "Hessler C", "Brueggeman L", "Chen SL", "Hadley D", "Green A",
                    "Khankhanian P", "Baranzini SE"),
            2017, null, "eLife 6:e26726", "10.7554/eLife.26726", null, "https://het.io");

    public static final PaperRef CONIB = new PaperRef("db:conib", "database",
            "CONIB: Curation of Neurodegeneration in BEL (Human Brain Pharmacome, Fraunhofer SCAI)",
            List.of("Fraunhofer SCAI"), 2019, null, "Zenodo", "10.5281/zenodo.3385895", null,
            "https://github.com/pharmacome/conib");

    private Databases() {
    }

    /**
     * The database a KGX knowledge source names: {@code infores:pombase} is {@code db:pombase}; Hetionet's and
     * CONIB's infores ids give the two databases above, so mechgraph's own KGX export reads back onto them.
     */
    public static PaperRef ofKnowledgeSource(String source) {
        String name = source.startsWith("infores:") ? source.substring("infores:".length()) : source;
        return switch (name) {
            case "hetionet" -> HETIONET;
            case "conib" -> CONIB;
            default -> new PaperRef("db:" + name, "database", source, List.of(), null, null, null, null, null, null);
        };
    }
}
