package org.mechgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.mechgraph.export.Subgraph.Paper;

/**
 * The cited papers as BibTeX (UTF-8, for BibLaTeX/biber or BibTeX): journal work as {@code @article}, web pages
 * and everything else as {@code @misc} with a note saying what it is; a bare PubMed id or an unidentified work says
 * so in its note. A {@code %} comment block at the top names the sources and licences of the export.
 */
public final class BibtexExport {

    private BibtexExport() {
    }

    public static void write(Subgraph g, Writer out) throws IOException {
        for (String line : Attribution.of(g).lines()) {
            out.write("% " + line.replaceAll("[\r\n]+", " ") + "\n");
        }
        for (Reference r : Reference.of(g)) {
            out.write("\n");
            out.write(entry(r));
        }
    }

    static String entry(Reference r) {
        Paper p = r.paper();
        List<String> f = new ArrayList<>();
        field(f, "author", authors(r));
        field(f, "title", p.title() == null ? null : "{" + escape(p.title()) + "}");
        String type;
        switch (r.type()) {
            case ARTICLE, REVIEW -> {
                type = "article";
                field(f, "journal", escape(r.journal()));
                field(f, "volume", escape(r.volume()));
                field(f, "number", escape(r.issue()));
                field(f, "pages", escape(r.pages() == null ? null : r.pages().replace("\u2013", "--")));
            }
            case BOOK -> {
                type = "book";
                field(f, "publisher", escape(p.venue()));
            }
            default -> {
                type = "misc";
                field(f, "howpublished", escape(p.site() != null ? p.site() : p.venue()));
            }
        }
        field(f, "year", p.year() == null ? null : p.year().toString());
        field(f, "date", escape(p.date()));
        field(f, "doi", escape(p.doi()));
        field(f, "pmid", escape(p.pmid()));
        field(f, "url", escapeUrl(r.url()));
        field(f, "note", escape(r.note().isEmpty() ? null : r.note()));
        return "@" + type + "{" + r.key() + ",\n" + String.join(",\n", f) + "\n}\n";
    }

    private static String authors(Reference r) {
        if (r.authors().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (AuthorName a : r.authors()) {
            if (a.literal() != null) {
                names.add("{" + escape(a.literal()) + "}");
            } else {
                names.add(escape(a.family()) + (a.suffix() != null ? ", " + escape(a.suffix()) : "")
                        + ", " + escape(a.given()));
            }
        }
        return String.join(" and ", names);
    }

    private static void field(List<String> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.add("  " + name + " = {" + value + "}");
        }
    }

    /** Characters special to (La)TeX escaped, braces included, so every field's braces balance. */
    static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.replaceAll("[\r\n\t]+", " ").toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** URLs are read verbatim; only what would unbalance the field is percent-encoded. */
    private static String escapeUrl(String url) {
        return url == null ? null : url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }
}
