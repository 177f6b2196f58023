package org.mechgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mechgraph.Config;
import org.mechgraph.db.Database;
import org.mechgraph.support.Api;
import org.mechgraph.support.Browser;

/**
 * How the explorer's graph view copes with 1,000 nodes and 3,000 edges in headless Chromium: time for the force
 * layout to settle, and frame times while a node is dragged. A benchmark, not a test: it asserts only that it ran.
 * <p>
 * By default it lays out a seeded random graph of the curated corpus's four types. With
 * {@code -Dbench.graph=FOLDER}, a data folder into which Hetionet and CONIB were imported, it lays out a piece of that
 * graph as a researcher builds it in the explorer instead (see {@link ImportedSubgraph}): real types, relations,
 * polarities and hubs, put together by the explorer's own graphModel.js.
 * <pre>
 * mvn -B verify -Dbench=true -Dit.test=GraphViewBenchIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * mvn -B verify -Dbench=true -Dbench.graph=FOLDER -Dit.test=GraphViewBenchIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Figures (the settle's wall-clock time and the CPU time Chromium spent in it), with the machine's load averages at
 * each run, go to stdout and {@code target/bench/graph-view.txt}
 * (random graph) or {@code target/bench/graph-view-imported.txt} (with the neighbour answers drawn in
 * {@code graph-view-imported.json}); the first run's settled layout to
 * {@code target/screenshots/graph-view-random.png} or {@code graph-view-imported.png}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class GraphViewBenchIT {

    private static final int NODES = 1000;
    private static final int LINKS = 3000;
    private static final int RUNS = 3;

    private static final String SVG = """
            const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
            svg.id = 'graph';
            svg.setAttribute('width', '1400');
            svg.setAttribute('height', '860');
            svg.style.width = '1400px';
            svg.style.height = '860px';
            document.body.replaceChildren(svg);
            """;

    private static final String RANDOM = """
            import { createGraphView } from '/js/graph.js';
            %3$s
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
            const data = { nodes, links };
            %4$s
            """;

    private static final String IMPORTED = """
            import { createGraphView } from '/js/graph.js';
            import { buildGraph } from '/js/graphModel.js';
            %2$s
            // What the explorer draws from these neighbour answers: graphModel.js merges them as controller.js does.
            const data = buildGraph({ expansions: %1$s });
            %3$s
            """;

    private static final String VIEW = """
            const view = createGraphView(svg, {});
            window.benchSettled = new Promise(resolve => view.onSettled(resolve));
            const start = performance.now();
            view.setData(data);
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
        String folder = System.getProperty("bench.graph", "");
        if (folder.isBlank()) {
            try (Api api = Api.onSharedDatabase()) {
                String script = RANDOM.formatted(NODES, LINKS, SVG, VIEW);
                report("random", "seeded random graph, 4 types, 5 relations", api, script);
            }
            return;
        }
        Map<String, String> env = new HashMap<>();
        env.put("MECHGRAPH_DATA_DIR", folder);
        env.put("MECHGRAPH_BOLT_PORT", "0");
        env.put("MECHGRAPH_HTTP_PORT", "0");
        Config config = Config.from(env, new String[0]);
        try (Database db = Database.open(config); Api api = new Api(db, config)) {
            long start = System.nanoTime();
            ImportedSubgraph.Result sub = ImportedSubgraph.take(api, db.graph(), NODES, LINKS);
            String what = String.format(Locale.ROOT, """
                    graph in %s, grown from %s: %d entities by %d expansions of 15 (%d effects), then the \
                    best-supported %d of %d further effects between them; %d s to gather""", folder,
                    String.join(", ", sub.seeds()), sub.nodes(), sub.expanded(), sub.growthLinks(),
                    sub.links() - sub.growthLinks(), sub.candidates(), (System.nanoTime() - start) / 1_000_000_000);
            // What was drawn, to look at or to lay out again without the database.
            Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(Path.of("target", "bench", "graph-view-imported.json"), sub.json());
            report("imported", what, api, IMPORTED.formatted(sub.json(), SVG, VIEW));
        }
    }

    private void report(String mode, String what, Api api, String script) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "graph view, %d nodes / %d edges, headless Chromium 1440x900, %s, %d cores",
                NODES, LINKS, LocalDate.now(), Runtime.getRuntime().availableProcessors()));
        lines.add(what);
        lines.add("run  settle_ms  cpu_ms  ticks  drag_frames  frame_median_ms  frame_p95_ms  frame_max_ms    fps"
                + "  dragged (edges)  load 1/5/15 min");
        try (Browser browser = new Browser()) {
            for (int run = 1; run <= RUNS; run++) {
                String load = loadAverages();
                // The app's script policy forbids inline scripts; the benchmark's own script is one.
                Page page = browser.newPage(true);
                page.navigate(api.base() + "/api/health");
                page.setContent("<!doctype html><html><head><link rel=stylesheet href='" + api.base()
                        + "/style.css'></head><body></body></html>");
                page.addScriptTag(new Page.AddScriptTagOptions().setUrl(api.base() + "/webjars/d3/7.9.0/dist/d3.min.js"));
                long cpuBefore = chromiumCpuMs();
                page.addScriptTag(new Page.AddScriptTagOptions().setType("module")
                        .setContent(script.replace("'/js/", "'" + api.base() + "/js/")));
                page.waitForFunction("() => window.benchSettle !== undefined", null,
                        new Page.WaitForFunctionOptions().setTimeout(120_000));
                long cpu = chromiumCpuMs() - cpuBefore;
                double settle = ((Number) page.evaluate("() => window.benchSettle.ms")).doubleValue();
                int ticks = ((Number) page.evaluate("() => window.benchSettle.reported.ticks")).intValue();
                assertEquals(NODES, ((Number) page.evaluate("() => document.querySelectorAll('g.node').length")).intValue());
                assertEquals(LINKS, ((Number) page.evaluate("() => document.querySelectorAll('path.link').length"))
                        .intValue());
                if (run == 1) {
                    page.waitForTimeout(600); // the view's fit transition after settling
                    Browser.screenshot(page, "graph-view-" + mode);
                }

                // The first node: in the imported graph the biggest hub, whose edges all follow the drag.
                @SuppressWarnings("unchecked")
                Map<String, Object> box = (Map<String, Object>) page.evaluate(
                        "() => { const g = document.querySelector('g.node'), r = g.getBoundingClientRect(), id = g.__data__.id;"
                                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2, id,"
                                + " edges: [...document.querySelectorAll('path.link')].filter(p => p.__data__.source.id === id"
                                + " || p.__data__.target.id === id).length}; }");
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
                double fps = 1000.0 * sorted.size() / sorted.stream().mapToDouble(Double::doubleValue).sum();
                lines.add(String.format(Locale.ROOT, "%3d  %9.0f  %6d  %5d  %11d  %15.1f  %12.1f  %12.1f  %5.1f  %s (%s)  %s",
                        run, settle, cpu, ticks, sorted.size(), pct(sorted, 50), pct(sorted, 95),
                        sorted.get(sorted.size() - 1), fps, box.get("id"), box.get("edges"), load));
                page.context().close();
            }
        }
        Path out = Path.of("target", "bench", mode.equals("random") ? "graph-view.txt" : "graph-view-" + mode + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    /**
     * CPU time so far of every Chromium process this JVM started (browser, renderer, GPU, utility), in ms. On a shared
     * machine the settle's wall-clock time mostly says how busy the neighbours were; the CPU it took says what the
     * layout and painting cost.
     */
    private static long chromiumCpuMs() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("chromium")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
    }

    private static String loadAverages() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
