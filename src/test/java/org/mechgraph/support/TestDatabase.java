package org.mechgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.mechgraph.Config;
import org.mechgraph.db.BoltCredentials;
import org.mechgraph.db.Database;
import org.mechgraph.load.CorpusLoader;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one Neo4j of a test run, loaded with the corpus once: Testcontainers' Neo4j where a Docker engine exists, the
 * in-process Neo4j otherwise. Every IT class shares it; it closes when the JVM exits.
 */
public final class TestDatabase {

    private static Database shared;
    private static Config config;

    private TestDatabase() {
    }

    public static synchronized Database shared() {
        if (shared == null) {
            config = config("shared");
            if (dockerAvailable()) {
                var container = new Neo4jContainer("neo4j:5.26").withoutAuthentication();
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
                config = config.withNeo4jUri(container.getBoltUrl());
            }
            shared = Database.open(config);
            new CorpusLoader(shared.graph()).load();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static synchronized Config sharedConfig() {
        shared();
        return config;
    }

    /** A config for an embedded database in a new temporary folder, on free ports. */
    public static Config config(String name) {
        return Config.from(env(name), new String[0]);
    }

    /**
     * A config for an app whose database is a server it did not start, reached at {@code uri} with {@code login}: an
     * {@link org.mechgraph.db.EmbeddedNeo4j} a test started, as NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD name it.
     */
    public static Config external(String name, String uri, BoltCredentials login) {
        Map<String, String> env = env(name);
        env.put("NEO4J_URI", uri);
        env.put("NEO4J_USER", login.user());
        env.put("NEO4J_PASSWORD", login.password());
        return Config.from(env, new String[0]);
    }

    private static Map<String, String> env(String name) {
        try {
            Path dir = Files.createTempDirectory("mechgraph-" + name);
            Map<String, String> env = new HashMap<>();
            env.put("MECHGRAPH_DATA_DIR", dir.toString());
            env.put("MECHGRAPH_BOLT_PORT", "0");
            env.put("MECHGRAPH_HTTP_PORT", "0");
            // Tests check which paths are found; on a busy machine the default budget could cut a search short.
            env.put("MECHGRAPH_PATH_BUDGET_MS", "120000");
            return env;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the public data sets are: {@code MECHGRAPH_SHARED_DATA}, else {@code ../shared/data}. */
    public static Path sharedData() {
        String env = System.getenv("MECHGRAPH_SHARED_DATA");
        return Path.of(env != null ? env : "../shared/data").toAbsolutePath().normalize();
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }
}
