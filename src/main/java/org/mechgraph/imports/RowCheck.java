package org.mechgraph.imports;

import java.util.Set;
import org.mechgraph.model.EffectType;

/**
 * What every row must say before anything is written, whatever its format: a known relation, a kind of evidence
 * with what that kind needs (a sentence for a quote or report, the reported work for a report, a description for a
 * record), and entity types mechgraph knows.
 */
final class RowCheck {

    static final Set<String> EVIDENCE = Set.of("quote", "report", "record");

    private RowCheck() {
    }

    static void check(ImportRow row) {
        if (row instanceof ImportRow.Entity e) {
            label(e.at(), "type", e.entity());
        } else if (row instanceof ImportRow.Claim c) {
            claim(c);
        }
    }

    private static void claim(ImportRow.Claim c) {
        if (c.relation() == null || EffectType.of(c.relation()).isEmpty()) {
            fail(c.at(), "relation", "unknown relation '" + c.relation() + "'; one of "
                    + String.join(", ", EffectType.names()));
        }
        if (c.subject() == null) {
            fail(c.at(), "subject", "missing subject");
        }
        if (c.object() == null) {
            fail(c.at(), "object", "missing object");
        }
        label(c.at(), "subject", c.subject());
        label(c.at(), "object", c.object());
        if (c.source() == null) {
            fail(c.at(), "paper", "missing source: the paper or database that holds the sentence or row");
        }
        if (!EVIDENCE.contains(c.evidence())) {
            fail(c.at(), "evidence", "unknown kind of evidence '" + c.evidence() + "'; one of quote, report, record");
        }
        boolean record = c.evidence().equals("record");
        if (!record && blank(c.quote())) {
            fail(c.at(), "quote", "missing quote: a " + c.evidence() + " is a verbatim sentence");
        }
        if (record && blank(c.record())) {
            fail(c.at(), "record", "missing record: say what the database row is");
        }
        if (c.evidence().equals("report") && c.reports() == null) {
            fail(c.at(), "reports", "missing reports: a report names the work it describes");
        }
    }

    private static void label(ImportRow.Line at, String field, EntityRef entity) {
        if (entity.label() != null && !EntityResolver.LABELS.contains(entity.label())) {
            fail(at, field, "unknown entity type '" + entity.label() + "'; one of " + EntityRef.labels());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void fail(ImportRow.Line at, String field, String message) {
        throw new ImportException(at.file(), at.line(), field, message);
    }
}
