package org.docloudmock.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.docloudmock.client.swarm.FakeCdn;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.discovery.CollectiveArray;
import org.docloudmock.protocol.geo.GeoResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five services as the client sees them, scripted for the fallback cases the real ones would never
 * produce on purpose (a pieces-hash file that does not match its policy). Array here hands out no peers:
 * peering is tested against the real suite.
 */
final class FakeCloud implements AutoCloseable {

    static final String CONTENT_ID = "fake-content";

    final byte[] content;
    final PiecesHashFile metadata;
    final List<JoinRequest> joins = new CopyOnWriteArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final FakeCdn cdn;
    volatile boolean contentKnown = true;
    volatile boolean metadataServed = true;
    volatile String policyHashOfHashes;
    volatile boolean p2pAllowed = true;
    volatile long minFileSizeMb = 1;
    /** Geo's CacheHost (host:port, or a comma-separated list), or null for none. */
    volatile String cacheHost;
    volatile long cacheServerFallbackSecs;

    FakeCloud(int length) throws IOException {
        content = new byte[length];
        new Random(11).nextBytes(content);
        PieceHasher hasher = new PieceHasher(PiecesHashFile.DEFAULT_PIECE_SIZE);
        hasher.update(content, 0, content.length);
        metadata = hasher.finish();
        policyHashOfHashes = metadata.hashOfHashes();
        cdn = new FakeCdn(content);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/geo", exchange -> send(exchange, 200, new GeoResponse("198.51.100.10", "FR",
                base() + "all", "v1", "v", cacheHost, cacheHost == null ? null : 0)));
        server.createContext("/all", exchange -> send(exchange, 200, Map.of(
                "ContentPolicy_EndpointUri", base(),
                "ContentPolicy_EndpointFullUri", base() + "content/{contentId}/contentpolicy",
                "Discovery_EndpointFullUri", base() + "disc/{contentId}",
                "Client_RegisteredCallersFilterList", List.of(),
                "DOMinFileSizeToCache", minFileSizeMb,
                "DODelayCacheServerFallbackForeground", cacheServerFallbackSecs,
                "DORestrictPeerSelectionBy", 1,
                "Array_MaxPeers", 8)));
        server.createContext("/content/", exchange -> {
            if (!contentKnown || !exchange.getRequestURI().getPath().equals("/content/" + CONTENT_ID + "/contentpolicy")) {
                send(exchange, 404, Map.of("title", "Not Found"));
                return;
            }
            send(exchange, 200, new ContentPolicy(CONTENT_ID, policyHashOfHashes, List.of(base() + "pieceshash"),
                    List.of(cdn().toString()), true, false, 0, new ContentPolicy.Policies(0, 0, 0, "", 0), p2pAllowed));
        });
        server.createContext("/pieceshash", exchange -> {
            if (metadataServed) {
                send(exchange, 200, metadata);
            } else {
                send(exchange, 404, Map.of("title", "Not Found"));
            }
        });
        server.createContext("/disc/", exchange -> send(exchange, 200, List.of(new CollectiveArray(base() + "array/"))));
        server.createContext("/array/join/", exchange -> {
            joins.add(json.readValue(exchange.getRequestBody().readAllBytes(), JoinRequest.class));
            send(exchange, 200, new JoinResponse(List.of(), 60, 0));
        });
        server.start();
    }

    URI geo() {
        return URI.create(base());
    }

    URI cdn() {
        return cdn.url();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        cdn.close();
    }
}
