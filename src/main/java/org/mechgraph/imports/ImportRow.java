package org.mechgraph.imports;

import java.util.List;

/** One thing a file says, in mechgraph's terms; every row knows where in the file it came from. */
public sealed interface ImportRow permits ImportRow.Entity, ImportRow.Claim, ImportRow.Skipped {

    Line at();

    /** A file and a 1-based line (or record) number. */
    record Line(String file, long line) {
    }

    /** An entity with its names and identifiers, such as a row of a nodes file. */
    record Entity(Line at, EntityRef entity, List<String> synonyms, String description) implements ImportRow {
    }

    /**
     * One piece of evidence for an effect (see the README's evidence model): {@code evidence} is {@code quote},
     * {@code report} or {@code record}; {@code relation} an {@code EffectType} name; {@code source} the paper or
     * database that holds the sentence or row; {@code reports} the work a report describes; {@code references} the
     * works a record cites; {@code sourceSet} names the record set ({@code hetionet}, {@code conib},
     * {@code kgx:infores:…}, {@code claims:<file>}). {@code key} is the evidence key a file gives (mechgraph's own
     * KGX export does), null otherwise; the writer keeps it only where it is the key this evidence already has.
     */
    record Claim(Line at, EntityRef subject, String relation, EntityRef object, String evidence, PaperRef source,
                 String quote, String record, PaperRef reports, List<PaperRef> references, String species,
                 String context, String note, String sourceSet, String license, String key) implements ImportRow {

        /** A claim whose file gives no evidence key. */
        public Claim(Line at, EntityRef subject, String relation, EntityRef object, String evidence, PaperRef source,
                     String quote, String record, PaperRef reports, List<PaperRef> references, String species,
                     String context, String note, String sourceSet, String license) {
            this(at, subject, relation, object, evidence, source, quote, record, reports, references, species, context,
                    note, sourceSet, license, null);
        }
    }

    /** A row the format reads but does not import, with the reason (counted in the summary). */
    record Skipped(Line at, String reason) implements ImportRow {
    }
}
