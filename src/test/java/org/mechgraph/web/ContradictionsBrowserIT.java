package org.mechgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Api;
import org.mechgraph.support.Browser;

/** The Contradictions view: the pairs sources disagree on, each opened as its two sides and drawn in the graph. */
class ContradictionsBrowserIT extends ExplorerPageTest {

    private static final String ACTIVATES = "ketamine|ACTIVATES|ampar";
    private static final String INHIBITS = "ketamine|INHIBITS|ampar";
    private static final String SEED_001_TITLE = "Science Behind Ketamine’s Rapid Antidepressant Effects";
    private static final String SEED_002_QUOTE = "by blocking NMDA and AMPA receptors";

    private Locator ampaItem() {
        return page.locator("#contradictions .contradiction[data-subject='ketamine'][data-object='ampar']");
    }

    /** Both sides in the panel: seed 001's activation on one, seed 002's block on the other. */
    private void bothSidesStandSideBySide() {
        Locator details = page.locator("#details");
        assertThat(details).hasAttribute("data-mode", "dispute");
        assertThat(details.locator(".disagreement-title")).containsText("Sources disagree on ketamine and AMPA receptor");
        assertThat(details.locator(".disagreement .side")).hasCount(2);
        Locator positive = details.locator(".disagreement .side.positive");
        Locator negative = details.locator(".disagreement .side.negative");
        assertThat(positive.locator(".side-head")).containsText("ACTIVATES");
        assertThat(positive).containsText(SEED_001_TITLE);
        assertThat(negative.locator(".side-head")).containsText("INHIBITS");
        assertThat(negative.locator(".citation .quote")).containsText(SEED_002_QUOTE);
    }

    @Test
    void choosingTheAmpaContradictionOpensBothSidesAndDrawsThePairAsContested() throws Exception {
        page.navigate(api.base() + "/");
        Locator toggle = page.locator("#contradictions-toggle");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        Locator item = ampaItem();
        assertThat(item).containsText("ketamine");
        assertThat(item).containsText("AMPA receptor");
        assertThat(item.locator(".contradiction-side.positive")).containsText("activates");
        assertThat(item.locator(".contradiction-side.negative")).containsText("inhibits");
        // BINDS beside ACTIVATES (the mu-opioid receptor) is no contradiction.
        assertThat(page.locator("#contradictions .contradiction[data-subject='ketamine'][data-object='mor']"))
                .hasCount(0);

        item.click();
        bothSidesStandSideBySide();
        assertThat(item).hasAttribute("aria-current", "true");
        assertTrue(page.url().contains("pair=" + Api.enc(ACTIVATES)), page.url());
        assertThat(page.locator("#status")).containsText("Sources disagree on ketamine and AMPA receptor");

        assertThat(page.locator("svg#graph g.node[data-id='ketamine']")).hasCount(1);
        assertThat(page.locator("svg#graph g.node[data-id='ampar']")).hasCount(1);
        for (String id : List.of(ACTIVATES, INHIBITS)) {
            assertThat(page.locator("svg#graph path.link[data-id='" + id + "']"))
                    .hasClass(Pattern.compile("\\bcontested\\b"));
        }
        Locator lines = page.locator("svg#graph path.link-line.contested");
        assertThat(lines).hasCount(2);
        String dashes = (String) lines.first().evaluate("e => getComputedStyle(e).strokeDasharray");
        assertTrue(!dashes.equals("none") && dashes.split(",").length >= 4, "dash-dot, not a plain line: " + dashes);
        assertThat(page.locator("#legend .legend-contested")).containsText("contested");
        Browser.screenshot(page, "contradictions-ampa");

        page.locator("#export-toggle").click();
        Download download = page.waitForDownload(() -> page.locator("#export-svg").click());
        assertTrue(Files.readString(download.path()).contains("contested: sources disagree"),
                "the exported image's key names the dash-dot line");
    }

    @Test
    void aSharedLinkToAContradictionOpensTheListThePanelAndTheGraph() {
        page.navigate(api.base() + "/?edge=" + Api.enc(ACTIVATES) + "&pair=" + Api.enc(ACTIVATES));
        bothSidesStandSideBySide();
        assertThat(page.locator("#contradictions-toggle")).hasAttribute("aria-expanded", "true");
        assertThat(ampaItem()).hasAttribute("aria-current", "true");
        assertThat(page.locator("svg#graph path.link.contested")).hasCount(2);
    }

    @Test
    void onlyEdgesWhosePairIsContestedAreMarked() {
        // The AMPA receptor's two hops are contested; ketamine BINDS and ACTIVATES the mu-opioid receptor is not.
        page.navigate(api.base() + "/?from=ketamine&to=ampar&maxHops=1");
        assertThat(page.locator("#path-results .path-item")).hasCount(2);
        assertThat(page.locator("svg#graph path.link.contested")).hasCount(2);
        assertThat(page.locator("#legend .legend-contested")).hasCount(1);

        page.navigate(api.base() + "/?from=ketamine&to=mor&maxHops=1");
        assertThat(page.locator("svg#graph path.link[data-id='ketamine|BINDS|mor']")).hasCount(1);
        assertThat(page.locator("svg#graph path.link[data-id='ketamine|ACTIVATES|mor']")).hasCount(1);
        assertThat(page.locator("svg#graph path.link.contested")).hasCount(0);
        assertThat(page.locator("#legend .legend-contested")).hasCount(0);
    }
}
