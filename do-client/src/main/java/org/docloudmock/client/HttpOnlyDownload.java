package org.docloudmock.client;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.docloudmock.client.http.ContentUrl;
import org.docloudmock.client.http.WholeFileDownload;
import org.docloudmock.client.swarm.TransferCounters;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole file in one GET, as simple mode and the HTTP-only modes fetch it: from the cache host when Geo named
 * one, in place of the CDN host; from the CDN at once when the cache host errs or has not answered within the
 * fallback delay (no health check first, SPEC 10). A failed GET from the CDN is tried again, {@link #ATTEMPTS}
 * times in all, after 0.5, 1, 2 and 4 s; the fall from the cache host to the CDN is no attempt of its own.
 */
final class HttpOnlyDownload {

    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(HttpOnlyDownload.class);

    private final HttpClient http;
    private final DeviceProfile device;
    private final Path target;
    private final TransferCounters counters;
    private final RetryPolicy<PiecesHashFile> retries;

    /** @param closed whether the download was closed meanwhile: then no further attempt is made */
    HttpOnlyDownload(HttpClient http, DeviceProfile device, Path target, TransferCounters counters, BooleanSupplier closed) {
        this.http = http;
        this.device = device;
        this.target = target;
        this.counters = counters;
        this.retries = RetryPolicy.<PiecesHashFile>builder()
                .handle(IOException.class)
                .withMaxAttempts(ATTEMPTS)
                .withBackoff(Duration.ofMillis(500), Duration.ofSeconds(4))
                .abortIf((result, failure) -> closed.getAsBoolean())
                .onFailedAttempt(event -> log.info("device {}: HTTP download attempt {} failed: {}", device.name(),
                        event.getAttemptCount(), event.getLastException().toString()))
                .build();
    }

    /**
     * @param cacheHost         Geo's cache host, or null
     * @param cacheHostPatience how long the cache host may take to answer; zero: the usual first-byte timeout
     * @return the pieces-hash file of what arrived
     * @throws IOException the last attempt's failure
     * @throws InterruptedException the client is shutting down
     */
    PiecesHashFile fetch(ContentUrl cdn, String cacheHost, Duration cacheHostPatience, int pieceSize)
            throws IOException, InterruptedException {
        ContentUrl[] source = {cacheHost != null ? ContentUrl.viaCacheHost(cdn.url(), cacheHost) : cdn};
        try {
            return Failsafe.with(retries).get(() -> {
                if (source[0].cacheServer()) {
                    try {
                        return fetchOnce(source[0], cacheHostPatience.isZero() ? WholeFileDownload.FIRST_BYTE_TIMEOUT
                                : cacheHostPatience, pieceSize);
                    } catch (IOException e) {
                        log.info("device {}: cache host {} failed ({}), falling back to the CDN", device.name(), cacheHost,
                                e.toString());
                        source[0] = cdn;
                    }
                }
                return fetchOnce(cdn, WholeFileDownload.FIRST_BYTE_TIMEOUT, pieceSize);
            });
        } catch (FailsafeException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw e;
        }
    }

    private PiecesHashFile fetchOnce(ContentUrl from, Duration firstByte, int pieceSize)
            throws IOException, InterruptedException {
        PiecesHashFile received = WholeFileDownload.fetch(http, from, device.externalIp(), target, pieceSize, firstByte,
                bytes -> counters.receivedOverHttp(bytes, from.cacheServer()));
        counters.httpConnection(from.cacheServer());
        return received;
    }
}
