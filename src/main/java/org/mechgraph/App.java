package org.mechgraph;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mechgraph.console.ConsoleController;
import org.mechgraph.console.CypherConsole;
import org.mechgraph.console.Examples;
import org.mechgraph.contradictions.ContradictionController;
import org.mechgraph.contradictions.ContradictionService;
import org.mechgraph.load.CorpusLoader;
import org.mechgraph.db.Database;
import org.mechgraph.db.Graph;
import org.mechgraph.entities.EntityController;
import org.mechgraph.entities.EntityService;
import org.mechgraph.evidence.EffectController;
import org.mechgraph.evidence.EffectService;
import org.mechgraph.imports.ImportController;
import org.mechgraph.export.ExportController;
import org.mechgraph.export.SubgraphService;
import org.mechgraph.model.EffectType;
import org.mechgraph.http.ErrorMapping;
import org.mechgraph.http.HttpHardening;
import org.mechgraph.http.JsonDepth;
import org.mechgraph.papers.PaperController;
import org.mechgraph.papers.PaperService;
import org.mechgraph.paths.PathController;
import org.mechgraph.paths.PathService;
import org.mechgraph.stats.StatsService;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Builds the unstarted web app over a database: the route table, JSON mapping and error rendering. {@link Main}
 * starts it; tests build it the same way on a free port.
 */
public final class App {

    /** How deep a console request's JSON may nest: parameters are values, maps and lists a few levels deep. */
    static final int JSON_DEPTH = 32;

    private App() {
    }

    public static Javalin create(Database db, Config config) {
        Graph graph = db.graph();
        var entityService = new EntityService(graph);
        var entities = new EntityController(entityService);
        var pathService = new PathService(graph, config.pathBudget());
        var paths = new PathController(pathService, entityService, entities);
        var contradictions = new ContradictionController(new ContradictionService(graph), entityService, entities);
        var export = new ExportController(paths, pathService, new SubgraphService(graph));
        var papers = new PaperController(new PaperService(graph));
        var stats = new StatsService(graph);
        var effects = new EffectController(new EffectService(graph));
        var examples = Examples.parse(CorpusLoader.resource("cypher/examples.cypher"));
        var imports = ImportController.of(graph, config.importToken(), config.importMaxBytes());
        var console = new ConsoleController(new CypherConsole(graph.driver(), graph.database(),
                config.consoleTimeout(), config.consoleMaxRows(), config.consoleConcurrency()));

        return Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
            cfg.jetty.host = config.httpHost();
            cfg.jetty.port = config.httpPort();
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = ConsoleController.MAX_BODY_BYTES;
            ErrorMapping.install(cfg.routes);
            HttpHardening.install(cfg, config.httpHost(), config.allowedHosts(), config.webDir());
            // The explorer: from the web/ folder when one is named (edit and reload), else from the jar.
            if (config.webDir().isPresent()) {
                cfg.staticFiles.add(config.webDir().get().toAbsolutePath().toString(), Location.EXTERNAL);
            } else if (App.class.getResource("/web/index.html") != null) {
                cfg.staticFiles.add("/web", Location.CLASSPATH);
            }
            cfg.staticFiles.enableWebjars();

            cfg.routes.get("/api/health", ctx -> health(ctx, db, graph));
            cfg.routes.get("/api/paths", paths::find);
            cfg.routes.get("/api/entities", entities::search);
            cfg.routes.get("/api/entities/{id}", entities::detail);
            cfg.routes.get("/api/entities/{id}/neighbours", entities::neighbours);
            cfg.routes.get("/api/effects/{id}", effects::detail);
            cfg.routes.get("/api/contradictions", contradictions::list);
            cfg.routes.get("/api/vocabulary", ctx -> ctx.json(vocabulary()));
            cfg.routes.before("/api/cypher", new JsonDepth(JSON_DEPTH));
            cfg.routes.post("/api/cypher", console::run);
            cfg.routes.get("/api/cypher/examples", ctx -> ctx.json(examples));
            cfg.routes.get("/api/papers/<id>", papers::detail);
            cfg.routes.get("/api/stats", ctx -> ctx.json(stats.stats()));
            cfg.routes.post("/api/import", imports::post);
            cfg.routes.get("/api/export", export::export);
            cfg.routes.before("/api/export", new JsonDepth(JSON_DEPTH));
            cfg.routes.post("/api/export", export::export);
        });
    }

    /** The effect vocabulary with each type's polarity and meaning, for legends and filters. */
    private static List<Map<String, String>> vocabulary() {
        return Arrays.stream(EffectType.values()).map(t -> Map.of("type", t.name(),
                "polarity", t.polarity().label(), "meaning", t.meaning())).toList();
    }

    /**
     * Whether the database answers: 200 with {@code status: ok}, or 503 with {@code status: unavailable}. Both name
     * the database and its address, so whoever watches the health sees which server is down.
     */
    private static void health(Context ctx, Database db, Graph graph) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            graph.readOne("RETURN 1 AS ok", Map.of(), r -> r.get("ok").asInt());
            out.put("status", "ok");
        } catch (ServiceUnavailableException | SessionExpiredException | TransientException e) {
            ctx.status(503);
            out.put("status", "unavailable");
            out.put("message", "the graph database is unreachable; try again shortly");
        }
        out.put("mode", db.mode().name().toLowerCase());
        out.put("bolt", db.uri());
        out.put("database", graph.database());
        ctx.json(out);
    }
}
