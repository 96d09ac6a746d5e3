package dev.newsline.ingest.feed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server for tests of the feed reader (JDK {@code com.sun.net.httpserver}): serves documents,
 * answers conditional GETs, redirects, fails, hangs, or streams without end, and records every request's headers.
 */
public final class FeedServer implements AutoCloseable {

    /** What a path answers. */
    @FunctionalInterface
    public interface Answer {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final Map<String, List<Headers>> requests = new ConcurrentHashMap<>();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    /** The full URL of {@code path} on this server. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code path} with {@code answer}; every request's headers are recorded. */
    public FeedServer on(String path, Answer answer) {
        server.createContext(path, exchange -> {
            requests.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(exchange.getRequestHeaders());
            try (exchange) {
                answer.handle(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return this;
    }

    /** The headers of every request to {@code path} so far, in order. */
    public List<Headers> requests(String path) {
        return requests.getOrDefault(path, List.of());
    }

    /** A 200 with a body and a Content-Type (none when null). */
    public static Answer ok(String contentType, byte[] body) {
        return exchange -> send(exchange, 200, contentType, body);
    }

    /** A 200 with ETag and Last-Modified, and a 304 to a request that carries either validator back. */
    public static Answer conditional(String contentType, byte[] body, String etag, String lastModified) {
        return exchange -> {
            Headers in = exchange.getRequestHeaders();
            if (etag.equals(in.getFirst("If-None-Match")) || lastModified.equals(in.getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", lastModified);
            send(exchange, 200, contentType, body);
        };
    }

    /** A status with no body. */
    public static Answer status(int code) {
        return exchange -> exchange.sendResponseHeaders(code, -1);
    }

    /** A 302 to {@code location}. */
    public static Answer redirect(String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
        };
    }

    /** Never answers, until the server closes. */
    public Answer hang() {
        return exchange -> released.await(2, TimeUnit.MINUTES);
    }

    /** Sends the headers and half a document, then never finishes it, until the server closes. */
    public Answer hangMidBody(String contentType, byte[] start) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(start);
            exchange.getResponseBody().flush();
            released.await(2, TimeUnit.MINUTES);
        };
    }

    /** Streams {@code chunk} over and over (chunked, no length) until the client hangs up or {@code maxBytes}. */
    public static Answer endless(String contentType, byte[] chunk, long maxBytes) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            try {
                for (long sent = 0; sent < maxBytes; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException hungUp) {
                // the reader stopped at its cap, as it should
            }
        };
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    /** UTF-8 bytes of {@code text}. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
