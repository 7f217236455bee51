package org.docloudmock.client;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A Connected Cache host for client tests: it records every request (path and query) and, as told, serves
 * what the origin named in the path serves, answers 503, or stalls before serving.
 */
final class FakeCacheHost implements AutoCloseable {

    enum Behaviour { SERVE, FAIL, STALL }

    final List<URI> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final HttpClient origin = HttpClient.newHttpClient();
    private final URI originBase;
    volatile Behaviour behaviour = Behaviour.SERVE;
    volatile long stallMillis = 5_000;

    /** @param originBase scheme and authority of the CDN it stands in front of */
    FakeCacheHost(URI originBase) throws IOException {
        this.originBase = originBase;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI());
            try {
                if (behaviour == Behaviour.FAIL) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                if (behaviour == Behaviour.STALL) {
                    Thread.sleep(stallMillis);
                }
                HttpRequest.Builder upstream = HttpRequest.newBuilder(originBase.resolve(exchange.getRequestURI().getRawPath()));
                String range = exchange.getRequestHeaders().getFirst("Range");
                if (range != null) {
                    upstream.header("Range", range);
                }
                HttpResponse<byte[]> answer = origin.send(upstream.build(), HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().firstValue("Content-Range").ifPresent(value -> exchange.getResponseHeaders().set("Content-Range", value));
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(answer.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up on us: as a stalled cache host is meant to be left
            } finally {
                try (InputStream drained = exchange.getRequestBody()) {
                    drained.readAllBytes();
                }
                exchange.close();
            }
        });
        server.start();
    }

    /** host:port, as Geo's CacheHost names it. */
    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
