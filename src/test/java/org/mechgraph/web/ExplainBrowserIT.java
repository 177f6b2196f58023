package org.mechgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Browser;

/** Explain: a path found in the explorer, as a paragraph with references a researcher pastes into a manuscript. */
class ExplainBrowserIT extends ExplorerPageTest {

    private static final Pattern CITE = Pattern.compile("\\[(\\d+(?:(?:, |–)\\d+)*)]");
    private static final String WEB_ONLY = "only on web articles, which are not peer-reviewed";

    /** Runs a path query from the form, as a researcher types it. */
    private void tracePath(String from, String to) {
        page.navigate(api.base() + "/");
        page.locator("#path-from").fill(from);
        page.locator("#path-to").fill(to);
        page.locator("#path-to").press("Enter");
        page.locator("#path-results .path-item").first().waitFor();
    }

    private Locator path(int index) {
        return page.locator("#path-results .path-item").nth(index);
    }

    /** Clicks Explain on a path and waits for its text, with the sources of any disagreement loaded. */
    private String explain(int index) {
        path(index).locator(".explain-path").click();
        assertThat(page.locator("#explain-dialog")).isVisible();
        assertThat(page.locator("#explain-dialog .explain-status")).isEmpty();
        return page.locator("#explain-plain").inputValue();
    }

    private List<String> nodeNames(int index) {
        return path(index).locator(".chain-node").allTextContents();
    }

    /** The numbers the text cites, in the order they first appear ("[1–3, 5]" is 1, 2, 3, 5). */
    static List<Integer> citedInOrder(String body) {
        var seen = new LinkedHashSet<Integer>();
        Matcher m = CITE.matcher(body);
        while (m.find()) {
            for (String part : m.group(1).split(", ")) {
                String[] range = part.split("–");
                int a = Integer.parseInt(range[0]), b = Integer.parseInt(range[range.length - 1]);
                IntStream.rangeClosed(a, b).forEach(seen::add);
            }
        }
        return new ArrayList<>(seen);
    }

    /** The paragraph and caveats, and the reference entries' numbers, of the plain text. */
    private static Map.Entry<String, List<Integer>> split(String text) {
        String[] parts = text.split("\n\nReferences\n\n", 2);
        assertEquals(2, parts.length, "a reference list follows the text: " + text);
        List<Integer> entries = new ArrayList<>();
        for (String line : parts[1].split("\n")) {
            Matcher m = Pattern.compile("^\\[(\\d+)] \\S").matcher(line);
            assertTrue(m.find(), "each reference is one numbered line: " + line);
            entries.add(Integer.parseInt(m.group(1)));
        }
        return Map.entry(parts[0], entries);
    }

    /** Each node's name appears in the paragraph, in the path's order. */
    private static void assertNamesInOrder(List<String> names, String paragraph) {
        String lower = paragraph.toLowerCase();
        int at = 0;
        for (String name : names) {
            int found = lower.indexOf(name.toLowerCase(), at);
            assertTrue(found >= 0, "'" + name + "' after position " + at + " in: " + paragraph);
            at = found + name.length();
        }
    }

    private static void assertReferencesMatch(String text) {
        var parts = split(text);
        List<Integer> entries = parts.getValue();
        assertEquals(IntStream.rangeClosed(1, entries.size()).boxed().toList(), entries, "numbered 1…n");
        assertEquals(entries, citedInOrder(parts.getKey()), "every reference cited, numbered in order of first use");
    }

    @Test
    void theFirstPathFromKetamineToBdnfReadsAsAParagraphWithItsReferencesAndCaveats() {
        tracePath("ketamine", "BDNF");
        List<String> names = nodeNames(0);
        String text = explain(0);
        String paragraph = text.split("\n\n")[0];

        assertNamesInOrder(names, paragraph);
        assertTrue(paragraph.startsWith("Ketamine increases BDNF ["), paragraph);
        assertReferencesMatch(text);
        assertTrue(text.contains("This step rests " + WEB_ONLY + "."), "the seed articles are web articles: " + text);
        assertTrue(text.contains("The net effect of ketamine on BDNF is positive."), text);
        assertTrue(text.contains("Web article, not peer-reviewed."), text);
        // The blog reports Levinstein et al.: the blog is cited, and the reported review named in its entry.
        assertTrue(text.contains("Reports, as cited here (not checked against the original): Levinstein MR"), text);
        assertTrue(text.contains("doi:10.1176/appi.ajp.20240378"), text);

        String markdown = page.locator("#explain-markdown").inputValue();
        assertTrue(markdown.contains("**Caveats.** This step rests " + WEB_ONLY), markdown);
        assertTrue(markdown.contains("\n\n**References**\n\n1. "), markdown);
        assertTrue(markdown.contains("[doi:10.1176/appi.ajp.20240378](https://doi.org/10.1176/appi.ajp.20240378)"),
                markdown);
        assertThat(path(0)).not().hasClass(Pattern.compile("\\bselected\\b"));
        Browser.screenshot(page, "explain-ketamine-bdnf");
    }

    @Test
    void everyPathNamesItsNodesInOrderAndSaysWhenTheNetDirectionIsNotDetermined() {
        tracePath("ketamine", "BDNF");
        int count = page.locator("#path-results .path-item").count();
        assertTrue(count >= 3, "ketamine reaches BDNF directly, and through MOR by activation and by binding");
        boolean sawNeutral = false;
        for (int i = 0; i < count; i++) {
            List<String> names = nodeNames(i);
            String text = explain(i);
            assertNamesInOrder(names, text.split("\n\n")[0]);
            assertReferencesMatch(text);
            if (text.contains("Ketamine binds the mu-opioid receptor")) {
                sawNeutral = true;
                assertTrue(text.contains("The net direction is not determined: the step in which ketamine binds the "
                        + "mu-opioid receptor has no sign."), text);
                // Hetionet's row is cited as a database record with the PubMed ids it names, never as a quote.
                assertTrue(text.contains("Hetionet v1.0 record (a database row, not a sentence): Hetionet v1.0 CbG "
                        + "edge"), text);
                assertTrue(text.contains("The record cites PMID "), text);
                assertTrue(text.contains("Only web articles, which are not peer-reviewed, support that the mu-opioid "
                        + "receptor increases BDNF ["), text);
            }
            page.keyboard().press("Escape");
            assertThat(page.locator("#explain-dialog")).isHidden();
        }
        assertTrue(sawNeutral, "the Hetionet binding path is among the paths");
    }

    @Test
    void whereSourcesDisagreeTheTextNamesBothSidesWithTheirReferences() {
        page.navigate(api.base() + "/?from=ketamine&via=AMPA%20receptor&to=antidepressant%20effect&maxHops=2");
        page.locator("#path-results .path-item").first().waitFor();
        int count = page.locator("#path-results .path-item").count();
        int checked = 0;
        for (int i = 0; i < count; i++) {
            if (!String.join(" ", path(i).locator(".hop").allTextContents()).contains("activates")) {
                continue;
            }
            String text = explain(i);
            Matcher m = Pattern.compile("Sources disagree on ketamine and the AMPA receptor: \\[(\\d+)] says that "
                    + "ketamine activates the AMPA receptor; \\[(\\d+)] says that ketamine inhibits the AMPA "
                    + "receptor\\.").matcher(text);
            assertTrue(m.find(), text);
            assertReferencesMatch(text);
            String inhibiting = text.lines().filter(l -> l.startsWith("[" + m.group(2) + "] ")).findFirst().orElseThrow();
            assertTrue(inhibiting.contains("Ketamine – The Most Powerful Treatment For Depression Yet Invented"),
                    inhibiting);
            checked++;
            Browser.screenshot(page, "explain-disagreement");
            page.locator("#explain-dialog .explain-close").click();
        }
        assertEquals(1, checked, "one path goes through ketamine ACTIVATES the AMPA receptor");
    }

    @Test
    void eachFormatCopiesAndTheDialogClosesBackToItsButtonFromTheKeyboard() {
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(api.base()));
        tracePath("ketamine", "BDNF");
        Locator button = path(1).locator(".explain-path");
        button.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#explain-dialog")).isVisible();
        assertThat(page.locator("#explain-dialog .explain-close")).isFocused();
        assertThat(path(1)).not().hasClass(Pattern.compile("\\bselected\\b"));

        page.locator("#explain-plain-copy").click();
        assertThat(page.locator("#explain-plain-copy + .copy-status")).hasText("Copied.");
        assertEquals(page.locator("#explain-plain").inputValue(), page.evaluate("navigator.clipboard.readText()"));
        page.locator("#explain-markdown-copy").click();
        assertThat(page.locator("#explain-markdown-copy + .copy-status")).hasText("Copied.");
        assertEquals(page.locator("#explain-markdown").inputValue(), page.evaluate("navigator.clipboard.readText()"));

        page.keyboard().press("Escape");
        assertThat(page.locator("#explain-dialog")).isHidden();
        assertThat(button).isFocused();
    }

    @Test
    void withoutTheClipboardApiCopyingFallsBackToASelection() {
        tracePath("ketamine", "BDNF");
        page.evaluate("Object.defineProperty(navigator, 'clipboard', { value: undefined })");
        path(0).locator(".explain-path").click();
        page.locator("#explain-plain-copy").click();
        assertThat(page.locator("#explain-plain-copy + .copy-status")).hasText(Pattern.compile("^(Copied\\.|Selected: .*)$"));
        assertThat(page.locator("#explain-plain")).isFocused();
        assertEquals(page.locator("#explain-plain").inputValue(),
                page.evaluate("(() => { const a = document.querySelector('#explain-plain'); "
                        + "return a.value.slice(a.selectionStart, a.selectionEnd); })()"));
    }

    /** The text module alone, on a path made to hold every case: loaded in the page and called. */
    @Test
    void theTextModuleStatesEachRelationSignAndKindOfEvidenceAsWhatItIs() {
        page.navigate(api.base() + "/");
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) page.evaluate("async (path) => {"
                + " const { explain } = await import('/js/explain.js');"
                + " const samePair = { 'a|INHIBITS|b': [{ id: 'a|ACTIVATES|b', type: 'ACTIVATES', from: 'a', to: 'b',"
                + "   citations: [{ paperId: 'p4', title: 'Fourth', authors: [], kind: 'web article', evidence: 'quote' }] }] };"
                + " return { plain: explain(JSON.parse(path)).text, loaded: explain(JSON.parse(path), { samePair }).text,"
                + "   markdown: explain(JSON.parse(path)).markdown }; }", FIXTURE);
        String plain = (String) out.get("plain"), loaded = (String) out.get("loaded");
        String markdown = (String) out.get("markdown");

        // a → b (inhibits), c → b walked backwards (b is decreased by c), c → d (causes).
        assertTrue(plain.startsWith("Drug A inhibits the X receptor [1, 2]; the X receptor is decreased by "
                + "mTOR [3]; mTOR causes cell death [1–3]. Multiplying the signs of the steps (− × − × +), the net "
                + "effect of drug A on cell death is positive."), plain);
        assertTrue(plain.contains("Sources disagree on drug A and the X receptor: [1, 2] say that drug A inhibits "
                + "the X receptor; 1 other piece of evidence says that drug A activates the X receptor."), plain);
        assertTrue(loaded.contains("[1, 2] say that drug A inhibits the X receptor; [4] says that drug A activates "
                + "the X receptor."), loaded);
        assertTrue(loaded.contains("\n[4] Fourth (n.d.). Web article, not peer-reviewed."), loaded);
        assertTrue(plain.contains("A single source supports that the X receptor is decreased by mTOR [3]."), plain);
        assertTrue(plain.contains("\n[1] Smith J, Jones K, Lee M et al. (2020). A study of A. J Pharm 1(2):3–4. "
                + "Peer-reviewed article. doi:10.1/x; PMID 123.\n"), plain);
        assertTrue(plain.contains("\n[2] Record of Example DB (a database row, not a sentence): row 7 says A blocks X. "
                + "In: Example DB (2021). The record cites PMID 555."), plain);
        assertTrue(plain.contains("\n[3] Blog post (n.d.). Web article, not peer-reviewed. https://blog.example/post. "
                + "Reports, as cited here (not checked against the original): PubMed record 999;"), plain);
        assertTrue(!plain.contains("\""), "no quotation marks: a record is never quoted, and quotes are not reproduced");
        assertTrue(markdown.contains("1. Smith J, Jones K, Lee M et al. (2020). A study of A. *J Pharm 1(2):3–4*."),
                markdown);
        assertTrue(markdown.contains("<https://blog.example/post>"), markdown);
        assertTrue(markdown.startsWith("Drug A inhibits the X receptor [1, 2];"), markdown);
        assertTrue(plain.contains("Only web articles, which are not peer-reviewed, support that the X receptor is "
                + "decreased by mTOR [3]."), plain);
    }

    private static final String FIXTURE = """
            {"nodes": [{"id": "a", "name": "drug A", "type": "Drug"}, {"id": "b", "name": "X receptor", "type": "Receptor"},
                       {"id": "c", "name": "mTOR", "type": "Pathway"}, {"id": "d", "name": "cell death", "type": "Outcome"}],
             "edges": [
              {"id": "a|INHIBITS|b", "type": "INHIBITS", "polarity": "negative", "from": "a", "to": "b",
               "support": {"evidence": 2, "sources": 2},
               "citations": [
                {"paperId": "p1", "title": "A study of A", "authors": ["Smith J", "Jones K", "Lee M", "Wu T"], "year": 2020,
                 "venue": "J Pharm 1(2):3–4", "kind": "peer-reviewed article", "doi": "10.1/x", "pmid": "123",
                 "evidence": "quote", "quote": "A inhibits X."},
                {"paperId": "db:example", "title": "Example DB", "authors": [], "year": 2021, "kind": "database",
                 "evidence": "record", "record": "row 7 says A blocks X", "source": "Example DB",
                 "references": [{"id": "pmid:555", "pmid": "555"}]}],
               "disagreements": [{"id": "a|ACTIVATES|b", "type": "ACTIVATES", "polarity": "positive", "citations": 1}]},
              {"id": "c|DECREASES|b", "type": "DECREASES", "polarity": "negative", "from": "c", "to": "b",
               "support": {"evidence": 1, "sources": 1},
               "citations": [
                {"paperId": "p3", "title": "Blog post", "authors": [], "kind": "web article", "url": "https://blog.example/post",
                 "evidence": "report", "quote": "mTOR lowers X.", "reports": {"id": "pmid:999", "pmid": "999"}}],
               "disagreements": []},
              {"id": "c|CAUSES|d", "type": "CAUSES", "polarity": "positive", "from": "c", "to": "d",
               "support": {"evidence": 3, "sources": 3},
               "citations": [
                {"paperId": "p1", "title": "A study of A", "authors": ["Smith J", "Jones K", "Lee M", "Wu T"], "year": 2020,
                 "venue": "J Pharm 1(2):3–4", "kind": "peer-reviewed article", "doi": "10.1/x", "pmid": "123",
                 "evidence": "quote", "quote": "mTOR kills."},
                {"paperId": "db:example", "title": "Example DB", "authors": [], "year": 2021, "kind": "database",
                 "evidence": "record", "record": "row 7 says A blocks X", "source": "Example DB",
                 "references": [{"id": "pmid:555", "pmid": "555"}]},
                {"paperId": "p3", "title": "Blog post", "authors": [], "kind": "web article", "url": "https://blog.example/post",
                 "evidence": "quote", "quote": "mTOR causes death."}],
               "disagreements": []}]}
            """;
}
