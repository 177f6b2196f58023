package org.mechgraph.db;

import java.nio.file.Path;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * How to log in to the embedded Bolt port: mechgraph's own driver uses these, and so can cypher-shell or Neo4j Browser.
 *
 * @param user         always {@code neo4j}, the only user Neo4j Community has
 * @param password     the generated password
 * @param passwordFile where the password is kept, to point people at instead of printing it
 */
public record BoltCredentials(String user, String password, Path passwordFile) {

    public AuthToken authToken() {
        return AuthTokens.basic(user, password);
    }

    @Override
    public String toString() {
        return "BoltCredentials[user=" + user + ", passwordFile=" + passwordFile + "]"; // never the password itself
    }
}
