package org.mechgraph.imports.formats.kgx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mechgraph.imports.EntityRef;
import org.mechgraph.imports.ImportRow;
import org.mechgraph.imports.PaperRef;
import org.mechgraph.imports.formats.Databases;
import org.mechgraph.imports.formats.Species;
import org.mechgraph.model.EffectType;

/**
 * KGX edges as claims. Each supporting text is a quote of the edge's first publication (a report of the second
 * where mechgraph's own export says so); an edge without one is a record of its primary knowledge source, citing its
 * publications (less the database itself). A negated edge is skipped. {@code original_predicate: mechgraph:<TYPE>}
 * marks mechgraph's own export: it gives the effect type exactly, and the record's words ({@code description}), the
 * species as written, the note, the context and the evidence key (its {@code id}) come from the export's own
 * columns. Otherwise {@link BiolinkPredicates} maps the predicate and its qualifiers.
 */
final class KgxEdges {

    static final String NEGATED = "negated: the edge states that the relation does not hold";
    private static final List<String> CONTEXT = List.of("knowledge_level", "agent_type", "stage_qualifier",
            "sex_qualifier", "onset_qualifier", "frequency_qualifier", "anatomical_context_qualifier", "qualifiers");

    private KgxEdges() {
    }

    static void edge(KgxRecord r, List<ImportRow> out) {
        String predicate = r.required("predicate");
        EntityRef subject = KgxEntities.reference(r, "subject");
        EntityRef object = KgxEntities.reference(r, "object");
        BiolinkPredicates.Mapping mapping = mapping(r, predicate);
        if (mapping.effect() == null) {
            out.add(new ImportRow.Skipped(r.at(), mapping.skipReason()));
            return;
        }
        if ("true".equals(String.valueOf(r.one("negated")).toLowerCase(Locale.ROOT))) {
            out.add(new ImportRow.Skipped(r.at(), NEGATED));
            return;
        }
        if (mapping.swap()) {
            EntityRef s = subject;
            subject = object;
            object = s;
        }
        String knowledgeSource = knowledgeSource(r);
        PaperRef database = Databases.ofKnowledgeSource(knowledgeSource);
        List<PaperRef> publications = new ArrayList<>();
        for (String p : r.many("publications")) {
            PaperRef paper = publication(p);
            if (!names(database, paper)) {
                publications.add(paper);
            }
        }
        List<String> texts = r.many("supporting_text");
        String kind = r.one("mechgraph_evidence");
        String relation = mapping.effect().name();
        boolean own = mechgraphPredicate(r).isPresent();
        String species = r.one("mechgraph_species") != null ? r.one("mechgraph_species")
                : Species.describe(String.join("|", r.many("species_context_qualifier")));
        String context = own ? r.one("mechgraph_context") : context(r);
        String note = own ? r.one("mechgraph_note") : "KGX " + describe(r, predicate);
        String sourceSet = sourceSet(knowledgeSource);
        String license = r.one("license");
        String id = r.one("id");
        String key = own && id != null && id.startsWith("mechgraph:") ? id.substring("mechgraph:".length()) : null;
        if (!texts.isEmpty() && !publications.isEmpty()) {
            boolean report = "report".equals(kind) && publications.size() > 1;
            for (String text : texts) {
                out.add(new ImportRow.Claim(r.at(), subject, relation, object, report ? "report" : "quote",
                        publications.get(0), text, null, report ? publications.get(1) : null, List.of(), species,
                        context, note, sourceSet, license, key));
            }
            return;
        }
        String record = own && r.one("description") != null ? r.one("description")
                : "KGX edge " + describe(r, predicate) + " from " + knowledgeSource + " (" + r.at().file()
                + " line " + r.at().line() + ")"
                + (texts.isEmpty() ? "" : "; supporting text: " + String.join(" / ", texts));
        out.add(new ImportRow.Claim(r.at(), subject, relation, object, "record", database, null, record, null,
                publications, species, context, note, sourceSet, license, key));
    }

    private static BiolinkPredicates.Mapping mapping(KgxRecord r, String predicate) {
        Optional<EffectType> own = mechgraphPredicate(r);
        if (own.isPresent()) {
            return new BiolinkPredicates.Mapping(own.get(), false, null);
        }
        return BiolinkPredicates.of(predicate, r.one("object_direction_qualifier"), r.one("object_aspect_qualifier"))
                .orElseThrow(() -> r.error("predicate", "unknown predicate \"" + predicate
                        + "\" (the README's KGX predicate table lists those mechgraph reads)"));
    }

    /** Whether a publication is the database itself, named by its id, its DOI or its URL (as exports write it). */
    private static boolean names(PaperRef database, PaperRef publication) {
        String id = publication.id();
        return id.equals(database.id()) || (database.doi() != null && id.equalsIgnoreCase("doi:" + database.doi()))
                || (database.url() != null && id.equals("url:" + database.url()));
    }

    /** {@code original_predicate: mechgraph:INHIBITS}, as mechgraph's KGX export writes it. */
    private static Optional<EffectType> mechgraphPredicate(KgxRecord r) {
        String original = r.one("original_predicate");
        if (original == null || !original.startsWith("mechgraph:")) {
            return Optional.empty();
        }
        String type = original.substring("mechgraph:".length());
        return Optional.of(EffectType.of(type).orElseThrow(() -> r.error("original_predicate",
                "unknown mechgraph effect type \"" + type + "\"")));
    }

    private static String describe(KgxRecord r, String predicate) {
        String direction = r.one("object_direction_qualifier");
        String aspect = r.one("object_aspect_qualifier");
        return predicate + (direction == null ? "" : " " + direction) + (aspect == null ? "" : " " + aspect);
    }

    /** The primary knowledge source, else the first aggregator, else the first provider, else the file. */
    private static String knowledgeSource(KgxRecord r) {
        for (String field : List.of("primary_knowledge_source", "aggregator_knowledge_source", "provided_by")) {
            String v = r.one(field);
            if (v != null) {
                return v;
            }
        }
        return "kgx:" + r.at().file();
    }

    private static String sourceSet(String knowledgeSource) {
        return switch (knowledgeSource) {
            case "infores:hetionet" -> "hetionet";
            case "infores:conib" -> "conib";
            case "infores:mechgraph" -> "curated";
            default -> "kgx:" + knowledgeSource;
        };
    }

    private static String context(KgxRecord r) {
        List<String> parts = new ArrayList<>();
        for (String field : CONTEXT) {
            List<String> values = r.many(field);
            if (!values.isEmpty() && !values.equals(List.of("not_provided"))) {
                parts.add(field + ": " + String.join(", ", values));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** {@code PMID:123} is a PubMed record; {@code doi:…} and URLs are papers of unknown kind. */
    static PaperRef publication(String text) {
        int colon = text.indexOf(':');
        String prefix = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        String local = colon < 0 ? text : text.substring(colon + 1).strip();
        return switch (prefix) {
            case "pmid" -> PaperRef.pubmed(local);
            case "doi" -> new PaperRef("doi:" + local, null, null, List.of(), null, null, null, local, null,
                    "https://doi.org/" + local);
            case "http", "https" -> new PaperRef("url:" + text, null, null, List.of(), null, null, null, null, null,
                    text);
            default -> new PaperRef(text, null, null, List.of(), null, null, null, null, null, null);
        };
    }
}
