package org.mechgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One HTTP/1.1 connection's worth of client (one kept-alive connection when used from one thread), timing each GET
 * from the request to the last byte of the answer. A failed exchange is an answer with status -1.
 */
final class Http {

    /** An answer: milliseconds from send to the last byte, status (-1: no answer), and the body. */
    record Answer(double ms, int status, String body) {
    }

    private final URI base;
    private final Duration timeout;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Http(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    Answer get(String pathAndQuery) {
        var request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout).GET().build();
        long start = System.nanoTime();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer((System.nanoTime() - start) / 1e6, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer((System.nanoTime() - start) / 1e6, -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
