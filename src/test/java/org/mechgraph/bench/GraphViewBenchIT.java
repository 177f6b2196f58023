package org.mechgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mechgraph.support.Api;
import org.mechgraph.support.Browser;

/**
 * How the explorer's graph view copes with 1,000 nodes and 3,000 edges in headless Chromium: time for the force
 * layout to settle, and frame times while a node is dragged. A benchmark, not a test: it asserts only that it ran.
 * <pre>mvn -B verify -Dbench=true -Dit.test=GraphViewBenchIT -Dsurefire.skip=true</pre>
 * Figures go to stdout and {@code target/bench/graph-view.txt}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class GraphViewBenchIT {

    private static final int NODES = 1000;
    private static final int LINKS = 3000;
    private static final int RUNS = 3;

    private static final String SETUP = """
            import { createGraphView } from '/js/graph.js';
            const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
            svg.id = 'graph';
            svg.setAttribute('width', '1400');
            svg.setAttribute('height', '860');
            svg.style.width = '1400px';
            svg.style.height = '860px';
            document.body.replaceChildren(svg);
            // A seeded generator so every run lays out the same graph.
            let seed = 42;
            const rnd = () => (seed = (seed * 1103515245 + 12345) %% 2147483648) / 2147483648;
            const types = ['Drug', 'Receptor', 'Pathway', 'Outcome'];
            const kinds = ['INHIBITS', 'ACTIVATES', 'INCREASES', 'DECREASES', 'ASSOCIATED_WITH'];
            const pol = { INHIBITS: 'negative', DECREASES: 'negative', ACTIVATES: 'positive', INCREASES: 'positive',
                          ASSOCIATED_WITH: 'neutral' };
            const nodes = Array.from({ length: %1$d }, (_, i) => ({ id: 'n' + i, name: 'entity ' + i,
                                                                  type: types[i %% 4] }));
            const links = [];
            const seen = new Set();
            while (links.length < %2$d) {
              const s = Math.floor(rnd() * %1$d), t = Math.floor(rnd() * %1$d), type = kinds[Math.floor(rnd() * 5)];
              const id = 'n' + s + '|' + type + '|n' + t;
              if (s === t || seen.has(id)) continue;
              seen.add(id);
              links.push({ id, type, polarity: pol[type], source: 'n' + s, target: 'n' + t, citations: 1 });
            }
            const view = createGraphView(svg, {});
            window.benchSettled = new Promise(resolve => view.onSettled(resolve));
            const start = performance.now();
            view.setData({ nodes, links });
            window.benchSettled.then(s => { window.benchSettle = { ms: performance.now() - start, reported: s }; });
            """;

    private static final String FRAMES = """
            () => { window.benchFrames = []; let last = performance.now();
              const tick = now => { window.benchFrames.push(now - last); last = now;
                                    if (window.benchRecording) requestAnimationFrame(tick); };
              window.benchRecording = true; requestAnimationFrame(tick); }
            """;

    @Test
    void measure() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "graph view, %d nodes / %d edges, headless Chromium 1440x900", NODES, LINKS));
        lines.add("run  settle_ms  drag_frames  frame_median_ms  frame_p95_ms  frame_max_ms");
        try (Api api = Api.onSharedDatabase(); Browser browser = new Browser()) {
            for (int run = 1; run <= RUNS; run++) {
                Page page = browser.newPage();
                page.navigate(api.base() + "/api/health");
                page.setContent("<!doctype html><html><head><link rel=stylesheet href='" + api.base()
                        + "/style.css'></head><body></body></html>");
                page.addScriptTag(new Page.AddScriptTagOptions().setUrl(api.base() + "/webjars/d3/7.9.0/dist/d3.min.js"));
                page.addScriptTag(new Page.AddScriptTagOptions().setType("module")
                        .setContent(SETUP.formatted(NODES, LINKS).replace("'/js/graph.js'",
                                "'" + api.base() + "/js/graph.js'")));
                page.waitForFunction("() => window.benchSettle !== undefined", null,
                        new Page.WaitForFunctionOptions().setTimeout(120_000));
                double settle = ((Number) page.evaluate("() => window.benchSettle.ms")).doubleValue();
                assertEquals(NODES, ((Number) page.evaluate("() => document.querySelectorAll('g.node').length")).intValue());

                @SuppressWarnings("unchecked")
                Map<String, Object> box = (Map<String, Object>) page.evaluate(
                        "() => { const r = document.querySelector('g.node').getBoundingClientRect();"
                                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; }");
                double x = ((Number) box.get("x")).doubleValue();
                double y = ((Number) box.get("y")).doubleValue();
                page.evaluate(FRAMES);
                page.mouse().move(x, y);
                page.mouse().down();
                for (int i = 1; i <= 120; i++) {
                    page.mouse().move(x + 300 * Math.sin(i / 20.0), y + 200 * Math.cos(i / 20.0));
                    page.waitForTimeout(16);
                }
                page.mouse().up();
                page.evaluate("() => { window.benchRecording = false; }");
                @SuppressWarnings("unchecked")
                List<Number> frames = (List<Number>) page.evaluate("() => window.benchFrames.slice(1)");
                List<Double> sorted = frames.stream().map(Number::doubleValue).sorted().toList();
                lines.add(String.format(Locale.ROOT, "%3d  %9.0f  %11d  %15.1f  %12.1f  %12.1f", run, settle,
                        sorted.size(), pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1)));
                page.context().close();
            }
        }
        Path out = Path.of("target", "bench", "graph-view.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
