package org.mechgraph.papers;

import io.javalin.http.Context;
import java.util.List;
import org.mechgraph.http.ApiException;
import org.mechgraph.http.Params;

/** {@code GET /api/papers/<id>}: ids such as {@code doi:10.1176/appi.ajp.20240378} contain slashes. */
public final class PaperController {

    /** Paper ids are a prefix and a DOI, PubMed id or URL; none is near this long. */
    static final int MAX_ID = 500;

    private final PaperService papers;

    public PaperController(PaperService papers) {
        this.papers = papers;
    }

    public void detail(Context ctx) {
        String id = Params.bounded("id", ctx.pathParam("id"), MAX_ID);
        ctx.json(papers.detail(id).orElseThrow(() ->
                ApiException.notFound("id", "no paper has the id '" + id + "'", List.of())));
    }
}
