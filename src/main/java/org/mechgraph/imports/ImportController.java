package org.mechgraph.imports;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.mechgraph.http.ApiException;
import org.mechgraph.http.Params;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * {@code POST /api/import?format=claims&name=my-claims.tsv} with the file (plain or gzip) as the body and
 * {@code Authorization: Bearer <token>}. Off unless the operator sets {@code MECHGRAPH_IMPORT_TOKEN}: 403 then, 401
 * for a wrong token, 413 beyond the size limit, 400 naming file, line and field for a bad file (nothing of it is
 * written), 200 with the summary. One import runs at a time; another meanwhile gets 429.
 */
public final class ImportController {

    /** The database stops an import through the API after this. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Importer importer;
    private final Optional<byte[]> token;
    private final long maxBytes;
    private final Semaphore oneAtATime = new Semaphore(1);

    public ImportController(Importer importer, Optional<String> token, long maxBytes) {
        this.importer = importer;
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.maxBytes = maxBytes;
    }

    public static ImportController of(org.mechgraph.db.Graph graph, Optional<String> token, long maxBytes) {
        return new ImportController(new Importer(graph, TIMEOUT), token, maxBytes);
    }

    public void post(Context ctx) {
        authorise(ctx.header("Authorization"));
        String formatName = Params.bounded("format", Optional.ofNullable(ctx.queryParam("format")).orElseThrow(() ->
                ApiException.badParameter("format", "say which format the body is in", Formats.names())), 40);
        Format format = Formats.named(formatName).orElseThrow(() -> ApiException.badParameter("format",
                "unknown format '" + formatName + "'", Formats.names()));
        String name = fileName(ctx.queryParam("name"));
        byte[] body = body(ctx);
        if (!oneAtATime.tryAcquire()) {
            ctx.header("Retry-After", "10");
            throw new ApiException(429, "another import is running; try again when it has finished", null, null,
                    List.of());
        }
        try {
            ctx.json(importer.run(ImportSource.of(name, body), formatName, format, ImportProgress.NONE));
        } catch (Neo4jException e) {
            if (String.valueOf(e.code()).contains("MemoryPoolOutOfMemoryError")
                    || String.valueOf(e.code()).contains("TransactionMemoryLimit")) {
                throw new ApiException(413, name + " needs more memory to import than this server gives a write;"
                        + " import it with the command line (java -jar target/mechgraph.jar import)",
                        "body", null, List.of());
            }
            throw e;
        } finally {
            oneAtATime.release();
        }
    }

    /** 403 when imports are off, 401 unless the request brings the token; compared in constant time. */
    private void authorise(String header) {
        if (token.isEmpty()) {
            throw new ApiException(403, "imports through the API are off; the operator allows them by setting"
                    + " MECHGRAPH_IMPORT_TOKEN", null, null, List.of());
        }
        byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token.get(), given)) {
            throw new ApiException(401, "send the import token as Authorization: Bearer <token>", "Authorization",
                    "Bearer <MECHGRAPH_IMPORT_TOKEN>", List.of());
        }
    }

    /** The file name messages use: the last part of {@code name}, or {@code upload}. */
    static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String last = name.strip().replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        Params.bounded("name", last, 200);
        return last.isEmpty() ? "upload" : last.replaceAll("\\p{Cntrl}", "_");
    }

    /** The body, read up to the limit: 413 beyond it, whatever Content-Length said. */
    private byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, maxBytes)));
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw ApiException.badParameter("body", "the body is empty: send the file as the request body",
                        "curl --data-binary @FILE");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.badParameter("body", "the body could not be read (" + e.getMessage() + ")",
                    "the whole file as the request body");
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "the file is larger than this server imports (" + (maxBytes >> 20) + " MiB;"
                + " MECHGRAPH_IMPORT_MAX_MB); import it with the command line", "body",
                "at most " + maxBytes + " bytes", List.of());
    }
}
