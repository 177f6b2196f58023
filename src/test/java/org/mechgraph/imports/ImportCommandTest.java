package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

class ImportCommandTest {

    @Test
    void aDatabaseOutOfMemoryTellsTheOperatorToGiveMoreHeapOrSplitTheFile() {
        String said = ImportCommand.databaseFailure(new TransientException(
                "Neo.TransientError.General.OutOfMemoryError", "Java heap space"));
        assertTrue(said.contains("ran out of memory") && said.contains("-Xmx"), said);
    }

    @Test
    void otherFailuresSayWhatTheDatabaseSaid() {
        assertTrue(ImportCommand.databaseFailure(new ServiceUnavailableException("connection refused"))
                .startsWith("the database cannot be reached (connection refused"));
        assertTrue(ImportCommand.databaseFailure(new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed",
                "already exists")).contains("refused it (already exists)"));
    }
}
