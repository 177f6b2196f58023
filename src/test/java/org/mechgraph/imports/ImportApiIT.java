package org.mechgraph.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mechgraph.db.Graph;
import org.mechgraph.support.Api;
import org.mechgraph.support.GraphFingerprint;

/**
 * {@code POST /api/import}: off without a token (403), a wrong token 401, the right one 200 with the summary; a bad
 * file is a 400 naming file, line and field and changes nothing; a body over the limit is a 413.
 */
class ImportApiIT {

    private static final String TOKEN = "test-import-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Api withToken;
    private static Api withoutToken;
    private static Graph graph;

    @BeforeAll
    static void start() {
        graph = ImportDatabase.get().graph();
        var config = ImportDatabase.config();
        withToken = new Api(ImportDatabase.get(), config.withImport(Optional.of(TOKEN), 64 * 1024));
        withoutToken = new Api(ImportDatabase.get(), config.withImport(Optional.empty(), 64 * 1024));
    }

    @AfterAll
    static void stop() {
        withToken.close();
        withoutToken.close();
    }

    private static HttpResponse<String> post(Api api, String query, String authorization, byte[] body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(api.base() + "/api/import" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file of its own, so this class and the other import tests never import the same claims. */
    private static byte[] example() {
        return ImportDatabase.utf8("""
                subject	relation	object	object_type	quote	paper	paper_title
                mechgraph:bdnf	INCREASES	api example outcome	Outcome	A sentence sent through the API.	doi:10.9999/api	API example
                mechgraph:ketamine	INHIBITS	mechgraph:nmdar		A second sentence sent through the API.	doi:10.9999/api\t
                """);
    }

    @Test
    void importsAreOffWithoutAToken() throws Exception {
        var response = post(withoutToken, "?format=claims&name=x.tsv", "Bearer " + TOKEN, example());
        assertEquals(403, response.statusCode());
        assertTrue(JSON.readTree(response.body()).get("message").asText().contains("MECHGRAPH_IMPORT_TOKEN"));
    }

    @Test
    void aWrongOrMissingTokenIsRefused() throws Exception {
        assertEquals(401, post(withToken, "?format=claims", "Bearer wrong-token-0123456789abc", example())
                .statusCode());
        assertEquals(401, post(withToken, "?format=claims", null, example()).statusCode());
        assertEquals(401, post(withToken, "?format=claims", TOKEN, example()).statusCode());
    }

    @Test
    void theRightTokenImportsAndAnswersTheSummary() throws Exception {
        var response = post(withToken, "?format=claims&name=api-example.tsv", "Bearer " + TOKEN,
                ImportDatabase.gzip(example()));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode summary = JSON.readTree(response.body());
        assertEquals("api-example.tsv", summary.get("file").asText());
        assertEquals(2, summary.get("rows").asInt());
        assertEquals(2, summary.get("claimsWritten").asInt(), response.body());
        assertEquals(1, summary.get("entities").get("Outcome").get("created").asInt(), response.body());
    }

    @Test
    void anUnknownFormatIsABadParameter() throws Exception {
        var response = post(withToken, "?format=xml", "Bearer " + TOKEN, example());
        assertEquals(400, response.statusCode());
        assertEquals("format", JSON.readTree(response.body()).get("parameter").asText());
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        var response = post(withToken, "?format=claims", "Bearer " + TOKEN, new byte[64 * 1024 + 1]);
        assertEquals(413, response.statusCode(), response.body());
    }

    static java.util.List<BadFiles> badFiles() {
        return BadFiles.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIs400NamingFileLineAndFieldAndChangesNothing(BadFiles bad) throws Exception {
        GraphFingerprint before = GraphFingerprint.of(graph);
        var response = post(withToken, "?format=claims&name=" + bad.name(), "Bearer " + TOKEN, bad.bytes());
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(bad.name(), error.get("file").asText());
        if (bad.line() >= 0) {
            assertEquals(bad.line(), error.get("line").asLong(), response.body());
        }
        assertEquals(bad.field(), error.hasNonNull("field") ? error.get("field").asText() : null, response.body());
        assertTrue(error.get("message").asText().contains(bad.message()), response.body());
        assertEquals(before, GraphFingerprint.of(graph));
    }
}
