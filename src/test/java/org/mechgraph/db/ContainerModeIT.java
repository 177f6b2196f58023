package org.mechgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mechgraph.Config;
import org.mechgraph.load.CorpusLoader;
import org.mechgraph.support.Api;
import org.mechgraph.support.TestDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** Where a Docker engine exists: the same answers from a real Neo4j server image. Skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerModeIT {

    @Container
    private static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withoutAuthentication();

    @Test
    void aNeo4jServerImageGivesTheSameAnswers() {
        Config config = TestDatabase.config("container-app").withNeo4jUri(NEO4J.getBoltUrl());
        try (Database db = Database.open(config)) {
            new CorpusLoader(db.graph()).load();
            try (Api api = new Api(db, config); Api shared = Api.onSharedDatabase()) {
                String query = "/api/paths?from=ketamine&via=MOR&to=BDNF";
                assertEquals(shared.get(query).json(), api.get(query).json());
            }
        }
    }
}
