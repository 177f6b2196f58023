package org.mechgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Api;
import org.mechgraph.support.TestDatabase;
import org.mechgraph.support.Browser;

/** The Cypher console in real headless Chromium: examples, table, graph, evidence, refusals. */
class ConsoleBrowserIT {

    private static Api api;
    private static Browser browser;
    private Page page;

    @BeforeAll
    static void start() {
        // Minutes, not the default seconds: the examples must not time out on a busy machine.
        api = new Api(TestDatabase.shared(), TestDatabase.sharedConfig().withConsole(java.time.Duration.ofMinutes(2),
                1000));
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        api.close();
    }

    @BeforeEach
    void open() {
        page = browser.newPage();
        browser.consoleErrors().clear();
        page.navigate(api.base() + "/?view=console");
        page.locator("#console-examples .example").first().waitFor();
    }

    @AfterEach
    void noConsoleErrors() {
        // A refused query answers 403 on purpose; Chromium logs that as a failed resource.
        browser.consoleErrors().removeIf(e -> e.contains("status of 403") || e.contains("status of 400"));
        assertEquals(List.of(), browser.consoleErrors());
        page.context().close();
    }

    private void runExample(String title) {
        page.locator("#console-examples .example", new Page.LocatorOptions().setHasText(title)).first().click();
        page.locator("#console-summary").filter(new Locator.FilterOptions().setHasText(Pattern.compile("\\d+ rows?")))
                .waitFor();
    }

    @Test
    void anExampleShowsItsTable() {
        runExample("best-supported effects");
        assertTrue(page.locator("#console-table tbody tr").count() > 5);
        assertThat(page.locator("#console-table thead")).containsText("sources");
        assertThat(page.locator("#console-summary")).containsText("READ_ONLY");
        Browser.screenshot(page, "console-table");
    }

    @Test
    void anExampleShowsItsGraphAndAnEdgeOpensItsEvidence() {
        runExample("through the mu-opioid receptor");
        assertTrue(page.locator("svg#graph g.node").count() >= 3, "the paths are drawn");
        assertThat(page.locator("svg#graph g.node[data-id='mor']")).hasCount(1);
        page.locator("svg#graph path.link[data-id='ketamine|ACTIVATES|mor']").first().dispatchEvent("click");
        assertThat(page.locator("#details .evidence-panel .citation").first()).isVisible();
        assertThat(page.locator("#details .evidence-panel")).containsText("Redefining Ketamine Pharmacology");
        Browser.screenshot(page, "console-graph-evidence");
    }

    @Test
    void aWriteIsRefusedInline() {
        page.locator("#console-editor").fill("MATCH (n) DETACH DELETE n");
        page.locator("#console-editor").press("Control+Enter");
        assertThat(page.locator("#console-error")).containsText("only reads");
        Browser.screenshot(page, "console-refusal");
    }
}
