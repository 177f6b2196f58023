package org.mechgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mechgraph.paths.PathService;

/**
 * Everything mechgraph can be told at start, read from environment variables (flags of the same name, lower-cased
 * with dashes, override them: {@code --http-port 9090}). Defaults give a self-contained embedded setup.
 *
 * @param httpHost    MECHGRAPH_HTTP_HOST, default 127.0.0.1
 * @param httpPort    MECHGRAPH_HTTP_PORT, default 8080 (0 picks a free port)
 * @param dataDir     MECHGRAPH_DATA_DIR, default ./data: the embedded database's home
 * @param boltPort    MECHGRAPH_BOLT_PORT, default 7687: the embedded Bolt connector, bound to loopback only
 * @param neo4jUri    NEO4J_URI: when set, no embedded database starts and this server or cluster is used
 * @param neo4jUser   NEO4J_USER, default neo4j (external mode only)
 * @param neo4jPassword NEO4J_PASSWORD (external mode only)
 * @param database    NEO4J_DATABASE, default neo4j
 * @param webDir      MECHGRAPH_WEB_DIR: serve the explorer from this folder instead of the jar (for editing it)
 * @param consoleTimeout MECHGRAPH_CONSOLE_TIMEOUT_MS, default 5000: the database stops a console query after it
 * @param consoleMaxRows MECHGRAPH_CONSOLE_MAX_ROWS, default 1000: rows a console answer holds at most
 * @param consoleConcurrency MECHGRAPH_CONSOLE_CONCURRENCY, default 2: console queries that may run at once; more wait
 *                    briefly, then are told to retry, so the console can never take the connections the API needs
 * @param allowedHosts MECHGRAPH_ALLOWED_HOSTS, comma-separated host names the HTTP API answers to besides the loopback
 *                    names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) and the bind address
 * @param importToken MECHGRAPH_IMPORT_TOKEN: imports through the API are off unless set; then a request must bring it
 *                    as {@code Authorization: Bearer <token>}
 * @param importMaxBytes MECHGRAPH_IMPORT_MAX_MB, default 64: the largest file (as sent, gzip or not) the API imports
 * @param pathBudget  MECHGRAPH_PATH_BUDGET_MS, default 3000: the time a path query searches at most; then it answers
 *                    the best paths found so far, flagged partial
 */
public record Config(
        String httpHost,
        int httpPort,
        Path dataDir,
        int boltPort,
        Optional<String> neo4jUri,
        String neo4jUser,
        String neo4jPassword,
        String database,
        Optional<Path> webDir,
        Duration consoleTimeout,
        int consoleMaxRows,
        int consoleConcurrency,
        List<String> allowedHosts,
        Optional<String> importToken,
        long importMaxBytes,
        Duration pathBudget) {

    /** Shorter tokens are refused at start: a guessable token would open the database to writes. */
    static final int MIN_TOKEN_LENGTH = 16;

    /** Reads the configuration from an environment map and command-line flags; flags win. */
    public static Config from(Map<String, String> env, String[] args) {
        Settings s = new Settings(env, args);
        return new Config(
                s.get("MECHGRAPH_HTTP_HOST", "127.0.0.1"),
                s.port("MECHGRAPH_HTTP_PORT", 8080),
                Path.of(s.nonBlank("MECHGRAPH_DATA_DIR", "./data")),
                s.port("MECHGRAPH_BOLT_PORT", 7687),
                Optional.ofNullable(s.get("NEO4J_URI", null)).filter(u -> !u.isBlank()),
                s.get("NEO4J_USER", "neo4j"),
                s.get("NEO4J_PASSWORD", ""),
                s.get("NEO4J_DATABASE", "neo4j"),
                Optional.ofNullable(s.get("MECHGRAPH_WEB_DIR", null)).filter(d -> !d.isBlank()).map(Path::of),
                Duration.ofMillis(s.positive("MECHGRAPH_CONSOLE_TIMEOUT_MS", 5000, 600_000)),
                s.positive("MECHGRAPH_CONSOLE_MAX_ROWS", 1000, 100_000),
                s.positive("MECHGRAPH_CONSOLE_CONCURRENCY", 2, 64),
                Arrays.stream(s.get("MECHGRAPH_ALLOWED_HOSTS", "").split(","))
                        .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList(),
                importToken(s.get("MECHGRAPH_IMPORT_TOKEN", "")),
                s.positive("MECHGRAPH_IMPORT_MAX_MB", 64, 4096) * 1024L * 1024L,
                Duration.ofMillis(s.positive("MECHGRAPH_PATH_BUDGET_MS",
                        (int) PathService.DEFAULT_BUDGET.toMillis(), 600_000)));
    }

    private static Optional<String> importToken(String token) {
        if (token.isBlank()) {
            return Optional.empty();
        }
        if (token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("MECHGRAPH_IMPORT_TOKEN must have at least " + MIN_TOKEN_LENGTH
                    + " characters (it guards writes to the graph); for example: openssl rand -hex 24");
        }
        return Optional.of(token.strip());
    }

    public boolean embedded() {
        return neo4jUri.isEmpty();
    }

    public Config withHttpPort(int port) {
        return new Config(httpHost, port, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, database,
                webDir, consoleTimeout, consoleMaxRows, consoleConcurrency, allowedHosts, importToken, importMaxBytes,
                pathBudget);
    }

    public Config withConsole(Duration timeout, int maxRows) {
        return new Config(httpHost, httpPort, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, database,
                webDir, timeout, maxRows, consoleConcurrency, allowedHosts, importToken, importMaxBytes,
                pathBudget);
    }

    public Config withNeo4jUri(String uri) {
        return new Config(httpHost, httpPort, dataDir, boltPort, Optional.of(uri), neo4jUser, neo4jPassword, database,
                webDir, consoleTimeout, consoleMaxRows, consoleConcurrency, allowedHosts, importToken,
                importMaxBytes, pathBudget);
    }

    public Config withBoltPort(int port) {
        return new Config(httpHost, httpPort, dataDir, port, neo4jUri, neo4jUser, neo4jPassword, database,
                webDir, consoleTimeout, consoleMaxRows, consoleConcurrency, allowedHosts, importToken,
                importMaxBytes, pathBudget);
    }

    public Config withAllowedHosts(List<String> hosts) {
        return new Config(httpHost, httpPort, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, database,
                webDir, consoleTimeout, consoleMaxRows, consoleConcurrency, List.copyOf(hosts),
                importToken, importMaxBytes, pathBudget);
    }

    /** Imports through the API allowed with {@code token} (empty: off), files up to {@code maxBytes}. */
    public Config withImport(Optional<String> token, long maxBytes) {
        return new Config(httpHost, httpPort, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword, database,
                webDir, consoleTimeout, consoleMaxRows, consoleConcurrency, allowedHosts, token,
                maxBytes, pathBudget);
    }

    /** Environment plus {@code --name value} flags, where a flag's name is the variable's, lower-cased with dashes. */
    private record Settings(Map<String, String> env, String[] args) {
        String get(String variable, String fallback) {
            String flag = "--" + variable.replaceFirst("^MECHGRAPH_", "").toLowerCase().replace('_', '-');
            for (int i = 0; i < args.length - 1; i++) {
                if (args[i].equals(flag)) {
                    return args[i + 1];
                }
            }
            return env.getOrDefault(variable, fallback);
        }

        /** A setting that, when given at all, must say something: an empty data folder name is a mistake. */
        String nonBlank(String variable, String fallback) {
            String value = get(variable, fallback);
            if (value.isBlank()) {
                throw new IllegalArgumentException(variable + " is set but empty; name a folder or unset it (default "
                        + fallback + ")");
            }
            return value;
        }

        int positive(String variable, int fallback, int max) {
            String raw = get(variable, Integer.toString(fallback));
            try {
                int value = Integer.parseInt(raw.trim());
                if (value < 1 || value > max) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + " must be a whole number from 1 to " + max
                        + ", got '" + raw + "'");
            }
        }

        int port(String variable, int fallback) {
            String raw = get(variable, Integer.toString(fallback));
            try {
                int port = Integer.parseInt(raw.trim());
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + " must be a port number from 0 to 65535, got '" + raw + "'");
            }
        }
    }
}
