package org.mechgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mechgraph.bench.BenchQueries.PathQuery;

/**
 * The path answers of a run, one line per query (the query, status, total, partial, out of time, the first page's
 * paths), kept in {@code target/bench/answers-<mode>.tsv} so that a run against another database can be checked to
 * answer the same.
 */
final class Answers {

    private Answers() {
    }

    static void write(Path file, List<PathQuery> queries, List<PathRuns.Outcome> outcomes) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            lines.add(line(queries.get(i), outcomes.get(i)));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** How many answers equal those in {@code earlier} (written by another run), and which differ. */
    static String compare(Path earlier, String earlierName, List<PathQuery> queries, List<PathRuns.Outcome> outcomes)
            throws IOException {
        if (!Files.isRegularFile(earlier)) {
            return "No answers of an " + earlierName + " run to compare with (" + earlier + " is absent): run the "
                    + "benchmark on the same folder without `-Dbench.external` first.";
        }
        List<String> before = Files.readAllLines(earlier, StandardCharsets.UTF_8);
        int same = 0;
        int timing = 0;
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String now = line(queries.get(i), outcomes.get(i));
            String then = i < before.size() ? before.get(i) : "";
            if (now.equals(then)) {
                same++;
            } else if (outcomes.get(i).outOfTime() || then.contains("\tout of time\t")) {
                timing++;
            } else {
                differ.add("`" + queries.get(i).url() + "`");
            }
        }
        return String.format(Locale.ROOT, "Of %d path queries, %d answered exactly as in the %s run (status, total, "
                + "partial, and the first page's paths in order); %d differed where one of the two ran out of time; "
                + "%d differed otherwise%s", queries.size(), same, earlierName, timing, differ.size(),
                differ.isEmpty() ? "." : ": " + String.join(", ", differ.subList(0, Math.min(10, differ.size())))
                        + (differ.size() > 10 ? ", …" : "") + ".");
    }

    private static String line(PathQuery q, PathRuns.Outcome o) {
        return q.url() + '\t' + o.status() + '\t' + o.total() + '\t' + (o.partial() ? "partial" : "whole") + '\t'
                + (o.outOfTime() ? "out of time" : "in time") + '\t' + o.page();
    }
}
