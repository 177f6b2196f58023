package org.mechgraph.imports.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mechgraph.imports.ImportException;

class TsvReaderTest {

    @Test
    void quotedFieldsKeepTheirTabsAndDoubledQuotes() {
        TsvReader tsv = new TsvReader("t.tsv", new StringReader(
                "a\tb\tc\n\"a(GO:\"\"dendritic spine\"\")\"\t\"x\ty\"\tplain\n"));
        TsvRow row = tsv.next();
        assertEquals("a(GO:\"dendritic spine\")", row.get("a"));
        assertEquals("x\ty", row.get("b"));
        assertEquals("plain", row.get("c"));
        assertEquals(2, row.line());
        assertNull(tsv.next());
    }

    @Test
    void windowsLineEndsAndBlankLinesAreRead() {
        TsvReader tsv = new TsvReader("t.tsv", new StringReader("id\tname\r\n\r\nGene::1\tA1BG\r\n"));
        TsvRow row = tsv.next();
        assertEquals("A1BG", row.get("name"));
        assertEquals(3, row.line());
    }

    @Test
    void aRowWithTooFewFieldsNamesItsLine() {
        TsvReader tsv = new TsvReader("t.tsv", new StringReader("a\tb\n1\t2\n3\n"));
        tsv.next();
        ImportException e = assertThrows(ImportException.class, tsv::next);
        assertEquals("t.tsv line 3: expected 2 tab-separated fields, found 1", e.describe());
    }

    @Test
    void shortRowsAreFilledWithEmptyFieldsWhenAllowed() {
        TsvReader tsv = new TsvReader("t.tsv", new StringReader("id\tname\ttaxon\nGO:1\tx\n")).allowShortRows();
        assertNull(tsv.next().get("taxon"));
    }

    @Test
    void anUnclosedQuoteNamesItsLineAndColumn() {
        TsvReader tsv = new TsvReader("t.tsv", new StringReader("a\tb\n1\t\"open\n"));
        ImportException e = assertThrows(ImportException.class, tsv::next);
        assertEquals(2, e.line());
        assertEquals("b", e.field());
    }

    @Test
    void aMissingColumnIsNamed() {
        TsvReader tsv = new TsvReader("t.tsv", new StringReader("a\tb\n"));
        ImportException e = assertThrows(ImportException.class, () -> tsv.require(List.of("a", "c"), "a test file"));
        assertEquals("c", e.field());
        assertEquals(1, e.line());
    }

    @Test
    void anEmptyFileIsAnError() {
        ImportException e = assertThrows(ImportException.class, () -> new TsvReader("t.tsv", new StringReader("")));
        assertEquals(0, e.line());
    }

    @Test
    void listsAreSplitOnBars() {
        TsvReader tsv = new TsvReader("t.tsv", new StringReader("p\n1| 2||3\n"));
        assertEquals(List.of("1", "2", "3"), tsv.next().list("p"));
    }
}
