package org.mechgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    /** A strict RFC 4180 reader: the test's own, so the writer is checked against the rule, not against itself. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    private static String nodes(boolean comments) throws Exception {
        var out = new StringWriter();
        CsvExport.writeNodes(Fixtures.subgraph(), out, comments);
        return out.toString();
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndReadBackExactly() throws Exception {
        List<List<String>> rows = parse(nodes(false));
        assertEquals(CsvExport.NODE_COLUMNS, rows.get(0));
        assertEquals(5, rows.size());
        List<String> odd = rows.stream().filter(r -> r.get(0).equals("odd")).findFirst().orElseThrow();
        assertEquals(Fixtures.NASTY, odd.get(1));
        assertEquals(CsvExport.NODE_COLUMNS.size(), odd.size());
    }

    @Test
    void quotingFollowsRfc4180() {
        assertEquals("plain", CsvExport.field("plain"));
        assertEquals("\"a,b\"", CsvExport.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExport.field("two\nlines"));
        assertEquals("\" padded \"", CsvExport.field(" padded "));
        assertEquals("μ-opioid ✓", CsvExport.field("μ-opioid ✓"));
    }

    @Test
    void aSpreadsheetFormulaIsKeptAsText() {
        assertEquals("'=1+2", CsvExport.field("=1+2"));
        assertEquals("'@SUM(A1)", CsvExport.field("@SUM(A1)"));
    }

    @Test
    void aStandaloneFileStartsWithTheAttributionAsCommentsAndAZippedOneDoesNot() throws Exception {
        String standalone = nodes(true);
        assertTrue(standalone.startsWith("# mechgraph export: "));
        assertTrue(standalone.contains("# - NON-COMMERCIAL"));
        assertFalse(nodes(false).lines().anyMatch(l -> l.startsWith("#")));
    }

    @Test
    void edgesCarryTheirCountsRecordSetsAndLicences() throws Exception {
        var out = new StringWriter();
        CsvExport.writeEdges(Fixtures.subgraph(), out, false);
        List<List<String>> rows = parse(out.toString());
        assertEquals(CsvExport.EDGE_COLUMNS, rows.get(0));
        List<String> binds = rows.stream().filter(r -> r.get(0).equals("ketamine|BINDS|mor")).findFirst().orElseThrow();
        assertEquals(List.of("ketamine|BINDS|mor", "ketamine", "mor", "BINDS", "neutral", "1", "1", "record",
                "hetionet", "CC BY-NC 4.0", "db:hetionet; pmid:6246318"), binds);
    }
}
