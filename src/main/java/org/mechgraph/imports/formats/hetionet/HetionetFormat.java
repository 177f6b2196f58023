package org.mechgraph.imports.formats.hetionet;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.imports.Format;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.PaperRef;
import org.mechgraph.imports.formats.Databases;
import org.mechgraph.imports.formats.RowStream;
import org.mechgraph.imports.formats.TsvReader;
import org.mechgraph.imports.formats.TsvRow;
import org.mechgraph.model.EffectType;

/**
 * Hetionet v1.0's TSV files, told apart by their header: the nodes file ({@code id, name, kind}) gives entities, the
 * edges file ({@code source, metaedge, target}, and optionally {@code origin, sources, pubmed_ids, actions,
 * affinity_nM, unbiased, license}) gives one record of Hetionet per edge, naming its entities by Hetionet id and
 * citing its PubMed ids as references.
 */
public final class HetionetFormat implements Format {

    static final List<String> NODE_COLUMNS = List.of("id", "name", "kind");
    static final List<String> EDGE_COLUMNS = List.of("source", "metaedge", "target");
    /**
     * PubMed ids have 8 digits at most; four GiG rows of Hetionet v1.0 carry longer numbers (two ids run together),
     * which are named in the record instead of being cited.
     */
    static final int MAX_PMID_DIGITS = 8;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Override
    public Iterator<ImportRow> rows(String name, Reader text) {
        TsvReader tsv = new TsvReader(name, text);
        if (tsv.header().containsAll(NODE_COLUMNS)) {
            return RowStream.of(tsv, (row, out) -> out.add(node(row)));
        }
        tsv.require(EDGE_COLUMNS, "a Hetionet nodes file (id, name, kind) or edges file");
        return RowStream.of(tsv, (row, out) -> out.add(edge(row)));
    }

    static ImportRow node(TsvRow row) {
        String id = row.required("id");
        String kind = row.required("kind");
        EntityRef entity;
        try {
            entity = HetionetNodes.entity(id, row.required("name"));
        } catch (IllegalArgumentException e) {
            throw row.error("id", e.getMessage());
        }
        if (!id.startsWith(kind + "::")) {
            throw row.error("kind", "kind \"" + kind + "\" does not match the id \"" + id + "\"");
        }
        return new ImportRow.Entity(row.at(), entity, List.of(), kind + " " + id.substring(kind.length() + 2)
                + " in Hetionet v1.0");
    }

    static ImportRow edge(TsvRow row) {
        String abbreviation = row.required("metaedge");
        Metaedge metaedge = Metaedge.of(abbreviation).orElseThrow(() -> row.error("metaedge",
                "unknown Hetionet metaedge \"" + abbreviation + "\""));
        EntityRef source = reference(row, "source");
        EntityRef target = reference(row, "target");
        List<String> actions = row.list("actions");
        EffectType effect = metaedge == Metaedge.CbG ? CompoundActions.effect(actions) : metaedge.effect();
        List<PaperRef> references = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String pmid : row.list("pubmed_ids")) {
            if (!DIGITS.matcher(pmid).matches()) {
                throw row.error("pubmed_ids", "not a PubMed id: \"" + pmid + "\"");
            }
            if (pmid.length() > MAX_PMID_DIGITS) {
                unreadable.add(pmid);
            } else {
                references.add(PaperRef.pubmed(pmid));
            }
        }
        String license = row.get("license");
        String origin = row.get("origin");
        String record = record(metaedge, row, actions, license) + (unreadable.isEmpty() ? ""
                : "; left out of the references, too long for PubMed ids: " + String.join(", ", unreadable));
        return new ImportRow.Claim(row.at(),
                metaedge.swap() ? target : source, effect.name(), metaedge.swap() ? source : target,
                "record", Databases.HETIONET, null, record, null, references,
                null, origin == null ? null : "origin: " + origin, null, "hetionet", license);
    }

    /** "Hetionet v1.0 CbG edge (Compound binds Gene; sources: DrugBank (target); actions: antagonist, blocker)". */
    static String record(Metaedge metaedge, TsvRow row, List<String> actions, String license) {
        StringBuilder s = new StringBuilder("Hetionet v1.0 ").append(metaedge.abbreviation()).append(" edge (")
                .append(metaedge.meaning());
        List<String> sources = row.list("sources");
        if (!sources.isEmpty()) {
            s.append("; sources: ").append(String.join(", ", sources));
        }
        if (!actions.isEmpty()) {
            s.append("; actions: ").append(String.join(", ", actions));
        }
        String affinity = row.get("affinity_nM");
        if (affinity != null) {
            s.append("; affinity ").append(affinity).append(" nM");
        }
        if ("1".equals(row.get("unbiased"))) {
            s.append("; from a systematic (unbiased) screen");
        }
        s.append(")");
        s.append(license == null ? "; licence not stated on the row" : "; licence " + license);
        return s.toString();
    }

    private static EntityRef reference(TsvRow row, String column) {
        try {
            return HetionetNodes.reference(row.required(column));
        } catch (IllegalArgumentException e) {
            throw new ImportException(row.file(), row.line(), column, e.getMessage());
        }
    }
}
