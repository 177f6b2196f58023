package org.mechgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Browser;
import org.w3c.dom.Document;

/** The Export menu in real headless Chromium: the shown graph downloaded as files a researcher opens elsewhere. */
class ExportBrowserIT extends ExplorerPageTest {

    /** The path ketamine → MOR → BDNF, opened from its address as a shared link would. */
    private void showKetamineViaMorToBdnf() {
        page.navigate(api.base() + "/?from=ketamine&via=MOR&to=BDNF&maxHops=4");
        page.locator("#path-results .path-item").first().waitFor();
        page.locator("svg#graph [data-id='mor|INCREASES|bdnf']").first().waitFor();
    }

    private Download download(String item) {
        page.locator("#export-toggle").click();
        assertThat(page.locator("#export-list")).isVisible();
        return page.waitForDownload(() -> page.locator("#export-list " + item).click());
    }

    @Test
    void theExportMenuDownloadsTheShownGraphAsGraphmlForCytoscapeAndGephi() throws Exception {
        showKetamineViaMorToBdnf();
        Download file = download("[data-format='graphml']");
        assertTrue(file.suggestedFilename().matches("mechgraph-ketamine-via-mor-to-bdnf-\\d{4}-\\d{2}-\\d{2}\\.graphml"),
                file.suggestedFilename());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(file.path().toFile());
        int shownNodes = page.locator("svg#graph .node").count();
        int shownLinks = ((Number) page.evaluate("() => document.querySelectorAll('svg#graph [data-id*=\"|\"]')"
                + ".length && new Set([...document.querySelectorAll('svg#graph [data-id*=\"|\"]')]"
                + ".map((e) => e.dataset.id)).size")).intValue();
        assertEquals(shownNodes, xml.getElementsByTagNameNS("*", "node").getLength());
        assertEquals(shownLinks, xml.getElementsByTagNameNS("*", "edge").getLength());
        assertTrue(Files.readString(file.path()).contains("Hetionet v1.0"), "the attribution travels with it");
        Browser.screenshot(page, "export-menu-after-graphml");
    }

    @Test
    void theCitedPapersDownloadAsBibtexWithReadableKeys() throws Exception {
        showKetamineViaMorToBdnf();
        Download file = download("#export-bibtex");
        assertTrue(file.suggestedFilename().endsWith("-references.bib"), file.suggestedFilename());
        String bib = Files.readString(file.path());
        assertTrue(bib.contains("@article{levinstein2025redefining,"), bib);
        assertTrue(bib.contains("doi = {10.1176/appi.ajp.20240378}"), bib);
    }

    @Test
    void theMenuOpensFromTheKeyboardAndEscapeClosesIt() {
        showKetamineViaMorToBdnf();
        Locator toggle = page.locator("#export-toggle");
        toggle.focus();
        toggle.press("ArrowDown");
        assertThat(page.locator("#export-list")).isVisible();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#export-svg")).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#export-png")).isFocused();
        Browser.screenshot(page, "export-menu-open");
        page.keyboard().press("Escape");
        assertThat(page.locator("#export-list")).isHidden();
        assertThat(toggle).isFocused();
        Browser.screenshot(page, "export-menu-closed");
    }

    @Test
    void theImageCarriesTheKeyOfItsNodeTypesAndRelations() throws Exception {
        showKetamineViaMorToBdnf();
        Download file = download("#export-svg");
        String svg = Files.readString(file.path());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.path().toFile());
        assertTrue(svg.contains("class=\"export-key\""), "the key is inside the image");
        for (String text : List.of(">Key<", ">Drug<", ">Receptor<", "activates (positive)", "increases (positive)")) {
            assertTrue(svg.contains(text), text);
        }
        Download png = download("#export-png");
        assertTrue(Files.size(png.path()) > 1000);
        png.saveAs(java.nio.file.Path.of("target", "screenshots", "export-image.png"));
    }

    @Test
    void importedGenesAndDiseasesExportWithTheirTypeInTheKeyAndTheirBiolinkCategory() throws Exception {
        page.navigate(api.base() + "/?node=drd2&expand=ketamine:60&expand=drd2");
        page.locator("svg#graph g.node[data-type='Disease']").first().waitFor();
        String svg = Files.readString(download("#export-svg").path());
        for (String text : List.of(">Gene<", ">Disease<", ">Drug<")) {
            assertTrue(svg.contains(text), "the image's key names " + text);
        }
        var zip = new java.util.zip.ZipInputStream(Files.newInputStream(download("[data-format='kgx']").path()));
        String nodes = null;
        for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals("nodes.tsv")) {
                nodes = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertTrue(nodes.contains("NCBIGene:1813\tbiolink:Gene\tDRD2"), nodes);
        assertTrue(nodes.contains("\tbiolink:Disease\t"), nodes);
    }

    @Test
    void anEmptyGraphSaysThereIsNothingToExportInsteadOfDownloadingAnEmptyFile() {
        page.navigate(api.base() + "/");
        List<Object> downloads = new java.util.ArrayList<>();
        page.onDownload(downloads::add);
        page.locator("#export-toggle").click();
        page.locator("#export-list [data-format='graphml']").click();
        assertThat(page.locator("#export-status")).containsText("Nothing to export");
        page.locator("#export-toggle").click();
        page.locator("#export-svg").click();
        assertThat(page.locator("#export-status")).containsText("Nothing to export");
        page.waitForTimeout(500);
        assertEquals(List.of(), downloads);
    }
}
