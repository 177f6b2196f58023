package org.mechgraph.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a web page can do to a Bolt port: open a WebSocket from a foreign origin and speak Bolt 4.4 over it by hand
 * (handshake, chunked PackStream messages). Deliberately not the driver: the point is to see what the port accepts
 * from a client that never authenticates.
 */
final class BoltWebSocket implements AutoCloseable {

    /** Signature bytes of the server's summary messages. */
    static final int SUCCESS = 0x70;
    static final int FAILURE = 0x7F;
    static final int IGNORED = 0x7E;
    static final int RECORD = 0x71;
    /** Stands for "the server closed the connection" where a message was expected. */
    static final int CLOSED = -1;

    private static final byte[] EOF = new byte[0];
    private static final long WAIT_SECONDS = 30;

    private final WebSocket socket;
    private final LinkedBlockingQueue<byte[]> received;
    private byte[] pending = new byte[0];
    private int offset;

    private BoltWebSocket(WebSocket socket, LinkedBlockingQueue<byte[]> received) {
        this.socket = socket;
        this.received = received;
    }

    /** Opens {@code ws://127.0.0.1:port/} with the given Origin header, as a browser page on that origin would. */
    static BoltWebSocket open(int port, String origin) throws Exception {
        var queue = new LinkedBlockingQueue<byte[]>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
                byte[] bytes = new byte[data.remaining()];
                data.get(bytes);
                queue.add(bytes);
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                queue.add(EOF);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                queue.add(EOF);
            }
        };
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", origin)
                .connectTimeout(java.time.Duration.ofSeconds(WAIT_SECONDS))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), listener)
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        return new BoltWebSocket(ws, queue);
    }

    /** Sends the Bolt preamble proposing only version 4.4; answers the version the server chose (0 for none). */
    int handshake() throws Exception {
        ByteBuffer hello = ByteBuffer.allocate(20);
        hello.putInt(0x6060B017);
        hello.putInt(0x00000404);
        hello.putInt(0).putInt(0).putInt(0);
        send(hello.array());
        byte[] answer = read(4);
        return answer == null ? CLOSED : ByteBuffer.wrap(answer).getInt();
    }

    /** HELLO with {@code scheme: "none"}: no user, no password. */
    void helloWithoutCredentials() throws Exception {
        var message = new ByteArrayOutputStream();
        message.write(0xB1); // tiny struct, one field
        message.write(0x01); // HELLO
        message.write(0xA2); // tiny map, two entries
        string(message, "user_agent");
        string(message, "evil/1.0");
        string(message, "scheme");
        string(message, "none");
        sendChunked(message.toByteArray());
    }

    /** RUN an auto-commit query without parameters, then PULL all of it. */
    void runAndPull(String cypher) throws Exception {
        var run = new ByteArrayOutputStream();
        run.write(0xB3); // tiny struct, three fields
        run.write(0x10); // RUN
        string(run, cypher);
        run.write(0xA0); // no parameters
        run.write(0xA0); // no extra
        sendChunked(run.toByteArray());
        var pull = new ByteArrayOutputStream();
        pull.write(0xB1);
        pull.write(0x3F); // PULL
        pull.write(0xA1);
        string(pull, "n");
        pull.write(0xFF); // -1: everything
        sendChunked(pull.toByteArray());
    }

    /** The signature of the server's next message (SUCCESS, FAILURE, …), or {@link #CLOSED}. */
    int nextMessageSignature() throws Exception {
        var message = new ByteArrayOutputStream();
        while (true) {
            byte[] header = read(2);
            if (header == null) {
                return CLOSED;
            }
            int size = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
            if (size == 0) {
                if (message.size() == 0) {
                    continue; // a NOOP chunk between messages
                }
                break;
            }
            byte[] chunk = read(size);
            if (chunk == null) {
                return CLOSED;
            }
            message.write(chunk);
        }
        byte[] bytes = message.toByteArray();
        if ((bytes[0] & 0xF0) != 0xB0) {
            throw new IOException("not a Bolt message: " + Integer.toHexString(bytes[0] & 0xFF));
        }
        return bytes[1] & 0xFF;
    }

    private static void string(ByteArrayOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length >= 16) {
            out.write(0xD0); // STRING_8
            out.write(utf8.length);
        } else {
            out.write(0x80 + utf8.length);
        }
        out.write(utf8);
    }

    private void sendChunked(byte[] message) throws Exception {
        ByteBuffer chunk = ByteBuffer.allocate(2 + message.length + 2);
        chunk.putShort((short) message.length).put(message).putShort((short) 0);
        send(chunk.array());
    }

    private void send(byte[] bytes) throws Exception {
        try {
            socket.sendBinary(ByteBuffer.wrap(bytes), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // The server may already have closed the connection; what it answered before is read separately.
        }
    }

    /** The next {@code n} bytes of the server's stream, or null when it closed first. */
    private byte[] read(int n) throws InterruptedException, TimeoutException {
        byte[] out = new byte[n];
        int filled = 0;
        while (filled < n) {
            if (offset == pending.length) {
                byte[] next = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    throw new TimeoutException("the server sent nothing for " + WAIT_SECONDS + " s");
                }
                if (next == EOF) {
                    received.add(EOF);
                    return null;
                }
                pending = next;
                offset = 0;
                continue;
            }
            int take = Math.min(n - filled, pending.length - offset);
            System.arraycopy(pending, offset, out, filled, take);
            offset += take;
            filled += take;
        }
        return out;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
