package org.mechgraph.console;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The console's second gate: what Neo4j's own planner says the query would do ({@code EXPLAIN}, nothing runs).
 * Only a read-only query type passes, and no operator may load files, run nested transactions or call a procedure
 * off the allow-list — whatever words the query used to get there.
 */
public final class PlanGuard {

    // Operator name prefixes: SetNodeProperty, DetachDeleteNode, TransactionApply, LoadCSV, …
    private static final List<String> REFUSED_OPERATORS = List.of(
            "loadcsv", "transaction", "create", "merge", "delete", "detachdelete", "set", "remove", "foreach",
            "show", "terminate", "command");
    private static final Pattern PROCEDURE = Pattern.compile("^\\s*([\\w.]+)\\s*\\(");

    private PlanGuard() {
    }

    public static Optional<String> refusal(ResultSummary explained) {
        if (explained.queryType() != QueryType.READ_ONLY) {
            return Optional.of("the planner classifies this query as " + explained.queryType()
                    + ": the console only runs read-only queries");
        }
        if (!explained.hasPlan()) {
            return Optional.of("the database returned no plan for this query, so it cannot be checked");
        }
        Deque<Plan> todo = new ArrayDeque<>();
        todo.push(explained.plan());
        while (!todo.isEmpty()) {
            Plan plan = todo.pop();
            String operator = plan.operatorType().replaceAll("@.*$", "").toLowerCase(Locale.ROOT);
            if (REFUSED_OPERATORS.stream().anyMatch(operator::startsWith)) {
                return Optional.of("the plan contains " + plan.operatorType() + ": the console only reads");
            }
            if (operator.contains("procedurecall")) {
                String procedure = procedure(plan);
                if (!QueryAnalysis.ALLOWED_PROCEDURES.contains(procedure.toLowerCase(Locale.ROOT))) {
                    return Optional.of("procedure " + procedure + " is not on the console's allow-list");
                }
            }
            plan.children().forEach(todo::push);
        }
        return Optional.empty();
    }

    private static String procedure(Plan plan) {
        var details = plan.arguments().get("Details");
        if (details == null) {
            return "(unknown)";
        }
        Matcher m = PROCEDURE.matcher(details.asString());
        return m.find() ? m.group(1) : details.asString();
    }
}
