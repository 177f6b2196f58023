package org.mechgraph.imports.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mechgraph.evidence.EvidenceSummary;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.imports.ExternalId;
import org.mechgraph.imports.ImportException;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.PaperRef;
import org.mechgraph.imports.formats.Curies;

/**
 * One row of the claims format, as named fields, to a claim. Every field is optional except subject, relation,
 * object, the paper and (for a quote or report) the quote; a field with an unknown name is an error, so a misspelt
 * column never drops data silently.
 */
final class ClaimFields {

    static final List<String> COLUMNS = List.of(
            "subject", "subject_type", "subject_name", "relation", "object", "object_type", "object_name",
            "evidence", "quote", "record", "references", "species", "context", "note", "license",
            "paper", "paper_kind", "paper_title", "paper_authors", "paper_year", "paper_date", "paper_venue",
            "paper_doi", "paper_pmid", "paper_url",
            "reports", "reports_kind", "reports_title", "reports_authors", "reports_year", "reports_date",
            "reports_venue", "reports_doi", "reports_pmid", "reports_url");
    private static final Set<String> KNOWN = Set.copyOf(COLUMNS);

    private final String file;
    private final long line;
    private final Map<String, String> fields;

    ClaimFields(String file, long line, Map<String, String> fields) {
        this.file = file;
        this.line = line;
        this.fields = fields;
    }

    static void checkNames(String file, long line, Iterable<String> names) {
        for (String name : names) {
            if (!KNOWN.contains(name)) {
                throw new ImportException(file, line, name, "unknown field '" + name + "'; the claims format has "
                        + String.join(", ", COLUMNS));
            }
        }
    }

    ImportRow.Claim claim() {
        EntityRef subject = entity("subject");
        String relation = required("relation").toUpperCase(Locale.ROOT).replace(' ', '_');
        EntityRef object = entity("object");
        PaperRef paper = paper("paper").orElseThrow(() -> fail("paper", "missing paper: give its id (pmid:…, doi:…,"
                + " url:…) or paper_pmid, paper_doi or paper_url"));
        Optional<PaperRef> reports = paper("reports");
        String evidence = value("evidence").map(e -> e.toLowerCase(Locale.ROOT)).orElse(
                reports.isPresent() ? "report" : value("record").isPresent() && value("quote").isEmpty()
                        ? "record" : "quote");
        List<PaperRef> references = value("references").map(r -> Arrays.stream(r.split("[;|]"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(ClaimFields::paperId).map(ClaimFields::bare)
                .toList()).orElse(List.of());
        return new ImportRow.Claim(new ImportRow.Line(file, line), subject, relation, object, evidence, paper,
                value("quote").orElse(null), value("record").orElse(null), reports.orElse(null), references,
                value("species").orElse(null), value("context").orElse(null), value("note").orElse(null),
                "claims:" + file, value("license").orElse(null));
    }

    private EntityRef entity(String side) {
        String text = required(side);
        Optional<String> type = value(side + "_type").map(ClaimFields::label);
        if (type.isPresent() && !EntityRef.LABELS.contains(type.get())) {
            throw fail(side + "_type", "unknown type '" + type.get() + "'; one of " + EntityRef.labels());
        }
        Optional<ExternalId> id = Curies.known(text);
        if (id.isPresent()) {
            String name = value(side + "_name").orElse(id.get().value());
            return new EntityRef(List.of(id.get()), type.orElse(null), name);
        }
        if (Curies.unknownPrefix(text) && type.isEmpty()) {
            throw fail(side, "unknown identifier prefix in '" + text + "'; use mechgraph:, HGNC:, NCBIGene:, CHEBI:,"
                    + " DrugBank:, CHEMBL:, MESH:, GO:, UniProt:, … or a name with " + side + "_type");
        }
        String label = type.orElseThrow(() -> fail(side + "_type", "'" + text + "' is a name, not an identifier:"
                + " give " + side + "_type (" + EntityRef.labels() + ") or an identifier such as HGNC:BDNF"));
        return new EntityRef(List.of(ExternalId.of("name." + label.toLowerCase(Locale.ROOT),
                text.toLowerCase(Locale.ROOT))), label, text);
    }

    /** The label as the graph spells it ({@code drug} is {@code Drug}), or the text as given when it is none. */
    private static String label(String type) {
        String t = type.strip();
        return EntityRef.LABELS.stream().filter(l -> l.equalsIgnoreCase(t)).findFirst().orElse(t);
    }

    private Optional<PaperRef> paper(String prefix) {
        Optional<String> pmid = value(prefix + "_pmid").map(p -> p.replaceFirst("(?i)^pmid:", ""));
        Optional<String> doi = value(prefix + "_doi").map(d -> d.replaceFirst("(?i)^(doi:|https?://(dx\\.)?doi\\.org/)",
                ""));
        Optional<String> url = value(prefix + "_url");
        Optional<String> id = value(prefix).map(ClaimFields::paperId)
                .or(() -> pmid.map(p -> "pmid:" + p))
                .or(() -> doi.map(d -> "doi:" + d.toLowerCase(Locale.ROOT)))
                .or(() -> url.map(u -> "url:" + u));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String kind = value(prefix + "_kind").map(k -> k.toLowerCase(Locale.ROOT)).orElse(null);
        if (kind != null && !EvidenceSummary.SOURCE_KINDS.contains(kind)) {
            throw fail(prefix + "_kind", "unknown kind '" + kind + "'; one of "
                    + String.join(", ", EvidenceSummary.SOURCE_KINDS) + ", or leave it empty when not known");
        }
        Integer year = value(prefix + "_year").map(y -> year(prefix + "_year", y)).orElse(null);
        List<String> authors = value(prefix + "_authors").map(a -> Arrays.stream(a.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        String pmidValue = pmid.orElse(id.get().startsWith("pmid:") ? id.get().substring(5) : null);
        String doiValue = doi.orElse(id.get().startsWith("doi:") ? id.get().substring(4) : null);
        return Optional.of(new PaperRef(id.get(), kind, value(prefix + "_title").orElse(null), authors, year,
                value(prefix + "_date").orElse(null), value(prefix + "_venue").orElse(null), doiValue, pmidValue,
                url.orElse(pmidValue != null ? "https://pubmed.ncbi.nlm.nih.gov/" + pmidValue + "/" : null)));
    }

    /** {@code PMID:123} and {@code DOI:10.1/X} as mechgraph writes paper ids: {@code pmid:123}, {@code doi:10.1/x}. */
    static String paperId(String id) {
        String s = id.strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("pmid:")) {
            return "pmid:" + s.substring(5).strip();
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("doi:")) {
            return "doi:" + s.substring(4).strip().toLowerCase(Locale.ROOT);
        }
        return s;
    }

    private static PaperRef bare(String id) {
        return id.startsWith("pmid:") ? PaperRef.pubmed(id.substring(5))
                : new PaperRef(id, null, null, List.of(), null, null, null, null, null, null);
    }

    private Integer year(String field, String text) {
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= 1000 && y <= 2999) {
                return y;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw fail(field, "'" + text + "' is not a year");
    }

    private String required(String field) {
        return value(field).orElseThrow(() -> fail(field, "missing " + field));
    }

    private Optional<String> value(String field) {
        return Optional.ofNullable(fields.get(field)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private ImportException fail(String field, String message) {
        return new ImportException(file, line, field, message);
    }

    static List<String> missingColumns(List<String> header) {
        List<String> missing = new ArrayList<>();
        for (String required : List.of("subject", "relation", "object")) {
            if (!header.contains(required)) {
                missing.add(required);
            }
        }
        return missing;
    }
}
