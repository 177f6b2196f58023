package org.mechgraph.console;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mechgraph.console.Estimate.Kind;

/**
 * The functions a console query may call, each with how large its answer can be given its arguments. A function
 * missing here is refused: plugin functions (APOC, GenAI) may reach files or the network, {@code graph.*} reaches
 * other databases, and {@code file()}/{@code linenumber()} belong to LOAD CSV.
 */
final class Functions {

    /** Aggregations: the database tracks their memory, so their answers count as data. */
    static final Set<String> AGGREGATES = Set.of("avg", "collect", "count", "max", "min", "percentilecont",
            "percentiledisc", "stdev", "stdevp", "sum");

    private static final Map<String, Function<List<Estimate>, Estimate>> RULES = new HashMap<>();

    static {
        // Numbers, booleans and other fixed-size answers: the work is reading the arguments.
        for (String f : List.of("abs", "acos", "asin", "atan", "atan2", "ceil", "cos", "cot", "degrees", "e", "exp",
                "floor", "haversin", "isnan", "log", "log10", "pi", "radians", "rand", "round", "sign", "sin", "sqrt",
                "tan", "timestamp", "toboolean", "tobooleanornull", "tofloat", "tofloatornull", "tointeger",
                "tointegerornull", "id", "isempty", "avg", "stdev", "stdevp", "percentilecont", "percentiledisc",
                "point.distance", "point.withinbbox", "vector.similarity.euclidean", "vector.similarity.cosine",
                "randomuuid", "valuetype", "elementid", "type", "startnode", "endnode", "point", "date", "datetime",
                "localdatetime", "localtime", "time", "duration", "date.truncate", "datetime.truncate",
                "localdatetime.truncate", "localtime.truncate", "time.truncate", "datetime.fromepoch",
                "datetime.fromepochmillis", "duration.between", "duration.inmonths", "duration.indays",
                "duration.inseconds", "date.realtime", "date.statement", "date.transaction", "datetime.realtime",
                "datetime.statement", "datetime.transaction", "localdatetime.realtime", "localdatetime.statement",
                "localdatetime.transaction", "localtime.realtime", "localtime.statement", "localtime.transaction",
                "time.realtime", "time.statement", "time.transaction")) {
            RULES.put(f, args -> Estimate.number(read(args), null));
        }
        // Sizes: their value is bounded by what they measure, which bounds range() built on them.
        for (String f : List.of("size", "length", "char_length", "character_length")) {
            RULES.put(f, args -> Estimate.number(read(args), totalOf(args)));
        }
        RULES.put("count", args -> Estimate.number(read(args), Poly.D));
        RULES.put("sum", args -> Estimate.number(read(args), null));
        // Values of the same size as their first argument (or smaller).
        for (String f : List.of("tostring", "tostringornull", "toupper", "tolower", "upper", "lower", "trim",
                "ltrim", "rtrim", "btrim", "reverse", "substring", "left", "right", "normalize", "head", "last",
                "min", "max", "nullif", "tail", "tostringlist", "tointegerlist", "tofloatlist", "tobooleanlist")) {
            RULES.put(f, args -> args.isEmpty() ? Estimate.STORED : sameAs(args.get(0), read(args)));
        }
        RULES.put("coalesce", args -> {
            Estimate widest = args.isEmpty() ? Estimate.STORED : args.get(0);
            for (Estimate a : args) {
                widest = new Estimate(widest.count().max(a.count()), widest.each().max(a.each()), Poly.ZERO,
                        a.kind() == widest.kind() ? a.kind() : Kind.ANY, null);
            }
            return widest.withWork(read(args));
        });
        // Lists read from the graph: as long as the data makes them.
        for (String f : List.of("labels", "keys", "nodes", "relationships")) {
            RULES.put(f, args -> Estimate.list(Poly.D, Poly.S, read(args)));
        }
        RULES.put("properties", args -> Estimate.single(Kind.MAP, Poly.S, read(args)));
        RULES.put("collect", args -> Estimate.list(Poly.D, args.isEmpty() ? Poly.ONE : args.get(0).total(),
                read(args)));
        RULES.put("split", args -> {
            Poly pieces = args.isEmpty() ? Poly.ONE : args.get(0).total().plus(Poly.ONE);
            return Estimate.list(pieces, args.isEmpty() ? Poly.ONE : args.get(0).total(), read(args));
        });
        // replace() can insert its replacement between every character: (|s| + 1) · (|r| + 1).
        RULES.put("replace", args -> {
            Poly s = args.isEmpty() ? Poly.ONE : args.get(0).total().plus(Poly.ONE);
            Poly r = args.size() < 3 ? Poly.ONE : args.get(2).total().plus(Poly.ONE);
            Poly out = s.times(r);
            return Estimate.single(Kind.STRING, out, read(args).plus(out));
        });
    }

    private Functions() {
    }

    /** The rule for a function, by its name as written (case and backticks do not matter). */
    static Optional<Function<List<Estimate>, Estimate>> rule(String name) {
        return Optional.ofNullable(RULES.get(normalise(name)));
    }

    static String normalise(String name) {
        return name.replace("`", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Evaluating the arguments and reading each of them once. */
    static Poly read(List<Estimate> args) {
        Poly work = Poly.ONE;
        for (Estimate a : args) {
            work = work.plus(a.cost());
        }
        return work;
    }

    private static Poly totalOf(List<Estimate> args) {
        return args.isEmpty() ? Poly.ONE : args.get(0).total();
    }

    private static Estimate sameAs(Estimate first, Poly work) {
        return new Estimate(first.count(), first.each(), work, first.kind(), first.magnitude());
    }
}
