package org.docloudmock.client.swarm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CDN for client and engine tests: one content with single byte ranges, counting the bytes it serves. */
public final class FakeCdn implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    private final HttpServer server;
    private final AtomicLong served = new AtomicLong();

    public FakeCdn(byte[] content) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/content", exchange -> {
            String range = exchange.getRequestHeaders().getFirst("Range");
            int from = 0;
            int to = content.length - 1;
            int status = 200;
            if (range != null) {
                Matcher matcher = RANGE.matcher(range);
                if (!matcher.matches()) {
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                from = Integer.parseInt(matcher.group(1));
                to = Math.min(Integer.parseInt(matcher.group(2)), content.length - 1);
                status = 206;
                exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + content.length);
            }
            exchange.sendResponseHeaders(status, to - from + 1);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(content, from, to - from + 1);
            }
            served.addAndGet(to - from + 1);
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/content");
    }

    long servedBytes() {
        return served.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
