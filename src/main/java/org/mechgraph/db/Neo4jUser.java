package org.mechgraph.db;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The embedded server's one user, {@code neo4j}, and how it is kept on the password of {@link BoltPassword}. Neo4j
 * Community has no other users and no roles, so this user is the whole of Bolt's access control.
 */
final class Neo4jUser {

    static final String NAME = "neo4j";
    /** Where Neo4j keeps the system database, which holds the users, under its home. */
    private static final Path SYSTEM_STORE = Path.of("data", "databases", GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    /** Neo4j's status when ALTER USER is given the password the user already has, which it refuses to "change". */
    private static final String ARGUMENT_ERROR = "Neo.ClientError.Statement.ArgumentError";

    private Neo4jUser() {
    }

    /** Whether Neo4j has created its users in {@code home} yet (it does on the first start). */
    static boolean created(Path home) {
        return Files.isDirectory(home.resolve(SYSTEM_STORE));
    }

    /**
     * Before the first start: makes Neo4j create the user with {@code password} instead of the well-known default
     * {@code neo4j}, so the Bolt port never accepts a password anyone could guess, not even for the moment between
     * opening and {@link #keepPassword}. This is what {@code neo4j-admin dbms set-initial-password} does: it leaves the
     * password's hash in {@code data/dbms/auth.ini}, which Neo4j reads when it creates the system database.
     */
    static void setInitialPassword(Path home, String password) {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        var command = new SetInitialPasswordCommand(new ExecutionContext(home, home.resolve("conf"), silent, silent,
                new DefaultFileSystemAbstraction()));
        try {
            new CommandLine(command).parseArgs(password);
            command.execute();
        } catch (Exception e) {
            throw new StartupException("cannot set the initial Bolt password in " + home + " ("
                    + StartupException.rootMessage(e) + ")", e);
        }
    }

    /**
     * Makes {@code password} the user's on a running server, so the file stays the truth: a password changed from a
     * shell is back to the file's after a restart. Asked first, through the server's own login check (a hash
     * comparison, no query); only a refused password is set. Setting it on every start ran an administration
     * command, the process's first Cypher statement, on the system database: seconds of a restart on two cores.
     */
    static void keepPassword(DatabaseManagementService service, String password) {
        if (!accepts(service, password)) {
            setPassword(service, password);
        }
    }

    /** Whether the server would let the user in with {@code password}, as Bolt would ask it. */
    static boolean accepts(DatabaseManagementService service, String password) {
        var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            return system.getDependencyResolver().resolveDependency(AuthManager.class)
                    .login(AuthToken.newBasicAuthToken(NAME, password), ClientConnectionInfo.EMBEDDED_CONNECTION)
                    .subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (InvalidAuthTokenException e) {
            return false;
        }
    }

    /** Sets the password on a running server, through the embedded API, which needs no login. */
    static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to set the password the user already has (the usual case); any other refusal shows as
            // the driver's failed login right after, which is the check that counts.
            if (!ARGUMENT_ERROR.equals(e.getStatusCode())) {
                throw e;
            }
        }
    }
}
