package org.docloudmock.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.docloudmock.protocol.DownloadMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Connected Cache host as DO's client uses it (SPEC 10): the CDN URL with the cache host in place of its host
 * and the original host in cacheHostOrigin, no probe first, the CDN on an error or after the fallback delay.
 */
class CacheHostTest {

    private static final int LENGTH = 2 * 1024 * 1024 + 321;

    static FakeCloud cloud;
    static FakeCacheHost cache;
    static ClientRuntime runtime;

    @TempDir
    Path files;

    @BeforeAll
    static void start() throws IOException {
        cloud = new FakeCloud(LENGTH);
        URI cdn = cloud.cdn();
        cache = new FakeCacheHost(URI.create(cdn.getScheme() + "://" + cdn.getAuthority() + "/"));
        runtime = new ClientRuntime(ClientSettings.defaults());
    }

    @AfterAll
    static void stop() {
        runtime.close();
        cache.close();
        cloud.close();
    }

    @BeforeEach
    void cacheHostServes() {
        cloud.cacheHost = cache.host();
        cloud.cacheServerFallbackSecs = 0;
        cache.behaviour = FakeCacheHost.Behaviour.SERVE;
        cache.requests.clear();
    }

    @Test
    void aPeeringDeviceTakesEveryRangeFromTheCacheHostWithTheOriginalHostAndNoProbe() throws Exception {
        DownloadStatus status = download(DownloadMode.LAN);

        assertVerified(status);
        assertThat(status.bytesFromCacheServer()).isEqualTo(LENGTH);
        assertThat(status.bytesFromHttp()).as("as in DO, BytesFromHttp leaves the cache server's bytes out").isZero();
        assertThat(status.totalBytesDownloaded()).isEqualTo(LENGTH);
        assertThat(status.cacheHost()).isEqualTo(cache.host());
        assertThat(status.cacheServerConnectionCount()).isPositive();
        assertThat(status.httpConnectionCount()).isZero();
        assertThat(cache.requests).isNotEmpty().allSatisfy(request -> {
            assertThat(request.getRawPath()).isEqualTo(cloud.cdn().getRawPath());
            assertThat(request.getRawQuery()).isEqualTo("cacheHostOrigin=" + cloud.cdn().getAuthority());
        });
        assertThat(cloud.joins.get(0).downloadedDoinc()).isZero();
        assertThat(cloud.joins).last().satisfies(join -> {
            assertThat(join.downloadedDoinc()).isEqualTo(LENGTH);
            assertThat(join.downloadedCdn()).as("DownloadedCdn leaves the cache host's bytes out").isZero();
        });
    }

    @Test
    void anHttpOnlyDeviceTakesTheWholeFileFromTheCacheHost() throws Exception {
        DownloadStatus status = download(DownloadMode.HTTP_ONLY);

        assertVerified(status);
        assertThat(status.bytesFromCacheServer()).isEqualTo(LENGTH);
        assertThat(cache.requests).hasSize(1).noneMatch(request -> request.getPath().contains("mscomtest"));
    }

    @Test
    void aCacheHostThatErrsSendsBothKindsOfDownloadToTheCdn() throws Exception {
        cache.behaviour = FakeCacheHost.Behaviour.FAIL;

        for (DownloadMode mode : new DownloadMode[] {DownloadMode.LAN, DownloadMode.HTTP_ONLY}) {
            cache.requests.clear();
            DownloadStatus status = download(mode);

            assertVerified(status);
            assertThat(status.bytesFromCacheServer()).as("mode %s", mode).isZero();
            assertThat(status.bytesFromHttp()).isEqualTo(LENGTH);
            assertThat(cache.requests).as("tried once, then left alone").hasSize(1);
        }
    }

    @Test
    void aStalledCacheHostGivesWayToTheCdnAfterTheFallbackDelay() throws Exception {
        cache.behaviour = FakeCacheHost.Behaviour.STALL;
        cache.stallMillis = 15_000;
        cloud.cacheServerFallbackSecs = 1;

        for (DownloadMode mode : new DownloadMode[] {DownloadMode.LAN, DownloadMode.HTTP_ONLY}) {
            long started = System.nanoTime();
            DownloadStatus status = download(mode);
            long tookMillis = (System.nanoTime() - started) / 1_000_000;

            assertVerified(status);
            assertThat(status.bytesFromCacheServer()).isZero();
            assertThat(tookMillis).as("mode %s: well before the cache host would answer", mode).isLessThan(10_000);
        }
    }

    @Test
    void theFirstOfSeveralCacheHostsIsUsed() throws Exception {
        cloud.cacheHost = " " + cache.host() + ", cache-2.lab.invalid:80";

        assertThat(download(DownloadMode.HTTP_ONLY).bytesFromCacheServer()).isEqualTo(LENGTH);
    }

    private void assertVerified(DownloadStatus status) throws IOException {
        assertThat(status.verified()).isTrue();
        try (var listing = Files.list(files)) {
            assertThat(Files.readAllBytes(listing.reduce((a, b) -> b).orElseThrow())).isEqualTo(cloud.content);
        }
    }

    private DownloadStatus download(DownloadMode mode) throws Exception {
        cloud.joins.clear();
        DeviceProfile device = new DeviceProfile("cache-test", cloud.geo(), "198.51.100.10",
                new InetSocketAddress("127.0.79.2", 0), mode, "", null, DeviceResources.plentiful(), false);
        try (DoClient client = new DoClient(runtime, device)) {
            Download download = client.download(new DownloadRequest(FakeCloud.CONTENT_ID, null,
                    new FileDigest(cloud.metadata.hashOfHashes(), cloud.metadata.pieceSize()),
                    files.resolve("file-" + System.nanoTime())));
            return download.done().get(30, TimeUnit.SECONDS);
        }
    }
}
