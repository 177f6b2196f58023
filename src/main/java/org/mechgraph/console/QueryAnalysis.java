package org.mechgraph.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.mechgraph.console.Estimate.Kind;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser.*;

/**
 * Walks the parse tree of a console query: only reading clauses, allow-listed procedures and functions, bounded
 * nesting, and no expression whose work or size could outgrow what one expression may do. Neo4j checks a query's
 * timeout and memory between rows, not inside an expression, so an expression that builds a billion-item list or a
 * gigabyte string cannot be stopped once it starts; this is where it is stopped, before it starts.
 */
final class QueryAnalysis {

    /** Steps one expression may take: a fraction of a second of evaluation. */
    static final double MAX_WORK = 1e7;
    /** Items or characters one value may hold: a few megabytes at most. */
    static final double MAX_SIZE = 1e6;
    /** How many times one expression may copy or walk data read from the graph. */
    static final double MAX_DATA_FACTOR = 1e4;
    /**
     * Rows a query may make without reading the graph (UNWIND after UNWIND): Neo4j checks for a timeout when it reads
     * the store, so rows made from numbers alone run to the end once started — about 10⁸ a second here.
     */
    static final double MAX_PURE_ROWS = 5e7;
    /** Expression steps over those rows in all: rows times the work of each row's expressions. */
    static final double MAX_PURE_WORK = 2e8;
    /** How deeply expressions may nest (Neo4j's own planner recurses over the same tree). */
    static final int MAX_DEPTH = 100;

    /** Procedures that only read the schema or search: none writes, reads files, reaches the network or config. */
    static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
            "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships");

    /**
     * Constructs that nest in Neo4j's expression tree (brackets used only for grouping do not; their depth is bounded
     * on tokens by {@link CypherGate}).
     */
    private static final List<Class<?>> NESTS = List.of(FunctionInvocationContext.class, ListLiteralContext.class,
            MapContext.class, ListComprehensionContext.class, PatternComprehensionContext.class,
            ReduceExpressionContext.class, ListItemsPredicateContext.class, CaseExpressionContext.class,
            ExtendedCaseExpressionContext.class, MapProjectionContext.class, ExistsExpressionContext.class,
            CountExpressionContext.class, CollectExpressionContext.class);

    /** Why the analysis stopped: the first thing the console will not run. */
    static final class Refusal extends RuntimeException {
        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Map<String, Object> params;
    private final Deque<Map<String, Estimate>> scopes = new ArrayDeque<>();
    private int depth;
    /** Rows made since the graph was last read, which no timeout interrupts. */
    private double pureRows = 1;

    private QueryAnalysis(Map<String, Object> params) {
        this.params = params;
        scopes.push(new HashMap<>());
    }

    /** Throws {@link Refusal} with the reason when the query may not run. */
    static void check(StatementsContext tree, Map<String, Object> params) {
        if (tree.statement().size() != 1) {
            throw new Refusal("send one query at a time (found " + tree.statement().size() + ")");
        }
        new QueryAnalysis(params).statement(tree.statement(0));
    }

    private void statement(StatementContext s) {
        if (s.periodicCommitQueryHintFailure() != null) {
            throw new Refusal(reason("PERIODIC"));
        }
        if (s.command() != null) {
            throw new Refusal(reason(s.command().getStart().getText()));
        }
        query(s.regularQuery());
    }

    private void query(RegularQueryContext q) {
        for (SingleQueryContext single : q.singleQuery()) {
            for (ClauseContext clause : single.clause()) {
                clause(clause);
            }
        }
    }

    private void clause(ClauseContext c) {
        if (c.matchClause() != null) {
            pureRows = 1;
            checkAll(c);
        } else if (c.orderBySkipLimitClause() != null) {
            checkAll(c);
        } else if (c.withClause() != null) {
            body(c.withClause().returnBody());
            if (c.withClause().whereClause() != null) {
                checkAll(c.withClause().whereClause());
            }
        } else if (c.returnClause() != null) {
            body(c.returnClause().returnBody());
        } else if (c.unwindClause() != null) {
            unwind(c.unwindClause());
        } else if (c.callClause() != null) {
            String name = Functions.normalise(c.callClause().procedureName().getText());
            if (!ALLOWED_PROCEDURES.contains(name)) {
                throw new Refusal("procedure " + c.callClause().procedureName().getText()
                        + " is not on the console's allow-list (" + String.join(", ",
                        ALLOWED_PROCEDURES.stream().sorted().toList()) + ")");
            }
            pureRows = 1;
            checkAll(c.callClause());
        } else if (c.subqueryClause() != null) {
            if (c.subqueryClause().subqueryInTransactionsParameters() != null) {
                throw new Refusal(reason("TRANSACTIONS"));
            }
            query(c.subqueryClause().regularQuery());
        } else if (c.finishClause() == null) {
            throw new Refusal(reason(c.getStart().getText()));
        }
    }

    private void body(ReturnBodyContext body) {
        boolean allAggregates = !body.returnItems().returnItem().isEmpty() && body.returnItems().TIMES() == null;
        for (ReturnItemContext item : body.returnItems().returnItem()) {
            allAggregates &= aggregates(item.expression());
            Estimate value = check(item.expression());
            if (item.variable() != null) {
                bind(item.variable().getText(), value);
            }
        }
        for (ParseTree part : new ParseTree[] {body.orderBy(), body.skip(), body.limit()}) {
            if (part != null) {
                checkAll(part);
            }
        }
        if (allAggregates) {
            // One row now: the aggregation has consumed the others (and the database tracked its memory).
            pureRows = 1;
        }
    }

    private static boolean aggregates(ParseTree t) {
        if (t instanceof CountStarContext) {
            return true;
        }
        if (t instanceof FunctionInvocationContext f
                && Functions.AGGREGATES.contains(Functions.normalise(f.functionName().getText()))) {
            return true;
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            if (aggregates(t.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    /** UNWIND makes rows, which the timeout does stop: a range() there is walked lazily, never built. */
    private void unwind(UnwindClauseContext u) {
        FunctionInvocationContext range = onlyFunction(u.expression(), "range");
        Estimate element;
        Poly rows;
        if (range != null) {
            List<Estimate> args = arguments(range);
            for (int i = 0; i < args.size(); i++) {
                verify(args.get(i), range.functionArgument(i));
            }
            element = Estimate.number(Poly.ONE, magnitudeOf(args, range));
            rows = spanOf(args, range);
        } else {
            Estimate list = check(u.expression());
            element = new Estimate(Poly.ONE, list.each(), Poly.ONE, Kind.ANY, null);
            rows = list.count();
        }
        pureRows *= Math.max(1, rows.constantPart());
        if (pureRows > MAX_PURE_ROWS) {
            throw new Refusal("`" + snippet(u) + "` would make about " + Poly.count(pureRows) + " rows without "
                    + "reading the graph, which no timeout interrupts (at most " + Poly.count(MAX_PURE_ROWS) + ")");
        }
        bind(u.variable().getText(), element);
    }

    /** Checks every outermost expression below {@code tree}. */
    private void checkAll(ParseTree tree) {
        if (tree instanceof ExpressionContext e) {
            check(e);
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            checkAll(tree.getChild(i));
        }
    }

    private Estimate check(ExpressionContext e) {
        Estimate estimate = estimate(e);
        verify(estimate, e);
        return estimate;
    }

    private void verify(Estimate estimate, ParserRuleContext where) {
        Poly work = estimate.cost();
        Poly size = estimate.total();
        String text = snippet(where);
        if (work.quadratic() || size.quadratic()) {
            throw new Refusal("`" + text + "` could take time or memory that grows with the square of the data "
                    + "(a list from the graph walked inside another, or reduce() copying a growing value): "
                    + "walk one of the lists with UNWIND, or let reduce() add up numbers");
        }
        if (work.constantPart() > MAX_WORK) {
            throw new Refusal("`" + text + "` would take about " + Poly.count(work.constantPart())
                    + " steps inside one expression, where no timeout can stop it (at most "
                    + Poly.count(MAX_WORK) + "); make rows with UNWIND instead, which the timeout does stop");
        }
        if (size.constantPart() > MAX_SIZE) {
            throw new Refusal("`" + text + "` would build a value of about " + Poly.count(size.constantPart())
                    + " items or characters (at most " + Poly.count(MAX_SIZE) + ")");
        }
        if (pureRows * work.constantPart() > MAX_PURE_WORK) {
            throw new Refusal("`" + text + "` would take about " + Poly.count(work.constantPart()) + " steps on each "
                    + "of about " + Poly.count(pureRows) + " rows made without reading the graph, which no timeout "
                    + "interrupts (at most " + Poly.count(MAX_PURE_WORK) + " in all)");
        }
        if (work.dataFactor() > MAX_DATA_FACTOR || size.dataFactor() > MAX_DATA_FACTOR) {
            throw new Refusal("`" + text + "` would repeat values from the graph about "
                    + Poly.count(Math.max(work.dataFactor(), size.dataFactor())) + " times (at most "
                    + Poly.count(MAX_DATA_FACTOR) + ")");
        }
    }

    private Estimate estimate(ParseTree t) {
        int saved = depth;
        if (NESTS.stream().anyMatch(type -> type.isInstance(t))) {
            deeper(1);
        }
        try {
            return dispatch(t);
        } finally {
            depth = saved;
        }
    }

    /** Chains of operators and postfixes nest as deeply in Neo4j's own tree as brackets do. */
    private void deeper(int levels) {
        depth += levels;
        if (depth > MAX_DEPTH) {
            throw new Refusal("the query nests expressions more than " + MAX_DEPTH + " deep");
        }
    }

    private Estimate dispatch(ParseTree t) {
        if (t instanceof ExpressionContext e) {
            return e.expression11().size() == 1 ? estimate(e.expression11(0)) : logical(e.expression11());
        } else if (t instanceof Expression11Context e) {
            return e.expression10().size() == 1 ? estimate(e.expression10(0)) : logical(e.expression10());
        } else if (t instanceof Expression10Context e) {
            return e.expression9().size() == 1 ? estimate(e.expression9(0)) : logical(e.expression9());
        } else if (t instanceof Expression9Context e) {
            deeper(e.NOT().size());
            return e.NOT().isEmpty() ? estimate(e.expression8()) : logical(List.of(e.expression8()));
        } else if (t instanceof Expression8Context e) {
            return e.expression7().size() == 1 ? estimate(e.expression7(0)) : logical(e.expression7());
        } else if (t instanceof Expression7Context e) {
            return e.comparisonExpression6() == null ? estimate(e.expression6())
                    : logical(List.of(e.expression6(), e.comparisonExpression6()));
        } else if (t instanceof Expression6Context e) {
            return additive(e);
        } else if (t instanceof Expression5Context e) {
            return e.expression4().size() == 1 ? estimate(e.expression4(0)) : multiplicative(e);
        } else if (t instanceof Expression4Context e) {
            return e.expression3().size() == 1 ? estimate(e.expression3(0))
                    : Estimate.number(sumOfCosts(e.expression3()), null);
        } else if (t instanceof Expression3Context e) {
            return estimate(e.expression2());
        } else if (t instanceof Expression2Context e) {
            return postfixed(e);
        } else if (t instanceof Expression1Context e) {
            return estimate(e.getChild(0));
        } else if (t instanceof NummericLiteralContext e) {
            return Estimate.number(Poly.ONE, Poly.constant(numberValue(e.getText())));
        } else if (t instanceof StringsLiteralContext e) {
            return Estimate.single(Kind.STRING, Poly.constant(e.getText().length()), Poly.ONE);
        } else if (t instanceof BooleanLiteralContext || t instanceof KeywordLiteralContext) {
            return Estimate.number(Poly.ONE, Poly.ONE);
        } else if (t instanceof OtherLiteralContext e) {
            return estimate(e.map());
        } else if (t instanceof MapContext e) {
            return Estimate.single(Kind.MAP, sumOfTotals(e.expression()).plus(Poly.constant(e.getText().length())),
                    sumOfCosts(e.expression()));
        } else if (t instanceof ListLiteralContext e) {
            List<Estimate> items = estimates(e.expression());
            Poly each = Poly.ONE;
            for (Estimate item : items) {
                each = each.max(item.total());
            }
            return Estimate.list(Poly.constant(items.size()), each, costs(items));
        } else if (t instanceof ParameterContext e) {
            return ParameterSize.of(params.get(e.parameterName().getText().replace("`", "")));
        } else if (t instanceof VariableContext e) {
            return lookup(e.getText());
        } else if (t instanceof ParenthesizedExpressionContext e) {
            return estimate(e.expression());
        } else if (t instanceof CountStarContext) {
            return Estimate.number(Poly.ONE, Poly.D);
        } else if (t instanceof ExistsExpressionContext e) {
            subquery(e.regularQuery(), e);
            return Estimate.number(Poly.ONE, Poly.ONE);
        } else if (t instanceof CountExpressionContext e) {
            subquery(e.regularQuery(), e);
            return Estimate.number(Poly.ONE, Poly.D);
        } else if (t instanceof CollectExpressionContext e) {
            subquery(e.regularQuery(), e);
            return Estimate.list(Poly.D, Poly.S, Poly.ONE);
        } else if (t instanceof ListComprehensionContext e) {
            return comprehension(e);
        } else if (t instanceof PatternComprehensionContext e) {
            return patternComprehension(e);
        } else if (t instanceof ReduceExpressionContext e) {
            return reduce(e);
        } else if (t instanceof ListItemsPredicateContext e) {
            Estimate list = estimate(e.inExp);
            scopes.push(Map.of(e.variable().getText(), elementOf(list)));
            Estimate test = e.whereExp == null ? Estimate.number(Poly.ONE, null) : estimate(e.whereExp);
            scopes.pop();
            return Estimate.number(list.cost().plus(list.count().times(test.cost())), Poly.ONE);
        } else if (t instanceof FunctionInvocationContext e) {
            return function(e);
        } else if (t instanceof PatternExpressionContext || t instanceof ShortestPathExpressionContext) {
            checkAll(t);
            return Estimate.list(Poly.D, Poly.S, Poly.D);
        } else if (t instanceof MapProjectionContext e) {
            List<Estimate> parts = new ArrayList<>();
            for (MapProjectionElementContext element : e.mapProjectionElement()) {
                parts.add(element.expression() != null ? estimate(element.expression()) : Estimate.STORED);
            }
            Poly each = Poly.S;
            for (Estimate p : parts) {
                each = each.plus(p.total());
            }
            return Estimate.single(Kind.MAP, each, costs(parts));
        }
        return generic(t);
    }

    /** Anything else (CASE, trim(), normalize(), comparisons' right sides): at most the sum of its parts. */
    private Estimate generic(ParseTree t) {
        List<Estimate> parts = new ArrayList<>();
        for (int i = 0; i < t.getChildCount(); i++) {
            if (t.getChild(i) instanceof ParserRuleContext child) {
                parts.add(estimate(child));
            }
        }
        return Estimate.single(Kind.ANY, sumOf(parts).plus(Poly.ONE), costs(parts));
    }

    private Estimate logical(List<? extends ParserRuleContext> operands) {
        deeper(operands.size() - 1);
        return Estimate.number(sumOfCosts(operands), Poly.ONE);
    }

    /** {@code +} adds numbers and concatenates strings and lists; {@code -} subtracts; {@code ||} concatenates. */
    private Estimate additive(Expression6Context e) {
        List<Expression5Context> operands = e.expression5();
        if (operands.size() == 1) {
            return estimate(operands.get(0));
        }
        deeper(operands.size() - 1);
        Estimate acc = estimate(operands.get(0));
        int operator = 1;
        for (int i = 1; i < operands.size(); i++) {
            String op = e.getChild(operator).getText();
            operator += 2;
            Estimate next = estimate(operands.get(i));
            Poly work = acc.cost().plus(next.cost());
            if (op.equals("-") || (acc.kind() == Kind.NUMBER && next.kind() == Kind.NUMBER)) {
                acc = Estimate.number(work, plusOrNull(acc.magnitude(), next.magnitude()));
            } else if (acc.kind() == Kind.LIST || next.kind() == Kind.LIST) {
                Poly count = acc.count().plus(next.kind() == Kind.LIST ? next.count() : Poly.ONE);
                acc = Estimate.list(count, acc.each().max(next.each()), work);
            } else {
                Kind kind = acc.kind() == Kind.STRING || next.kind() == Kind.STRING ? Kind.STRING : Kind.ANY;
                acc = Estimate.single(kind, acc.total().plus(next.total()), work);
            }
        }
        return acc;
    }

    private Estimate multiplicative(Expression5Context e) {
        deeper(e.expression4().size() - 1);
        List<Estimate> operands = estimates(e.expression4());
        Poly magnitude = operands.get(0).magnitude();
        for (int i = 1; i < operands.size() && magnitude != null; i++) {
            String op = e.getChild(2 * i - 1).getText();
            Poly next = operands.get(i).magnitude();
            magnitude = op.equals("*") ? (next == null ? null : magnitude.times(next)) : magnitude;
        }
        return Estimate.number(costs(operands), magnitude);
    }

    /** Properties, labels, indexes and slices after a value. */
    private Estimate postfixed(Expression2Context e) {
        Estimate value = estimate(e.expression1());
        deeper(e.postFix().size());
        for (PostFixContext postfix : e.postFix()) {
            Poly work = value.cost();
            if (postfix instanceof LabelPostfixContext) {
                value = Estimate.number(work, Poly.ONE);
            } else if (postfix instanceof RangePostfixContext r) {
                for (ExpressionContext bound : r.expression()) {
                    work = work.plus(estimate(bound).cost());
                }
                value = new Estimate(value.count(), value.each(), work, value.kind(), null);
            } else {
                if (postfix instanceof IndexPostfixContext index) {
                    work = work.plus(estimate(index.expression()).cost());
                }
                value = Estimate.single(Kind.ANY, value.each().max(Poly.S), work);
            }
        }
        return value;
    }

    private Estimate comprehension(ListComprehensionContext e) {
        Estimate list = estimate(e.expression(0));
        scopes.push(Map.of(e.variable().getText(), elementOf(list)));
        Estimate test = e.whereExp == null ? null : estimate(e.whereExp);
        Estimate mapped = e.barExp == null ? elementOf(list) : estimate(e.barExp);
        scopes.pop();
        Poly perItem = mapped.cost().plus(test == null ? Poly.ZERO : test.cost());
        return Estimate.list(list.count(), mapped.total(), list.cost().plus(list.count().times(perItem)));
    }

    /** One item per match of the pattern, found from the graph: as many as the data holds. */
    private Estimate patternComprehension(PatternComprehensionContext e) {
        checkAll(e.pathPatternNonEmpty());
        Estimate test = e.whereExp == null ? null : estimate(e.whereExp);
        Estimate mapped = estimate(e.barExp);
        Poly perItem = mapped.cost().plus(test == null ? Poly.ZERO : test.cost()).plus(Poly.ONE);
        return Estimate.list(Poly.D, mapped.total(), Poly.D.times(perItem));
    }

    /**
     * {@code reduce(acc = init, x IN list | step)}. The accumulator may appear once in the step: twice doubles the
     * value every step. A step that adds to a string or list copies the whole accumulator each time, so its work is
     * the number of steps times the final size.
     */
    private Estimate reduce(ReduceExpressionContext e) {
        String acc = e.variable(0).getText();
        long uses = countVariable(e.expression(2), acc);
        if (uses > 1) {
            throw new Refusal("`" + snippet(e) + "` uses its accumulator " + acc + " " + uses
                    + " times in one step, which can double the value at every step; use it once");
        }
        Estimate init = estimate(e.expression(0));
        Estimate list = estimate(e.expression(1));
        Map<String, Estimate> inner = new HashMap<>();
        inner.put(e.variable(1).getText(), elementOf(list));
        inner.put(acc, new Estimate(Poly.ONE, Poly.ZERO, Poly.ZERO, init.kind(), null));
        scopes.push(inner);
        Estimate step = estimate(e.expression(2));
        scopes.pop();
        Poly before = init.cost().plus(list.cost());
        if (step.kind() == Kind.NUMBER) {
            return Estimate.number(before.plus(list.count().times(step.cost())), null);
        }
        Poly size = init.total().plus(list.count().times(step.total()));
        Poly work = before.plus(list.count().times(step.cost().plus(size)));
        return Estimate.single(step.kind(), size, work);
    }

    private Estimate function(FunctionInvocationContext e) {
        String name = Functions.normalise(e.functionName().getText());
        List<Estimate> args = arguments(e);
        if (name.equals("range")) {
            Poly count = spanOf(args, e);
            return Estimate.list(count, Poly.ONE, Functions.read(args).plus(count));
        }
        return Functions.rule(name).orElseThrow(() -> new Refusal("function " + e.functionName().getText()
                + "() is not on the console's allow-list: Cypher's built-in functions are, plugin and graph.* "
                + "functions are not")).apply(args);
    }

    /** range(start, end[, step]) holds at most |start| + |end| + 1 numbers: both bounds must be boundable. */
    private Poly magnitudeOf(List<Estimate> args, FunctionInvocationContext range) {
        if (args.size() < 2 || args.get(0).magnitude() == null || args.get(1).magnitude() == null) {
            throw new Refusal("`" + snippet(range) + "`: range() needs bounds the console can size before it "
                    + "runs — numbers, parameters, or size()/length()/count() of something");
        }
        return args.get(0).magnitude().max(args.get(1).magnitude());
    }

    private Poly spanOf(List<Estimate> args, FunctionInvocationContext range) {
        magnitudeOf(args, range);
        return args.get(0).magnitude().plus(args.get(1).magnitude()).plus(Poly.ONE);
    }

    private List<Estimate> arguments(FunctionInvocationContext e) {
        List<Estimate> args = new ArrayList<>();
        for (FunctionArgumentContext arg : e.functionArgument()) {
            args.add(estimate(arg.expression()));
        }
        return args;
    }

    private void subquery(RegularQueryContext inner, ParserRuleContext whole) {
        scopes.push(new HashMap<>());
        if (inner != null) {
            query(inner);
        } else {
            checkAll(whole);
        }
        scopes.pop();
    }

    private void bind(String variable, Estimate value) {
        scopes.peek().put(variable, value);
    }

    private Estimate lookup(String variable) {
        for (Map<String, Estimate> scope : scopes) {
            Estimate found = scope.get(variable);
            if (found != null) {
                return new Estimate(found.count(), found.each(), Poly.ONE, found.kind(), found.magnitude());
            }
        }
        return Estimate.STORED;
    }

    private static Estimate elementOf(Estimate list) {
        boolean numbers = list.kind() == Kind.LIST && list.each().isConstant(1);
        return new Estimate(Poly.ONE, list.each(), Poly.ONE, numbers ? Kind.NUMBER : Kind.ANY,
                numbers ? list.count() : null);
    }

    /** The function call {@code name(…)} when it is the whole expression, else null. */
    private static FunctionInvocationContext onlyFunction(ParseTree t, String name) {
        ParseTree node = t;
        while (node.getChildCount() == 1 && !(node instanceof FunctionInvocationContext)) {
            node = node.getChild(0);
        }
        return node instanceof FunctionInvocationContext f
                && Functions.normalise(f.functionName().getText()).equals(name) ? f : null;
    }

    private static long countVariable(ParseTree t, String name) {
        if (t instanceof VariableContext v) {
            return v.getText().equals(name) ? 1 : 0;
        }
        long n = 0;
        for (int i = 0; i < t.getChildCount(); i++) {
            n += countVariable(t.getChild(i), name);
        }
        return n;
    }

    private List<Estimate> estimates(List<? extends ParseTree> trees) {
        List<Estimate> out = new ArrayList<>();
        trees.forEach(t -> out.add(estimate(t)));
        return out;
    }

    private Poly sumOfCosts(List<? extends ParseTree> trees) {
        return costs(estimates(trees));
    }

    private Poly sumOfTotals(List<? extends ParseTree> trees) {
        return sumOf(estimates(trees));
    }

    private static Poly sumOf(List<Estimate> parts) {
        Poly sum = Poly.ZERO;
        for (Estimate p : parts) {
            sum = sum.plus(p.total());
        }
        return sum;
    }

    private static Poly costs(List<Estimate> parts) {
        Poly sum = Poly.ONE;
        for (Estimate p : parts) {
            sum = sum.plus(p.cost());
        }
        return sum;
    }

    private static Poly plusOrNull(Poly a, Poly b) {
        return a == null || b == null ? null : a.plus(b);
    }

    private static double numberValue(String text) {
        try {
            String t = text.toLowerCase(Locale.ROOT).replace("_", "");
            boolean negative = t.startsWith("-");
            t = negative ? t.substring(1) : t;
            double value = t.startsWith("0x") ? new java.math.BigInteger(t.substring(2), 16).doubleValue()
                    : t.startsWith("0o") ? new java.math.BigInteger(t.substring(2), 8).doubleValue()
                    : Double.parseDouble(t);
            return Math.abs(value);
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }

    private static String snippet(ParserRuleContext ctx) {
        String text = ctx.getStart().getInputStream().getText(
                Interval.of(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex()));
        text = text.replaceAll("\\s+", " ");
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    /** Why a clause or command is refused, by its first word. */
    static String reason(String keyword) {
        String k = keyword.toUpperCase(Locale.ROOT);
        return switch (k) {
            case "LOAD" -> "LOAD CSV reads files and URLs: the console only reads the graph";
            case "TRANSACTIONS", "PERIODIC" -> "CALL { … } IN TRANSACTIONS writes in batches: the console only reads";
            case "EXPLAIN", "PROFILE", "CYPHER" -> k + " is added by the console itself; send the query alone";
            case "USE" -> "USE switches databases: the console reads the mechgraph database only";
            case "CREATE", "MERGE", "SET", "DELETE", "DETACH", "NODETACH", "REMOVE", "DROP", "FOREACH", "INSERT" ->
                    k + " writes to the graph or its schema: the console only reads";
            default -> k + " is a command, not a read query: the console only reads the graph";
        };
    }
}
