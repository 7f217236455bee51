package org.docloudmock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.docloudmock.client.http.ContentUrl;
import org.docloudmock.client.swarm.TransferCounters;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.content.PieceHasher;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP-only road's retries, against a CDN that fails the first requests it gets. */
class HttpOnlyDownloadTest {

    private static final int PIECE_SIZE = 64 * 1024;

    @TempDir
    Path files;

    private final byte[] content = new byte[3 * PIECE_SIZE + 5];
    private final AtomicInteger requests = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private final TransferCounters counters = new TransferCounters();
    private final DeviceProfile device = new DeviceProfile("retry-test", URI.create("http://127.0.0.1:1/"), null,
            new InetSocketAddress("127.0.0.1", 0), DownloadMode.HTTP_ONLY, "", null, DeviceResources.plentiful(), false);
    private volatile int failuresLeft;
    private HttpServer cdn;

    @BeforeEach
    void startCdn() throws IOException {
        new Random(11).nextBytes(content);
        cdn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cdn.createContext("/file", exchange -> {
            requests.incrementAndGet();
            if (failuresLeft > 0) {
                failuresLeft--;
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(content);
            }
        });
        cdn.start();
    }

    @AfterEach
    void stopCdn() {
        cdn.stop(0);
    }

    @Test
    void aCdnThatFailsTwiceIsAskedAgainAndTheThirdAttemptBringsTheFile() throws Exception {
        failuresLeft = 2;

        PiecesHashFile received = download(() -> false).fetch(cdn(), null, Duration.ZERO, PIECE_SIZE);

        assertThat(requests).hasValue(3);
        assertThat(received.hashOfHashes()).isEqualTo(expected().hashOfHashes());
        assertThat(Files.readAllBytes(files.resolve("file"))).isEqualTo(content);
        assertThat(counters.httpConnections()).as("exchanges that brought bytes").isEqualTo(1);
    }

    @Test
    void aClosedDownloadMakesNoFurtherAttempt() {
        failuresLeft = Integer.MAX_VALUE;

        assertThatThrownBy(() -> download(() -> true).fetch(cdn(), null, Duration.ZERO, PIECE_SIZE))
                .isInstanceOf(IOException.class).hasMessageContaining("503");
        assertThat(requests).hasValue(1);
    }

    private HttpOnlyDownload download(BooleanSupplier closed) {
        return new HttpOnlyDownload(http, device, files.resolve("file"), counters, closed);
    }

    private ContentUrl cdn() {
        return ContentUrl.cdn(URI.create("http://127.0.0.1:" + cdn.getAddress().getPort() + "/file"));
    }

    private PiecesHashFile expected() {
        PieceHasher hasher = new PieceHasher(PIECE_SIZE);
        hasher.update(content, 0, content.length);
        return hasher.finish();
    }
}
