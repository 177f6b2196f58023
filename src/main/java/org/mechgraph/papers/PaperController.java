package org.mechgraph.papers;

import io.javalin.http.Context;
import java.util.List;
import org.mechgraph.http.ApiException;

/** {@code GET /api/papers/<id>}: ids such as {@code doi:10.1176/appi.ajp.20240378} contain slashes. */
public final class PaperController {

    private final PaperService papers;

    public PaperController(PaperService papers) {
        this.papers = papers;
    }

    public void detail(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(papers.detail(id).orElseThrow(() ->
                ApiException.notFound("id", "no paper has the id '" + id + "'", List.of())));
    }
}
