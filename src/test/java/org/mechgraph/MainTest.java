package org.mechgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mechgraph.db.BoltCredentials;

class MainTest {

    @Test
    void theAttachHintNamesThePasswordFileNotThePassword() {
        var login = new BoltCredentials("neo4j", "Sup3rSecretGeneratedPassw0rdXYZ",
                Path.of("/srv/it's data/bolt-password"));
        String hint = Main.attachHint("bolt://127.0.0.1:7687", login);
        assertFalse(hint.contains(login.password()), hint);
        assertEquals("attach cypher-shell or Neo4j Browser at bolt://127.0.0.1:7687 as user neo4j with the password in"
                + " /srv/it's data/bolt-password:  cypher-shell -a bolt://127.0.0.1:7687 -u neo4j"
                + " -p \"$(cat '/srv/it'\\''s data/bolt-password')\"", hint);
    }
}
