package org.onewindow.portal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in that takes one request and tells how it came over the wire: WireMock reads a body
 * whole and reports a Content-Length either way, so it cannot tell a streamed body (chunked, its
 * size never added up) from one held in memory first (sent with its length).
 */
public final class OneRequestServer implements AutoCloseable {

    private final ServerSocket server;
    private final CompletableFuture<String> head;

    public OneRequestServer() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        head = CompletableFuture.supplyAsync(this::answerOnce);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** The request line and headers, lower case, once the whole request has arrived. */
    public String head() throws Exception {
        return head.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private String answerOnce() {
        try (var socket = server.accept()) {
            var in = new BufferedInputStream(socket.getInputStream());
            var head = readUntil(in, "\r\n\r\n", true).toLowerCase(Locale.ROOT);
            if (head.contains("transfer-encoding: chunked")) {
                readUntil(in, "\r\n0\r\n\r\n", false);
            } else if (head.contains("content-length: ")) {
                in.readNBytes(Integer.parseInt(head.replaceAll("(?s).*content-length: (\\d+).*", "$1")));
            }
            socket.getOutputStream()
                    .write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads up to and with {@code end}; returns what was read when {@code keep}, else nothing. */
    private static String readUntil(InputStream in, String end, boolean keep) throws IOException {
        var kept = new ByteArrayOutputStream();
        var tail = end.getBytes(StandardCharsets.US_ASCII);
        var last = new byte[tail.length];
        int next;
        while ((next = in.read()) != -1) {
            if (keep) {
                kept.write(next);
            }
            System.arraycopy(last, 1, last, 0, last.length - 1);
            last[last.length - 1] = (byte) next;
            if (Arrays.equals(last, tail)) {
                break;
            }
        }
        return kept.toString(StandardCharsets.UTF_8);
    }
}
