package org.onewindow.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Readiness checks: an HTTP 200, an open port, a line in a log. */
public final class Probes {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Probes() {}

    public static boolean httpOk(String url) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static boolean portOpen(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the log, from byte {@code from} on, holds the text: earlier runs' lines do not count. */
    public static boolean logContains(Path log, long from, String text) {
        try (var channel = Files.newByteChannel(log)) {
            channel.position(from);
            var bytes = java.nio.channels.Channels.newInputStream(channel).readAllBytes();
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    public static long sizeOf(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Fails with a clear message instead of a confusing bind error later. */
    public static void requireFree(int port, String what) {
        if (portOpen(port)) {
            throw new IllegalStateException("port " + port + " (" + what + ") is already in use on 127.0.0.1:"
                    + " is another OneWindow stack running?");
        }
    }
}
