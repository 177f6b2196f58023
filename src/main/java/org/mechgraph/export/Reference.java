package org.mechgraph.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mechgraph.export.Subgraph.Paper;

/**
 * A cited paper as a reference manager sees it: a readable key ({@code levinstein2025redefining}: first author's
 * family name, year, first significant word of the title; a, b, … where keys clash), what kind of entry it is, its
 * authors split into names, the journal's volume, issue and pages where the venue gives them, and a note saying
 * what mechgraph does not know (a bare PubMed id, an unidentified work) and through which record sets it is cited.
 */
public record Reference(String key, Type type, Paper paper, List<AuthorName> authors, String journal, String volume,
                        String issue, String pages, String note) {

    /** Entry types; BARE and UNIDENTIFIED are references that must say they are not full ones. */
    public enum Type { ARTICLE, REVIEW, PREPRINT, BOOK, WEB, DATABASE, BARE, UNIDENTIFIED, OTHER }

    private static final Set<String> STOP = Set.of("a", "an", "the", "on", "of", "in", "and", "or", "for", "to",
            "from", "with", "by", "at", "as", "is", "are", "does", "do", "why", "how", "what", "when", "which",
            "who", "its", "it", "this", "that", "be", "not", "into", "via", "unidentified");
    private static final Pattern VENUE = Pattern.compile("^(.*?)\\s+(\\d+)(?:\\((\\w+)\\))?:(\\S+)$");

    /** The references of every paper in the subgraph, sorted by key. */
    public static List<Reference> of(Subgraph g) {
        List<Reference> drafts = new ArrayList<>();
        for (Paper p : g.papers()) {
            drafts.add(draft(p, Attribution.citedThrough(g, p.id())));
        }
        Map<String, Integer> counts = new HashMap<>();
        drafts.forEach(r -> counts.merge(r.key(), 1, Integer::sum));
        Map<String, Integer> used = new HashMap<>();
        List<Reference> out = new ArrayList<>();
        for (Reference r : drafts) {
            String key = r.key();
            if (counts.get(key) > 1) {
                int n = used.merge(key, 1, Integer::sum);
                key = key + suffix(n);
            }
            out.add(new Reference(key, r.type(), r.paper(), r.authors(), r.journal(), r.volume(), r.issue(),
                    r.pages(), r.note()));
        }
        out.sort(java.util.Comparator.comparing(Reference::key));
        return out;
    }

    static Reference draft(Paper p, String citedThrough) {
        List<AuthorName> authors = p.authors().stream().map(AuthorName::parse).toList();
        Type type = type(p);
        String journal = p.venue(), volume = null, issue = null, pages = null;
        Matcher m = p.venue() == null ? null : VENUE.matcher(p.venue());
        if (m != null && m.matches()) {
            journal = m.group(1);
            volume = m.group(2);
            issue = m.group(3);
            pages = m.group(4);
        }
        List<String> notes = new ArrayList<>();
        switch (type) {
            case BARE -> notes.add(bare(p));
            case UNIDENTIFIED -> notes.add("Work not identified: the source that names it gives no authors, year "
                    + "or identifier; described here as that source describes it");
            case WEB -> notes.add("Web article, not peer-reviewed");
            case REVIEW -> notes.add("Review");
            case PREPRINT -> notes.add("Preprint, not peer-reviewed");
            case DATABASE -> notes.add("Database");
            default -> { }
        }
        if (citedThrough != null) {
            notes.add(citedThrough);
        }
        return new Reference(key(p, authors, type), type, p, authors, journal, volume, issue, pages,
                String.join(". ", notes));
    }

    static Type type(Paper p) {
        if (p.title() == null) {
            return Type.BARE;
        }
        if (p.id().startsWith("ref:") || p.doi() == null && p.pmid() == null && p.url() == null
                && p.authors().isEmpty() && p.year() == null && !"web article".equals(p.kind())) {
            return Type.UNIDENTIFIED;
        }
        return switch (p.kind() == null ? "" : p.kind()) {
            case "peer-reviewed article", "journal article" -> Type.ARTICLE;
            case "review" -> Type.REVIEW;
            case "preprint" -> Type.PREPRINT;
            case "book" -> Type.BOOK;
            case "web article" -> Type.WEB;
            case "database" -> Type.DATABASE;
            default -> Type.OTHER;
        };
    }

    private static String bare(Paper p) {
        String what = p.pmid() != null ? "PubMed record " + p.pmid()
                : p.doi() != null ? "DOI " + p.doi() : "Record " + p.id();
        return what + "; metadata not in mechgraph";
    }

    static String key(Paper p, List<AuthorName> authors, Type type) {
        if (type == Type.BARE) {
            return p.pmid() != null ? "pmid" + p.pmid() : ascii(p.id());
        }
        String who = authors.isEmpty() ? "anon" : ascii(authors.get(0).keyName());
        String word = "";
        for (String w : p.title().split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w.toLowerCase(Locale.ROOT))) {
                word = ascii(w);
                break;
            }
        }
        return (who.isEmpty() ? "anon" : who) + (p.year() != null ? p.year() : "nd") + word;
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static String suffix(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = n; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('a' + (i - 1) % 26));
        }
        return b.toString();
    }

    /** The paper's URL, else one made from its DOI or PubMed id. */
    public String url() {
        Paper p = paper;
        return p.url() != null ? p.url() : p.doi() != null ? "https://doi.org/" + p.doi()
                : p.pmid() != null ? "https://pubmed.ncbi.nlm.nih.gov/" + p.pmid() + "/" : null;
    }
}
