package org.mechgraph.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mechgraph.export.Subgraph.Evidence;
import org.mechgraph.export.Subgraph.Paper;

/**
 * Reads stored evidence as the evidence model describes it ({@code evidence}, {@code quote}, {@code record},
 * {@code reports}, {@code references}, {@code source}, {@code license} on CLAIMS; {@code evidenceCount} and
 * {@code sourceCount} on the effect), and also as data written before that model: the one place that knows both.
 * <ul>
 *   <li>no {@code evidence}: a Hetionet row is a {@code record}; a claim with {@code quotedIn} is a {@code report}
 *       (the paper on the CLAIMS edge is then the reported work and {@code quotedIn} the reporting source);
 *       anything else a {@code quote};</li>
 *   <li>no {@code source}: the curated corpus; no {@code license}: a Hetionet row's licence is on its effect;</li>
 *   <li>no {@code key}: the model's key, a SHA-1 of effect, kind, source paper and words;</li>
 *   <li>no {@code evidenceCount}/{@code sourceCount}: counted from the evidence read;</li>
 *   <li>a paper titled "PubMed n" that says it is known only by its id is a bare PubMed record.</li>
 * </ul>
 */
final class EvidenceReader {

    private EvidenceReader() {
    }

    static Evidence evidence(String effectId, String paperId, Map<String, Object> claim, Map<String, Object> effect) {
        String source = text(claim, "source");
        String quotedIn = text(claim, "quotedIn");
        String kind = text(claim, "evidence");
        String quote = text(claim, "quote");
        String record = text(claim, "record");
        String reports = text(claim, "reports");
        String sourcePaper = paperId;
        if (kind == null) {
            if ("hetionet".equals(source)) {
                kind = "record";
                record = quote;
                quote = null;
            } else if (quotedIn != null) {
                kind = "report";
                sourcePaper = quotedIn;
                reports = paperId;
            } else {
                kind = "quote";
            }
        }
        String license = text(claim, "license");
        if (license == null && "hetionet".equals(source)) {
            license = text(effect, "license");
        }
        String key = text(claim, "key");
        if (key == null) {
            key = sha1(effectId + "|" + kind + "|" + sourcePaper + "|" + (quote != null ? quote : record));
        }
        return new Evidence(key, kind, sourcePaper, quote, record, reports, strings(claim.get("references")),
                source == null ? "curated" : source, license, text(claim, "species"), text(claim, "note"),
                text(claim, "context"));
    }

    /** The effect's stored count of pieces of evidence, else the number read. */
    static int evidenceCount(Map<String, Object> effect, List<Evidence> evidence) {
        return effect.get("evidenceCount") instanceof Number n ? n.intValue() : evidence.size();
    }

    /** The effect's stored count of independent sources, else the distinct origins of the evidence read. */
    static int sourceCount(Map<String, Object> effect, List<Evidence> evidence) {
        if (effect.get("sourceCount") instanceof Number n) {
            return n.intValue();
        }
        Set<String> origins = new HashSet<>();
        for (Evidence e : evidence) {
            origins.add(switch (e.kind()) {
                case "report" -> e.reports() != null ? e.reports() : e.paperId();
                case "record" -> e.paperId() + "#" + e.key();
                default -> e.paperId();
            });
        }
        return origins.size();
    }

    static Paper paper(Map<String, Object> p) {
        String title = text(p, "title");
        String kind = text(p, "kind");
        String pmid = text(p, "pmid");
        String note = text(p, "note");
        boolean bareLegacy = pmid != null && ("PubMed " + pmid).equals(title) && note != null
                && note.startsWith("known here only by its PubMed id");
        Object year = p.get("year");
        return new Paper(text(p, "id"), bareLegacy ? null : kind, bareLegacy ? null : title, strings(p.get("authors")),
                year instanceof Number n ? n.intValue() : null, text(p, "date"), text(p, "venue"), text(p, "site"),
                text(p, "url"), text(p, "doi"), pmid, note);
    }

    static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    static List<String> strings(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().filter(x -> x != null && !x.toString().isBlank()).map(Object::toString).toList();
        }
        return v == null || v.toString().isBlank() ? List.of() : List.of(v.toString());
    }

    private static String sha1(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
