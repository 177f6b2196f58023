package org.mechgraph.export;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mechgraph.http.ApiException;
import org.mechgraph.model.NodeRef;
import org.mechgraph.paths.PathController;
import org.mechgraph.paths.PathModel.Path;
import org.mechgraph.paths.PathService;

/**
 * {@code GET /api/export?format=…} with a path query's parameters ({@code from}, {@code via}, {@code to},
 * {@code maxHops}, {@code limit}, and {@code path} to pick one path) or {@code nodes=} ids, and
 * {@code POST /api/export?format=…} with the ids in a JSON body. Answers the file, named for what it holds.
 */
public final class ExportController {

    private final PathController paths;
    private final PathService pathService;
    private final SubgraphService subgraphs;

    public ExportController(PathController paths, PathService pathService, SubgraphService subgraphs) {
        this.paths = paths;
        this.pathService = pathService;
        this.subgraphs = subgraphs;
    }

    public void export(Context ctx) {
        ExportRequest request = ExportRequest.read(ctx);
        var nodes = new LinkedHashSet<String>(request.nodes());
        List<String> edges = request.edges();
        String title;
        String slug;
        if (request.pathQuery()) {
            PathController.Resolved r = paths.resolve(ctx);
            List<Path> found = pathService.page(r.query(), r.stops()).paths();
            if (found.isEmpty()) {
                throw ApiException.notFound("to", "nothing to export: " + PathController.hint(r.query().maxHops(),
                        r.via()), List.of());
            }
            if (request.path() != null && request.path() >= found.size()) {
                throw ApiException.badParameter("path", "path " + request.path() + " does not exist; the query found "
                        + found.size(), "0 to " + (found.size() - 1));
            }
            List<Path> chosen = request.path() == null ? found : List.of(found.get(request.path()));
            var pathEdges = new LinkedHashSet<String>();
            for (Path p : chosen) {
                p.nodes().forEach(n -> nodes.add(n.id()));
                p.edges().forEach(e -> pathEdges.add(e.id()));
            }
            // With nodes= beside a path query, every effect among all the entities is exported.
            edges = request.nodes().isEmpty() ? List.copyOf(pathEdges) : edges;
            title = pathTitle(r, request.path(), NodeRef::name, " ");
            slug = pathTitle(r, request.path(), NodeRef::id, "-");
        } else {
            title = request.name() != null ? request.name() : nodes.size() + " entities";
            slug = request.name() != null ? request.name() : "subgraph-" + nodes.size() + "-entities";
        }
        if (nodes.size() > SubgraphService.MAX_NODES) {
            throw ExportRequest.tooMany("nodes", "entities", SubgraphService.MAX_NODES,
                    String.format("this one has %,d", nodes.size()));
        }
        SubgraphService.Read read = subgraphs.read(title, new ArrayList<>(nodes), edges);
        if (!read.missing().isEmpty()) {
            throw ApiException.notFound("nodes", "no entity has the id" + (read.missing().size() > 1 ? "s " : " ")
                    + read.missing().stream().limit(5).map(id -> "'" + id + "'").collect(Collectors.joining(", "))
                    + (read.missing().size() > 5 ? " and " + (read.missing().size() - 5) + " more" : ""), List.of());
        }
        if (read.tooManyEdges()) {
            throw ExportRequest.tooMany("nodes", "effects", SubgraphService.MAX_EDGES,
                    "these entities have more among them");
        }
        ExportFormat format = request.format();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            format.write(read.subgraph(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String file = format.fileName("mechgraph-" + slug(slug) + "-" + LocalDate.now(ZoneOffset.UTC));
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.result(body.toByteArray());
    }

    private static String pathTitle(PathController.Resolved r, Integer path,
                                    java.util.function.Function<NodeRef, String> name, String space) {
        StringBuilder b = new StringBuilder(name.apply(r.from()));
        r.via().forEach(v -> b.append(space).append("via").append(space).append(name.apply(v)));
        b.append(space).append("to").append(space).append(name.apply(r.to()));
        if (path != null) {
            b.append(space).append("path").append(space).append(path + 1);
        }
        return b.toString();
    }

    /** Lower-case ASCII letters, digits and single dashes: safe in any file system and header. */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "subgraph" : s;
    }
}
