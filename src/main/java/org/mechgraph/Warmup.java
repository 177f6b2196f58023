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

    /** A path of the shipped corpus; on another graph the names may be missing, and only the search runs. */
    private static final List<String> PATH = List.of("ketamine", "mu-opioid receptor", "BDNF");

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
            entities.search(PATH.get(0), 10);
            List<NodeRef> stops = new ArrayList<>();
            for (String name : PATH) {
                Optional<EntityService.Hit> hit = entities.resolve(name);
                if (hit.isEmpty()) {
                    return;
                }
                stops.add(new NodeRef(hit.get().id(), hit.get().name(), hit.get().type()));
            }
            entities.detail(stops.get(0).id());
            paths.page(new PathModel.Query(stops.get(0).id(), List.of(stops.get(1).id()), stops.get(2).id(), 3, 10,
                    0, PathModel.Rank.EVIDENCE, null, PathModel.HopFilter.NONE), stops);
            LOG.debug("query plans warmed in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // Only a head start: a failure here (the database busy or stopping) is the first real query's to report.
            LOG.debug("warm-up stopped: {}", e.toString());
        }
    }
}
