package org.mechgraph.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mechgraph.support.Api;
import org.mechgraph.support.Browser;

/**
 * The path form's "More filters": a link's filters fill the form and ask the API what the link says, a filter changed
 * in the form re-runs the query and is written in the address, and what the API refuses is said beside its field.
 * Every expectation comes from the API itself, asked the same question.
 */
class PathFiltersBrowserIT extends ExplorerPageTest {

    private static final Set<String> FILTERS = Set.of("minSources", "relation", "type", "exclude", "yearFrom",
            "yearTo", "species");
    private static final String ANTIDEPRESSANT = "from=ketamine&to=antidepressant%20effect&maxHops=4";

    private Locator summary() {
        return page.locator("#path-filters > summary");
    }

    private Locator items() {
        return page.locator("#path-results .path-item");
    }

    private void openFilters() {
        if (page.locator("#path-filters").getAttribute("open") == null) {
            summary().click();
        }
        assertThat(page.locator("#path-filters .filter-body")).isVisible();
    }

    /** The paths the API finds for a query, as the list shows them: each path's effect ids, in order. */
    private static List<List<String>> apiPaths(String query) {
        Api.Response answer = api.get("/api/paths?" + query + "&limit=10");
        assertEquals(200, answer.status(), answer.json().toString());
        List<List<String>> paths = new ArrayList<>();
        answer.json().get("paths").forEach(p -> {
            List<String> edges = new ArrayList<>();
            p.get("edges").forEach(e -> edges.add(e.get("id").asText()));
            paths.add(edges);
        });
        return paths;
    }

    /** Waits for the list to show as many paths as expected, then reads each path's effect ids. */
    private List<List<String>> shownPaths(int expected) {
        assertThat(items()).hasCount(expected);
        assertThat(page.locator("#status")).hasAttribute("data-state", "ok");
        List<List<String>> paths = new ArrayList<>();
        for (Locator item : items().all()) {
            paths.add(item.locator(".hop").all().stream().map(h -> h.getAttribute("data-edge-id")).toList());
        }
        return paths;
    }

    private void assertShowsWhatTheApiFinds(String query) {
        List<List<String>> expected = apiPaths(query);
        assertFalse(expected.isEmpty(), "the seed corpus has paths for " + query);
        assertEquals(expected, shownPaths(expected.size()), query);
    }

    /** The filter parameters of a URL, decoded and sorted ("exclude=BDNF", "relation=causes", …). */
    private static List<String> filterParams(String url) {
        String query = URI.create(url).getRawQuery();
        return query == null ? List.of() : Arrays.stream(query.split("&"))
                .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
                .filter(p -> FILTERS.contains(p.split("=", 2)[0]))
                .sorted().toList();
    }

    private void allowRefusals() {
        browser.consoleErrors().removeIf(e -> e.matches("(?s).*status of 40[04].*") && e.contains("/api/paths"));
    }

    @Test
    void aLinkWithFiltersFillsTheFormAndAsksTheApiWhatTheLinkSays() {
        String filters = "relation=increases&relation=causes&exclude=BDNF";
        String link = api.base() + "/?" + ANTIDEPRESSANT + "&" + filters;
        var request = page.waitForRequest(r -> r.url().contains("/api/paths"), () -> page.navigate(link));
        assertEquals(filterParams(link), filterParams(request.url()), "the page asks the API the link's filters");
        assertEquals(List.of("exclude=BDNF", "relation=causes", "relation=increases"), filterParams(request.url()));

        assertThat(summary()).hasText("More filters (2)");
        assertThat(page.locator("#path-filters")).not().hasAttribute("open", "");
        openFilters();
        assertThat(page.locator("input[name='relation'][value='increases']")).isChecked();
        assertThat(page.locator("input[name='relation'][value='causes']")).isChecked();
        assertThat(page.locator("input[name='relation']:checked")).hasCount(2);
        assertThat(page.locator("input[name='type']:checked")).hasCount(0);
        assertThat(page.locator(".exclude-input")).hasCount(1);
        assertThat(page.locator(".exclude-input")).hasValue("BDNF");
        assertThat(page.locator("#min-sources")).hasValue("");

        assertShowsWhatTheApiFinds(ANTIDEPRESSANT + "&" + filters);
        for (Locator item : items().all()) {
            assertFalse(item.locator(".chain-node").allTextContents().contains("BDNF"), item.textContent());
            for (Locator hop : item.locator(".hop").all()) {
                assertTrue(hop.getAttribute("data-edge-id").matches("[^|]+\\|(INCREASES|CAUSES)\\|[^|]+"),
                        hop.getAttribute("data-edge-id"));
            }
        }
        assertTrue(apiPaths(ANTIDEPRESSANT).stream().flatMap(List::stream).anyMatch(id -> id.contains("bdnf")),
                "without the filters, BDNF is on a path: the filter is what keeps it out");

        // The form holds what the link said: searching again asks the same question and keeps the same address.
        String before = page.url();
        page.locator("#find-paths").click();
        assertShowsWhatTheApiFinds(ANTIDEPRESSANT + "&" + filters);
        assertEquals(before, page.url());
    }

    @Test
    void aMinimumOfSourcesKeepsOnlyHopsWithThatManyIndependentSources() {
        page.navigate(api.base() + "/?" + ANTIDEPRESSANT + "&minSources=2");
        assertThat(summary()).hasText("More filters (1)");
        assertShowsWhatTheApiFinds(ANTIDEPRESSANT + "&minSources=2");
        JsonNode paths = api.get("/api/paths?" + ANTIDEPRESSANT + "&minSources=2").json().get("paths");
        paths.forEach(p -> p.get("edges").forEach(e -> assertTrue(e.get("support").get("sources").asInt() >= 2, e.toString())));
        openFilters();
        assertThat(page.locator("#min-sources")).hasValue("2");
    }

    @Test
    void changingAFilterReRunsTheQueryAndWritesItInTheAddress() {
        page.navigate(api.base() + "/?" + ANTIDEPRESSANT);
        assertShowsWhatTheApiFinds(ANTIDEPRESSANT);
        assertThat(summary()).hasText("More filters");
        openFilters();

        page.locator("input[name='relation'][value='increases']").check();
        assertThat(page).hasURL(Pattern.compile(".*[?&]relation=increases(&.*)?$"));
        assertThat(summary()).hasText("More filters (1)");
        page.locator("input[name='relation'][value='causes']").check();
        assertThat(page).hasURL(Pattern.compile(".*relation=increases&relation=causes.*"));
        assertShowsWhatTheApiFinds(ANTIDEPRESSANT + "&relation=increases&relation=causes");

        Locator exclude = page.locator(".exclude-input").first();
        exclude.fill("neuroplast");
        page.locator(".exclude-row .autocomplete .search-hit:visible").first().waitFor();
        exclude.press("ArrowDown");
        exclude.press("Enter");
        assertThat(exclude).hasValue("neuroplasticity");
        assertThat(page).hasURL(Pattern.compile(".*exclude=neuroplasticity.*"));
        assertThat(summary()).hasText("More filters (2)");
        assertShowsWhatTheApiFinds(ANTIDEPRESSANT + "&relation=increases&relation=causes&exclude=neuroplasticity");

        page.locator("#min-sources").fill("2");
        page.locator("#min-sources").press("Tab");
        assertThat(page).hasURL(Pattern.compile(".*minSources=2.*"));
        assertThat(summary()).hasText("More filters (3)");
        String all = ANTIDEPRESSANT + "&relation=increases&relation=causes&exclude=neuroplasticity&minSources=2";
        assertShowsWhatTheApiFinds(all);
        String filtered = page.url();

        // A new page on that address shows the same form and the same paths.
        var other = browser.newPage();
        other.navigate(filtered);
        assertThat(other.locator("#path-filters > summary")).hasText("More filters (3)");
        assertThat(other.locator("#min-sources")).hasValue("2");
        assertThat(other.locator(".exclude-input")).hasValue("neuroplasticity");
        assertThat(other.locator("#path-results .path-item")).hasCount(apiPaths(all).size());
        other.context().close();

        page.locator("#clear-filters").click();
        assertThat(summary()).hasText("More filters");
        assertThat(page).hasURL(Pattern.compile(".*[?&]maxHops=4$"));
        assertEquals(List.of(), filterParams(page.url()));
        assertShowsWhatTheApiFinds(ANTIDEPRESSANT);

        page.goBack();
        assertThat(summary()).hasText("More filters (3)");
        assertEquals(filterParams(filtered), filterParams(page.url()));
        assertThat(page.locator("#min-sources")).hasValue("2");
    }

    @Test
    void excludingAStopIsRefusedAndTheMessageNamesTheExcludeField() {
        String query = "from=ketamine&to=BDNF&maxHops=4&exclude=ketamine";
        JsonNode refusal = api.get("/api/paths?" + query).json();
        assertEquals(400, refusal.get("status").asInt());
        assertEquals("exclude", refusal.get("parameter").asText());

        page.navigate(api.base() + "/?" + query);
        Locator status = page.locator("#status");
        assertThat(status).hasAttribute("data-state", "error");
        assertThat(status).containsText(refusal.get("message").asText());
        assertThat(status).containsText("Exclude entities");
        assertThat(page.locator("#path-filters")).hasAttribute("open", "");
        Locator exclude = page.locator(".exclude-input").first();
        assertThat(exclude).hasAttribute("aria-invalid", "true");
        // The open filters push the status line down: the field says why too.
        assertThat(exclude).hasAttribute("aria-describedby", "filter-error");
        assertThat(page.locator("#filter-error")).containsText(refusal.get("message").asText());
        assertThat(page.locator("#filter-error")).isInViewport();
        Browser.screenshot(page, "filters-exclude-a-stop");

        status.locator(".hint-action", new Locator.LocatorOptions().setHasText("Clear “Exclude entities”")).click();
        assertThat(page).not().hasURL(Pattern.compile(".*exclude=.*"));
        assertShowsWhatTheApiFinds("from=ketamine&to=BDNF&maxHops=4");
        assertThat(exclude).not().hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#filter-error")).hasCount(0);
        allowRefusals();
    }

    @Test
    void yearsTheApiRefusesAreSaidBesideTheYearField() {
        page.navigate(api.base() + "/?from=ketamine&to=BDNF&maxHops=4");
        assertShowsWhatTheApiFinds("from=ketamine&to=BDNF&maxHops=4");
        openFilters();
        page.locator("#year-from").fill("2020");
        page.locator("#year-to").fill("2010");
        page.locator("#year-to").press("Enter");
        JsonNode refusal = api.get("/api/paths?from=ketamine&to=BDNF&maxHops=4&yearFrom=2020&yearTo=2010").json();
        assertEquals("yearTo", refusal.get("parameter").asText());
        assertThat(page.locator("#status")).hasAttribute("data-state", "error");
        assertThat(page.locator("#status")).containsText(refusal.get("message").asText());
        assertThat(page.locator("#year-to")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#year-from")).not().hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#filter-error")).containsText(refusal.get("message").asText());
        assertEquals(List.of("yearFrom=2020", "yearTo=2010"), filterParams(page.url()));
        allowRefusals();
    }

    @Test
    void anUnknownNameToExcludeOffersTheClosestMatches() {
        String query = ANTIDEPRESSANT + "&exclude=BDNX";
        JsonNode unknown = api.get("/api/paths?" + query).json();
        assertEquals(404, unknown.get("status").asInt());
        assertEquals("exclude", unknown.get("parameter").asText());
        String closest = unknown.get("suggestions").get(0).get("name").asText();

        page.navigate(api.base() + "/?" + query);
        assertThat(page.locator("#status")).containsText("No entity is called “BDNX” (the “Exclude entities” filter)");
        page.locator("#status .suggestion").first().click();
        page.waitForURL(url -> url.endsWith("&exclude=" + Api.enc(closest)));
        assertShowsWhatTheApiFinds(ANTIDEPRESSANT + "&exclude=" + Api.enc(closest));
        allowRefusals();
    }

    @Test
    void whenTheFiltersLeaveNoPathTheMessageSaysSoAndClearsThem() {
        String filters = "relation=inhibits&relation=increases";
        JsonNode none = api.get("/api/paths?" + ANTIDEPRESSANT + "&" + filters).json();
        assertEquals(0, none.get("total").asInt(), "no path of only inhibits and increases hops in the corpus");

        page.navigate(api.base() + "/?" + ANTIDEPRESSANT + "&" + filters);
        Locator status = page.locator("#status");
        assertThat(status).hasAttribute("data-state", "empty");
        assertThat(status).containsText("passes the filters (relations: inhibits or increases)");
        assertThat(status).containsText("Filters are active");
        assertThat(items()).hasCount(0);
        Browser.screenshot(page, "filters-no-path");

        status.locator(".hint-action", new Locator.LocatorOptions().setHasText("Clear the filter")).click();
        assertEquals(List.of(), filterParams(page.url()));
        assertShowsWhatTheApiFinds(ANTIDEPRESSANT);
        assertThat(summary()).hasText("More filters");
    }

    @Test
    void theFilterModuleReadsAndWritesTheAddressInOneCanonicalForm() {
        page.navigate(api.base() + "/");
        Object out = page.evaluate("async () => { const u = await import('/js/urlState.js');"
                + " return u.toSearch(u.readUrl('?from=a&to=b&maxHops=3&relation=Increases,associated%20with'"
                + " + '&type=receptor&type=Pathway&exclude=x,%20y&exclude=x&minSources=1&yearFrom=2001&species=%20Human%20')); }");
        assertEquals("?from=a&to=b&maxHops=3&relation=increases&relation=associated_with&type=Receptor&type=Pathway"
                + "&exclude=x&exclude=y&yearFrom=2001&species=Human", out);
    }

    /** Closed, the filters take no line of their own: at 1024×700 the status and the first path stay in view. */
    @Test
    void closedTheFiltersKeepTheResultsOnScreenAndOpenTheyFitTheColumn() {
        String query = "from=ketamine&to=BDNF&maxHops=4&minSources=2&exclude=MOR";
        for (int[] size : new int[][] {{1440, 900}, {1024, 700}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(api.base() + "/?" + query);
            assertShowsWhatTheApiFinds(query);
            BoundingBox status = page.locator("#status").boundingBox();
            BoundingBox first = items().first().boundingBox();
            assertTrue(status.y + status.height <= size[1], "the status line is in view: " + (status.y + status.height));
            assertTrue(first.y < size[1] - 10, "the first path starts in view: " + first.y);
            BoundingBox peer = page.locator(".form-options .check").boundingBox();
            BoundingBox line = summary().boundingBox();
            assertTrue(Math.abs(peer.y - line.y) < 2, "the summary ends the peer-reviewed line");
            Browser.screenshot(page, "filters-closed-" + size[0]);

            summary().click();
            BoundingBox body = page.locator("#path-filters .filter-body").boundingBox();
            BoundingBox column = page.locator("#explorer-panel").boundingBox();
            assertTrue(body.x + body.width <= column.x + column.width, "the open filters fit the left column");
            assertEquals(line.y, summary().boundingBox().y, 0.5, "opening leaves the summary where it was");
            Browser.screenshot(page, "filters-open-" + size[0]);
        }
    }
}
