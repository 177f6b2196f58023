package org.mechgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cited papers as BibTeX, RIS and CSL-JSON: keys, entry types, escaping, and honesty about bare ids. */
class ReferencesTest {

    private static String bibtex() throws Exception {
        var out = new StringWriter();
        BibtexExport.write(Fixtures.subgraph(), out);
        return out.toString();
    }

    @Test
    void keysAreFirstAuthorYearAndFirstSignificantTitleWordWithSuffixesOnClashes() {
        List<String> keys = Reference.of(Fixtures.subgraph()).stream().map(Reference::key).toList();
        assertEquals(List.of("anon2019braced", "anonndketaminea", "anonndketamineb", "himmelstein2017hetionet",
                "levinstein2025redefining", "pmid6246318"), keys);
    }

    @Test
    void authorsInEveryStoredStyleSplitIntoFamilyAndGivenNames() {
        assertEquals(new AuthorName("Levinstein", "M. R.", null, null), AuthorName.parse("Levinstein MR"));
        assertEquals(new AuthorName("Zarate", "C. A.", "Jr", null), AuthorName.parse("Zarate CA Jr"));
        assertEquals(new AuthorName("Tracy", "N.", null, null), AuthorName.parse("Tracy N."));
        assertEquals(new AuthorName("Benz", "Marie", null, null), AuthorName.parse("Marie Benz MD FAAD"));
        assertEquals(new AuthorName(null, null, null, "DrugBank"), AuthorName.parse("DrugBank"));
    }

    @Test
    void bibtexEscapesSpecialCharactersAndKeepsEveryEntrysBracesBalanced() throws Exception {
        String bib = bibtex();
        assertTrue(bib.contains("title = {{A \\{braced\\} title \\& more\\_stuff}}"), bib);
        for (String entry : bib.split("\n@")) {
            int depth = 0;
            for (int i = 0; i < entry.length(); i++) {
                char c = entry.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                assertTrue(depth >= 0, entry);
            }
            assertEquals(0, depth, entry);
        }
        assertEquals("a \\{b\\} 100\\% \\$ \\# \\_ \\& \\textasciitilde{} \\textasciicircum{} \\textbackslash{} x",
                BibtexExport.escape("a {b} 100% $ # _ & ~ ^ \\ x"));
        assertEquals("one two", BibtexExport.escape("one\ntwo"));
    }

    @Test
    void bibtexHasRealArticlesWebArticlesAsMiscAndSaysWhenOnlyAnIdIsKnown() throws Exception {
        String bib = bibtex();
        assertTrue(bib.startsWith("% mechgraph export: "));
        assertTrue(bib.contains("@article{levinstein2025redefining,"));
        assertTrue(bib.contains("journal = {American Journal of Psychiatry}"));
        assertTrue(bib.contains("volume = {182}") && bib.contains("number = {3}") && bib.contains("pages = {247--258}"));
        assertTrue(bib.contains("author = {Levinstein, M. R. and Zarate, Jr, C. A.}"));
        assertTrue(bib.contains("@misc{anonndketaminea,"));
        assertTrue(bib.contains("note = {Web article, not peer-reviewed"));
        String bare = bib.substring(bib.indexOf("@misc{pmid6246318,"));
        assertTrue(bare.contains("note = {PubMed record 6246318; metadata not in mechgraph"), bare);
        assertFalse(bare.substring(0, bare.indexOf("\n}")).contains("title"), "a bare id gets no made-up title");
    }

    @Test
    void risUsesJournalWebAndDatabaseTypesWithNotes() throws Exception {
        var out = new StringWriter();
        RisExport.write(Fixtures.subgraph(), out);
        String ris = out.toString();
        assertTrue(ris.contains("TY  - JOUR\r\nID  - levinstein2025redefining\r\nAU  - Levinstein, M. R.\r\n"));
        assertTrue(ris.contains("SP  - 247\r\nEP  - 258\r\n"));
        assertTrue(ris.contains("TY  - ELEC\r\nID  - anonndketaminea\r\n"));
        assertTrue(ris.contains("TY  - DBASE\r\nID  - himmelstein2017hetionet\r\n"));
        assertTrue(ris.contains("N1  - PubMed record 6246318; metadata not in mechgraph"));
        assertEquals(6, ris.split("ER  - \r\n", -1).length - 1);
        ris.lines().filter(l -> !l.isEmpty()).forEach(l -> assertTrue(l.matches("[A-Z][A-Z0-9]  - .*"), l));
    }

    @Test
    void cslJsonParsesWithItemsTypedDatedAndNoted() throws Exception {
        var out = new StringWriter();
        CslJsonExport.write(Fixtures.subgraph(), out);
        JsonNode items = new ObjectMapper().readTree(out.toString());
        assertEquals(6, items.size());
        JsonNode levinstein = items.get(4);
        assertEquals("levinstein2025redefining", levinstein.get("id").asText());
        assertEquals("article-journal", levinstein.get("type").asText());
        assertEquals("Levinstein", levinstein.get("author").get(0).get("family").asText());
        assertEquals(2025, levinstein.get("issued").get("date-parts").get(0).get(0).asInt());
        assertEquals("webpage", items.get(1).get("type").asText());
        assertEquals("[2019,4,2]", items.get(0).get("issued").get("date-parts").get(0).toString());
        assertTrue(items.get(5).get("note").asText().startsWith("PubMed record 6246318; metadata not in mechgraph"));
        assertFalse(items.get(5).has("title"));
    }
}
