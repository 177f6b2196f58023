package org.mechgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Api;
import org.mechgraph.support.Browser;

/** The explorer in real headless Chromium, as a researcher uses it. */
class ExplorerBrowserIT extends ExplorerPageTest {

    private static final String LEVINSTEIN_TITLE = "Redefining Ketamine Pharmacology for Antidepressant Action";
    private static final String SYNERGY_QUOTE = "When ketamine tips the balance by blocking NMDA receptors and "
            + "activating opioid receptors";

    /** Types into a field, waits for its autocomplete, picks the first hit. */
    private void choose(Locator field, String text) {
        field.fill(text);
        Locator hit = page.locator(".autocomplete .search-hit:visible").first();
        hit.waitFor();
        field.press("ArrowDown");
        field.press("Enter");
    }

    /** Chooses a path by its header, not by one of its hops (a hop opens that hop's evidence). */
    private static void choosePath(Locator item) {
        item.click(new Locator.ClickOptions().setPosition(6, 6));
    }

    private void tracePathKetamineViaMorToBdnf() {
        page.navigate(api.base() + "/");
        choose(page.locator("#path-from"), "ketamine");
        page.locator("#add-via").click();
        choose(page.locator(".via-input").first(), "MOR");
        choose(page.locator("#path-to"), "BDNF");
        page.locator("#path-to").press("Enter");
        page.locator("#path-results .path-item").first().waitFor();
    }

    @Test
    void searchAutocompletesSynonymsWithTheirType() {
        page.navigate(api.base() + "/");
        page.locator("#search-input").fill("spravato");
        Locator hit = page.locator("#search-results .search-hit").first();
        assertThat(hit.locator(".hit-name")).hasText("esketamine");
        assertThat(hit.locator(".hit-type")).containsText("Drug");
        Browser.screenshot(page, "search-autocomplete");
    }

    @Test
    void aPathIsTracedHighlightedAndItsEvidenceRead() {
        tracePathKetamineViaMorToBdnf();
        Locator first = page.locator("#path-results .path-item").first();
        assertThat(first).containsText("ketamine");
        assertThat(first).containsText("BDNF");
        choosePath(first);
        assertThat(first).hasClass(Pattern.compile("selected"));
        assertTrue(page.locator("svg#graph .link.highlighted, svg#graph .highlighted .link").count() >= 2,
                "the chosen path's edges are highlighted");
        assertTrue(page.locator("svg#graph .dimmed").count() > 0, "the rest is dimmed");

        page.locator("svg#graph [data-id='mor|INCREASES|bdnf']").first()
                .dispatchEvent("click");
        Locator panel = page.locator("#details .evidence-panel");
        assertThat(panel).containsText(LEVINSTEIN_TITLE);
        assertThat(panel.locator(".citation .quote").first()).containsText(SYNERGY_QUOTE);
        assertThat(panel.locator(".kind-badge").first()).isVisible();
        // One blog sentence reporting the review: one piece of evidence, shown once, with both named.
        assertThat(panel.locator(".edge-meta")).containsText("1 piece of evidence, 1 independent source");
        assertThat(panel.locator(".citation")).hasCount(1);
        assertThat(panel.locator(".citation.evidence-report .reported-work")).containsText(LEVINSTEIN_TITLE);
        assertThat(panel.locator(".citation .paper-title").first()).containsText("Ketamine: From Rave to Relief");
        Browser.screenshot(page, "path-evidence");
    }

    @Test
    void theUrlReproducesTheViewAndBackForwardWork() {
        tracePathKetamineViaMorToBdnf();
        choosePath(page.locator("#path-results .path-item").first());
        page.locator("svg#graph [data-id='mor|INCREASES|bdnf']").first().dispatchEvent("click");
        assertThat(page.locator("#details .evidence-panel")).containsText(LEVINSTEIN_TITLE);
        String shared = page.url();
        assertTrue(shared.contains("from=") && shared.contains("to="), shared);

        Page other = browser.newPage();
        other.navigate(shared);
        assertThat(other.locator("#path-results .path-item.selected")).hasCount(1);
        assertThat(other.locator("#details .evidence-panel")).containsText(LEVINSTEIN_TITLE);
        assertThat(other.locator("#path-from")).hasValue(Pattern.compile("ketamine", Pattern.CASE_INSENSITIVE));
        Browser.screenshot(other, "url-round-trip");
        other.context().close();

        page.goBack();
        assertThat(page.locator("#details .evidence-panel")).hasCount(0);
        page.goForward();
        assertThat(page.locator("#details .evidence-panel")).containsText(LEVINSTEIN_TITLE);
    }

    @Test
    void whereSourcesDisagreeBothSidesStandSideBySide() {
        page.navigate(api.base() + "/?from=ketamine&to=ampar&maxHops=1&edge="
                + Api.enc("ketamine|INHIBITS|ampar"));
        Locator sides = page.locator("#details .disagreement .side");
        assertThat(sides).hasCount(2);
        assertThat(page.locator("#details .disagreement")).containsText("INHIBITS");
        assertThat(page.locator("#details .disagreement")).containsText("ACTIVATES");
        Browser.screenshot(page, "disagreement");
    }

    @Test
    void theSvgExportIsAValidStandaloneSvg() throws Exception {
        tracePathKetamineViaMorToBdnf();
        page.locator("#export-toggle").click();
        Download download = page.waitForDownload(() -> page.locator("#export-svg").click());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(download.path().toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null
                ? doc.getDocumentElement().getTagName() : doc.getDocumentElement().getLocalName());
        assertTrue(doc.getDocumentElement().getAttribute("xmlns").contains("http://www.w3.org/2000/svg"));
        assertTrue(Files.readString(download.path()).contains("data-id=\"mor|INCREASES|bdnf\""));
    }

    /** Opens an entity from the search box and pulls in its neighbours, 15 at a time, until all are shown. */
    private void exploreAll(String name) {
        Locator search = page.locator("#search-input");
        search.fill(name);
        // Wait for this name's hits, not those still listed for the text typed before.
        assertThat(page.locator("#search-results .search-hit .hit-name").first()).hasText(name);
        search.press("Enter");
        Locator info = page.locator("#details .expansion-info");
        assertThat(info).containsText("Showing ");
        var figures = Pattern.compile("Showing (\\d+) of (\\d+) ");
        var m = figures.matcher(info.textContent());
        assertTrue(m.find(), info.textContent());
        int shown = Integer.parseInt(m.group(1)), total = Integer.parseInt(m.group(2));
        while (shown < total) {
            page.locator("#details .expand-node").click();
            // Fifteen more each time, and the other side of any contested pair among them with it.
            assertThat(info).not().containsText("Showing " + shown + " of ");
            m = figures.matcher(info.textContent());
            assertTrue(m.find(), info.textContent());
            int now = Integer.parseInt(m.group(1));
            assertTrue(now >= Math.min(shown + 15, total) && now <= total, shown + " then " + info.textContent());
            shown = now;
        }
    }

    @Test
    void importedGenesAndDiseasesAreDrawnKeyedAndFilteredByTheirOwnType() {
        page.navigate(api.base() + "/");
        page.locator("#search-input").fill("GSK3B");
        Locator hit = page.locator("#search-results .search-hit").first();
        assertThat(hit.locator(".hit-name")).hasText("GSK3B");
        assertThat(hit.locator(".hit-type")).hasText("Gene");

        exploreAll("ketamine");
        Locator genes = page.locator("svg#graph g.node[data-type='Gene']");
        assertTrue(genes.count() >= 10, "ketamine's Hetionet targets are drawn: " + genes.count());
        assertThat(page.locator("#legend .legend-type[data-type='Gene']")).hasText("Gene");
        assertThat(page.locator(".type-filter[value='BiologicalProcess'] + svg + span")).hasText("Biological process");

        page.locator("svg#graph g.node[data-id='drd2']").dispatchEvent("click");
        page.locator("#details .expand-node").click();
        assertThat(page.locator("#legend .legend-type[data-type='Disease']")).hasText("Disease");
        assertTrue(page.locator("svg#graph g.node[data-type='Disease'] path.node-shape").first()
                .getAttribute("d").length() > 10);
        page.locator("#fit-graph").click();
        page.waitForTimeout(600); // the fit's transition, so the picture shows the whole graph
        Browser.screenshot(page, "imported-types");

        // Unticking one type hides that type only: genes stay when outcomes go.
        page.locator(".type-filter[value='Outcome']").uncheck();
        assertThat(page.locator("svg#graph g.node[data-type='Outcome']")).hasCount(0);
        assertTrue(genes.count() >= 10, "genes are still drawn: " + genes.count());
        assertThat(page.locator("#legend .legend-type[data-type='Outcome']")).hasCount(0);
    }

    @Test
    void aHetionetRecordReadsAsThatDatabasesRowCitingPubMedNeverAsAQuote() {
        page.navigate(api.base() + "/");
        exploreAll("ketamine");
        page.locator("svg#graph [data-id='ketamine|BINDS|cyp2b6']").first().dispatchEvent("click");
        Locator card = page.locator("#details .evidence-panel .citation");
        assertThat(card).hasCount(1);
        assertThat(card).hasClass(Pattern.compile("evidence-record"));
        assertThat(card.locator(".evidence-badge")).hasText("Hetionet v1.0 record");
        assertThat(card.locator(".record")).containsText("Hetionet v1.0 CbG edge");
        assertThat(card.locator(".record-references")).containsText("PubMed 19515014");
        assertThat(card.locator(".record-references")).containsText("PubMed 19934256");
        assertThat(card.locator(".quote")).hasCount(0);
        String text = card.innerText();
        assertFalse(text.matches("(?s).*[\"\u201c\u201d\u00ab\u00bb].*"), "no quotation marks on a record: " + text);
        Browser.screenshot(page, "hetionet-record");
    }

    @Test
    void aMergedEntityLinksEveryRegistryIdAndListsTheIdentifiersOfEachSource() {
        page.navigate(api.base() + "/?node=mor&expand=mor");
        Locator panel = page.locator("#details .entity-panel");
        assertThat(panel.locator(".xref[data-registry='ncbigene']")).hasText("NCBI Gene 4988");
        assertThat(panel.locator(".xref[data-registry='ncbigene']")).hasCount(1);
        assertThat(panel.locator(".identifiers")).containsText("hetionet:Gene::4988");
        assertThat(panel.locator(".identifiers")).containsText("hgnc.symbol:OPRM1");
        Browser.screenshot(page, "merged-entity");

        // A gene only Hetionet knows links its NCBI id all the same.
        page.navigate(api.base() + "/?node=drd2");
        assertThat(panel.locator(".type-badge")).hasText("Gene");
        assertThat(panel.locator(".xref[data-registry='ncbigene']")).hasAttribute("href",
                "https://www.ncbi.nlm.nih.gov/gene/1813");
    }

    @Test
    void noPathWithinTheHopsSaysWhatToTry() {
        page.navigate(api.base() + "/?from=nausea&to=ketamine&maxHops=3");
        Locator status = page.locator("#status");
        assertThat(status).hasAttribute("data-state", "empty");
        assertThat(status).containsText(Pattern.compile("no path .*within 3 hops", Pattern.CASE_INSENSITIVE));
        assertThat(page.locator(".hint-action").first()).containsText("4");
        Browser.screenshot(page, "no-path");
    }

    @Test
    void anUnknownNameOffersTheClosestMatches() {
        page.navigate(api.base() + "/?from=ketamin&to=bdnf");
        assertThat(page.locator("#status")).hasAttribute("data-state", "error");
        Locator suggestion = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ketamine"))
                .and(page.locator(".suggestion"));
        assertThat(suggestion.first()).isVisible();
        browser.consoleErrors().removeIf(e -> e.contains("status of 404") && e.contains("/api/paths"));
    }

    @Test
    void theKeyboardAloneRunsAPathQuery() {
        page.navigate(api.base() + "/");
        page.locator("#path-from").focus();
        page.keyboard().type("ketamine");
        page.locator(".autocomplete .search-hit:visible").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.locator("#path-to").focus();
        page.keyboard().type("nausea");
        page.locator(".autocomplete .search-hit:visible").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.keyboard().press("Enter");
        Locator first = page.locator("#path-results .path-item").first();
        first.waitFor();
        first.focus();
        page.keyboard().press("Enter");
        assertThat(first).hasClass(Pattern.compile("selected"));
    }
}
