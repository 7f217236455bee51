package org.docloudmock.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.array.JoinRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flow of SPEC 1 and each road a real client takes off it when the cloud cannot help it peer. */
class DownloadFallbackTest {

    private static final int LENGTH = 3 * 1024 * 1024 + 777;

    static FakeCloud cloud;
    static ClientRuntime runtime;

    @TempDir
    Path files;

    @BeforeAll
    static void start() throws IOException {
        cloud = new FakeCloud(LENGTH);
        runtime = new ClientRuntime(ClientSettings.defaults());
    }

    @AfterAll
    static void stop() {
        runtime.close();
        cloud.close();
    }

    @BeforeEach
    void healthyCloud() {
        cloud.contentKnown = true;
        cloud.metadataServed = true;
        cloud.policyHashOfHashes = cloud.metadata.hashOfHashes();
        cloud.p2pAllowed = true;
        cloud.minFileSizeMb = 1;
        cloud.joins.clear();
    }

    @Test
    void aPeeringDeviceJoinsArrayFetchesRangesAndEndsCachingAVerifiedFile() throws Exception {
        DownloadStatus status = download(device(cloud.geo(), DownloadMode.LAN, DeviceResources.plentiful()), null);

        assertThat(status.status()).isEqualTo(DownloadState.CACHING);
        assertThat(status.downloadMode()).isEqualTo(1);
        assertThat(status.verified()).isTrue();
        assertThat(status.reason()).isNull();
        assertThat(status.bytesFromHttp()).isEqualTo(LENGTH);
        assertThat(status.fileId()).isEqualTo(FakeCloud.CONTENT_ID);
        assertThat(status.fileSizeInCache()).isEqualTo(LENGTH);
        assertThat(status.httpConnectionCount()).isEqualTo(4);
        assertThat(status.sourceUrl()).isEqualTo(cloud.cdn().toString());
        assertThat(status.cacheHost()).isEmpty();
        assertThat(status.downloadDuration()).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{7}");
        assertThat(status.expireOn()).endsWith("Z");
        assertThat(cloud.joins).extracting(JoinRequest::joinRequestEvent).startsWith(1).contains(2);
        JoinRequest started = cloud.joins.get(0);
        assertThat(started.contentId()).isEqualTo(FakeCloud.CONTENT_ID);
        assertThat(started.reportedIp()).isEqualTo("127.0.79.1");
        assertThat(started.left()).isEqualTo(LENGTH);
        assertThat(started.scope()).isEqualTo(1);
        assertThat(started.restrictPeerSelectionBy()).as("KeyValue's DORestrictPeerSelectionBy, passed on").isEqualTo(1);
        assertThat(started.subnetMask()).isEqualTo("255.255.255.0");
        assertThat(started.validate().subnetPrefix()).isEqualTo(24);
    }

    @Test
    void anUnreachableCloudMeansSimpleModeFromTheCallersUrlCheckedAgainstTheCallersDigest() throws Exception {
        DownloadStatus status = download(device(closedPort(), DownloadMode.LAN, DeviceResources.plentiful()), cloud.cdn());

        assertSimpleMode(status, "unreachable");
    }

    @Test
    void anUnknownContentMeansSimpleMode() throws Exception {
        cloud.contentKnown = false;

        assertSimpleMode(download(device(cloud.geo(), DownloadMode.LAN, DeviceResources.plentiful()), cloud.cdn()),
                "does not know content");
    }

    @Test
    void missingMetadataMeansSimpleModeFromThePolicysCdnUrl() throws Exception {
        cloud.metadataServed = false;

        assertSimpleMode(download(device(cloud.geo(), DownloadMode.LAN, DeviceResources.plentiful()), null),
                "pieces-hash file");
    }

    @Test
    void metadataThatDoesNotMatchThePolicyMeansSimpleMode() throws Exception {
        cloud.policyHashOfHashes = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

        assertSimpleMode(download(device(cloud.geo(), DownloadMode.LAN, DeviceResources.plentiful()), null),
                "HashOfHashes");
    }

    @Test
    void contentUnderTheMinimumPeeringSizeComesOverHttpOnlyAndIsVerifiedAgainstItsMetadata() throws Exception {
        cloud.minFileSizeMb = 4;

        DownloadStatus status = download(device(cloud.geo(), DownloadMode.LAN, DeviceResources.plentiful()), null);

        assertHttpOnly(status, "DOMinFileSizeToCache");
        assertThat(status.downloadMode()).isEqualTo(1);
    }

    @Test
    void contentNotAllowedToPeerAndDevicesShortOfRamOrInHttpOnlyModeDoNotPeer() throws Exception {
        cloud.p2pAllowed = false;
        assertHttpOnly(download(device(cloud.geo(), DownloadMode.LAN, DeviceResources.plentiful()), null), "P2PAllowed");

        cloud.p2pAllowed = true;
        assertHttpOnly(download(device(cloud.geo(), DownloadMode.LAN, new DeviceResources(2, 256, null)), null),
                "DOMinRAMAllowedToPeer");
        assertHttpOnly(download(device(cloud.geo(), DownloadMode.HTTP_ONLY, DeviceResources.plentiful()), null),
                "download mode 0");
    }

    private void assertSimpleMode(DownloadStatus status, String reason) throws IOException {
        assertThat(status.downloadMode()).isEqualTo(99);
        assertThat(status.reason()).contains(reason);
        assertFileDownloadedOverHttp(status);
        assertThat(cloud.joins).isEmpty();
    }

    private void assertHttpOnly(DownloadStatus status, String reason) throws IOException {
        assertThat(status.reason()).contains(reason);
        assertFileDownloadedOverHttp(status);
        assertThat(cloud.joins).isEmpty();
    }

    private void assertFileDownloadedOverHttp(DownloadStatus status) throws IOException {
        assertThat(status.status()).isEqualTo(DownloadState.COMPLETE);
        assertThat(status.verified()).isTrue();
        assertThat(status.bytesFromHttp()).isEqualTo(LENGTH);
        assertThat(status.bytesFromPeers()).isZero();
        try (var listing = Files.list(files)) {
            assertThat(Files.readAllBytes(listing.reduce((a, b) -> b).orElseThrow())).isEqualTo(cloud.content);
        }
    }

    private DownloadStatus download(DeviceProfile device, URI sourceUrl) throws Exception {
        try (DoClient client = new DoClient(runtime, device)) {
            Download download = client.download(new DownloadRequest(FakeCloud.CONTENT_ID, sourceUrl,
                    new FileDigest(cloud.metadata.hashOfHashes(), cloud.metadata.pieceSize()),
                    files.resolve("file-" + System.nanoTime())));
            return download.done().get(20, TimeUnit.SECONDS);
        }
    }

    private static DeviceProfile device(URI geo, DownloadMode mode, DeviceResources resources) {
        return new DeviceProfile("test-device", geo, "198.51.100.10", new InetSocketAddress("127.0.79.1", 0), mode, "",
                null, resources, false);
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
    }
}
