package org.mechgraph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mechgraph.db.Graph;
import org.mechgraph.entities.EntityService;
import org.mechgraph.model.NodeRef;
import org.mechgraph.paths.PathModel;
import org.mechgraph.paths.PathService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the database, once at start, what the explorer asks first: a search, an entity, a path. Neo4j plans each
 * Cypher text the first time it sees it, and in a new JVM that takes seconds (the planner's classes load and run
 * interpreted); the path search alone has several texts. Run on its own thread while the web server starts, the
 * planning overlaps that start instead of following it, and the first user's path query finds its plans cached.
 * Works on any graph: it searches the corpus's own names and skips what the graph does not have.
 */
final class Warmup implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    /**
     * The explorer's first two example queries (stops in order) at its default depth. Neo4j caches a plan per query
     * text and parameter types, and a search's later levels bind parameters its first ones do not: after a warm-up
     * of one three-hop search, the first four-hop one still took seconds. On another graph the names may be missing;
     * then only the search runs.
     */
    private static final List<List<String>> PATHS = List.of(List.of("ketamine", "MOR", "BDNF"),
            List.of("ketamine", "antidepressant effect"));
    private static final int MAX_HOPS = 4;

    private final EntityService entities;
    private final PathService paths;

    Warmup(Graph graph) {
        this.entities = new EntityService(graph);
        this.paths = new PathService(graph, Duration.ofSeconds(10));
    }

    /** Starts the warm-up on a daemon thread of its own and answers the thread. */
    static Thread start(Graph graph) {
        Thread thread = new Thread(new Warmup(graph), "mechgraph-warmup");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        long started = System.nanoTime();
        try {
            entities.search(PATHS.get(0).get(0), 10);
            for (List<String> names : PATHS) {
                Optional<List<NodeRef>> stops = resolve(names);
                if (stops.isEmpty()) {
                    return;
                }
                warm(stops.get());
            }
            LOG.debug("query plans warmed in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Only a head start: a failure here (the database busy or stopping) is the first real query's to report.
            LOG.debug("warm-up stopped: {}", e.toString());
        }
    }

    private Optional<List<NodeRef>> resolve(List<String> names) {
        List<NodeRef> stops = new ArrayList<>();
        for (String name : names) {
            Optional<EntityService.Hit> hit = entities.resolve(name);
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            stops.add(new NodeRef(hit.get().id(), hit.get().name(), hit.get().type()));
        }
        return Optional.of(stops);
    }

    private void warm(List<NodeRef> stops) {
        List<String> ids = stops.stream().map(NodeRef::id).toList();
        entities.detail(ids.get(0));
        paths.page(new PathModel.Query(ids.get(0), ids.subList(1, ids.size() - 1), ids.get(ids.size() - 1), MAX_HOPS,
                10, 0, PathModel.Rank.EVIDENCE, null, PathModel.HopFilter.NONE), stops);
    }
}
