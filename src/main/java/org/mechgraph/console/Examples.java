package org.mechgraph.console;

import java.util.ArrayList;
import java.util.List;
import org.mechgraph.load.CypherScript;

/** The example queries of {@code cypher/examples.cypher}, each titled by the comment line above it. */
public final class Examples {

    public record Example(String title, String query) {
    }

    private Examples() {
    }

    public static List<Example> parse(String script) {
        List<Example> out = new ArrayList<>();
        String title = null;
        StringBuilder query = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") && query.isEmpty()) {
                title = trimmed.substring(2).strip();
            } else if (!trimmed.isEmpty() || !query.isEmpty()) {
                query.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    String statement = CypherScript.statements(query.toString()).get(0);
                    out.add(new Example(title == null ? statement : title, statement));
                    title = null;
                    query.setLength(0);
                }
            }
        }
        return out;
    }
}
