package org.mechgraph.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for the requests {@link java.net.http.HttpClient} refuses to build: invalid
 * percent-escapes, control characters and raw bytes in the target, any {@code Host} header or none, made-up methods,
 * oversized headers. One request per connection ({@code Connection: close}); the answer is read to the end.
 */
public final class RawHttp {

    /** An answer: status, headers (names lower-cased, last value wins), body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        private static final ObjectMapper JSON = new ObjectMapper();

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The body as JSON; fails the caller's assertion with the body when it is not JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    /** Asserts an answer is a JSON error of {@code status} with a message, as every API error is. */
    public static void assertJsonError(Answer a, int status) {
        org.junit.jupiter.api.Assertions.assertEquals(status, a.status(), a.toString());
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(a.header("content-type"))
                .startsWith("application/json"), a.toString());
        org.junit.jupiter.api.Assertions.assertEquals(status, a.json().path("status").asInt(), a.toString());
        org.junit.jupiter.api.Assertions.assertFalse(a.json().path("message").asText().isBlank(), a.toString());
    }

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /**
     * Sends the bytes as they are (the caller writes the request line, headers and body). A server may answer and
     * close before a large body is written (a 413 for an oversized body): the answer it sent is then read and
     * returned, as a browser would show it.
     */
    public Answer send(byte[] request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException closedEarly) {
                byte[] early = readWhatArrived(socket);
                if (early.length == 0) {
                    throw closedEarly;
                }
                return parse(early);
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readWhatArrived(Socket socket) {
        try {
            return readAll(socket.getInputStream());
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** {@code METHOD target HTTP/1.1} with {@code Host: 127.0.0.1:port}, the extra header lines, and a body. */
    public Answer request(String method, String target, String extraHeaders, byte[] body) {
        return request(method, target.getBytes(StandardCharsets.UTF_8), "Host: 127.0.0.1:" + port + "\r\n"
                + extraHeaders, body);
    }

    public Answer get(String target) {
        return request("GET", target, "", new byte[0]);
    }

    /** Like {@link #request(String, String, String, byte[])} with the target as raw bytes and headers in full. */
    public Answer request(String method, byte[] target, String headers, byte[] body) {
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        req.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        req.writeBytes(target);
        req.writeBytes((" HTTP/1.1\r\n" + headers + "Connection: close\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        req.writeBytes(body);
        return send(req.toByteArray());
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                all.write(buf, 0, n);
            }
        } catch (java.net.SocketException e) {
            // The server may close after answering a request it refused before reading all of it.
            if (all.size() == 0) {
                throw e;
            }
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new AssertionError("no complete answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int eol = indexOf(body, crlf, at);
            String sizeLine = new String(body, at, eol - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(body, eol + 2, size);
            at = eol + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
