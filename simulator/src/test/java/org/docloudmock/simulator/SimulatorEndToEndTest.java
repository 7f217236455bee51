package org.docloudmock.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.docloudmock.client.DownloadState;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.content.SyntheticContent;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.simulator.run.DeviceOutcome;
import org.docloudmock.simulator.run.RunOptions;
import org.docloudmock.simulator.run.ScenarioResult;
import org.docloudmock.simulator.run.ScenarioRunner;
import org.docloudmock.simulator.scenario.ScenarioReader;
import org.docloudmock.suite.DoCloudSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Simulated DO clients against the suite started as the launcher starts it: real HTTP, real peer-to-peer TCP. */
class SimulatorEndToEndTest {

    private static final long SIZE = 8 << 20;

    static DoCloudSuite suite;

    @TempDir
    Path folder;

    @BeforeAll
    static void startSuite() {
        suite = DoCloudSuite.start("--docloud.geo.port=0", "--docloud.kv.port=0", "--docloud.content-policy.port=0",
                "--docloud.discovery.port=0", "--docloud.array.port=0",
                "--docloud.kv.device-config.DOMinFileSizeToCache=1", "--logging.level.root=WARN");
    }

    @AfterAll
    static void stopSuite() {
        suite.close();
    }

    @Test
    void tenDevicesBehindTwoNatsEndVerifiedSharingOnlyInsideTheirNatAndBanTheFaultyPeer() throws Exception {
        var scenario = ScenarioReader.parse("""
                content: { size: 8MiB, seed: 42 }
                networks:
                  - { name: office-a, externalIp: 198.51.100.10, devices: 5, mode: 1, faultyDevices: 1 }
                  - { name: office-b, externalIp: 203.0.113.20, devices: 5, mode: 1 }
                timeoutSeconds: 60
                """, "two-offices");

        ScenarioResult result = new ScenarioRunner(scenario, new RunOptions(geo(), null, 0, folder, false),
                (seconds, networks) -> { }).run();

        assertThat(result.timedOut()).isFalse();
        assertThat(result.devices()).hasSize(10).allSatisfy(device -> {
            assertThat(device.status().status()).isEqualTo(DownloadState.CACHING);
            assertThat(device.status().verified()).isTrue();
            assertThat(device.status().downloadMode()).isEqualTo(1);
            assertThat(device.status().bytesFromGroupPeers() + device.status().bytesFromInternetPeers()).isZero();
        });
        byte[] content = new byte[(int) SIZE];
        new SyntheticContent(SIZE, 42).read(0, content, 0, content.length);
        for (DeviceOutcome device : result.devices()) {
            assertThat(Files.readAllBytes(folder.resolve(device.network()).resolve(device.name())))
                    .as("%s's file, not one corrupted byte in it", device.name()).isEqualTo(content);
        }
        Map<PeerId, String> networkOf = result.devices().stream()
                .collect(Collectors.toMap(DeviceOutcome::peerId, DeviceOutcome::network));
        for (DeviceOutcome device : result.devices()) {
            assertThat(device.fromEachPeer().keySet()).as("peers %s got bytes from", device.name())
                    .allSatisfy(peer -> assertThat(networkOf.get(peer)).isEqualTo(device.network()));
            if (!device.faulty()) {
                assertThat(device.status().bytesFromLanPeers()).as("%s from its LAN peers", device.name()).isPositive();
                assertThat(device.status().lanConnectionCount()).isPositive();
                assertThat(device.peerInfo()).as("%s -PeerInfo", device.name()).isNotEmpty()
                        .allSatisfy(peer -> assertThat(peer.peerType()).isEqualTo("Lan"))
                        .anySatisfy(peer -> assertThat(peer.bytesReceived()).isPositive());
                assertThat(device.peerInfo().stream().mapToLong(peer -> peer.bytesReceived()).sum())
                        .as("-PeerInfo adds up to BytesFromLanPeers").isEqualTo(device.status().bytesFromLanPeers());
                assertThat(device.status().bannedPeers()).as("peers %s banned", device.name())
                        .isEqualTo(device.network().equals("office-a") ? 1 : 0);
            }
        }
        PeerId faulty = result.devices().stream().filter(DeviceOutcome::faulty).findFirst().orElseThrow().peerId();
        assertThat(result.devices()).allSatisfy(device -> assertThat(device.fromEachPeer()).doesNotContainKey(faulty));
    }

    @Test
    void devicesWhoseCloudIsDownFallBackToSimpleModeOverHttpAndStillComplete() throws Exception {
        Path scenario = Files.writeString(folder.resolve("cloud-down.yaml"), """
                content: { size: 2MiB, seed: 9 }
                networks:
                  - { name: office, externalIp: 198.51.100.30, devices: 3, mode: 1 }
                faults:
                  - { service: geo, path: /**, drop: true }
                timeoutSeconds: 60
                """);
        Path json = folder.resolve("report.json");
        Path html = folder.resolve("report.html");

        int exit = new CommandLine(new SimulatorCommand()).execute("--scenario", scenario.toString(), "--cloud",
                geo().toString(), "--peer-port", "0", "--report-json", json.toString(), "--report-html", html.toString());

        assertThat(exit).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(json.toFile());
        assertThat(report.path("Devices")).hasSize(3).allSatisfy(device -> {
            assertThat(device.path("DownloadMode").asInt()).isEqualTo(99);
            assertThat(device.path("Status").asString()).isEqualTo(DownloadState.COMPLETE.text());
            assertThat(device.path("Verified").asBoolean()).isTrue();
            assertThat(device.path("BytesFromHttp").asLong()).isEqualTo(2 << 20);
            assertThat(device.path("PerfSnapThisMonth").path("DownloadHttpBytes").asLong()).isEqualTo(2 << 20);
            assertThat(device.path("PeerInfo")).isEmpty();
            assertThat(device.path("BytesFromPeers").asLong()).isZero();
            assertThat(device.path("Reason").asString()).contains("unreachable");
        });
        assertThat(report.path("Totals").path("CdnRatio").asDouble()).isEqualTo(1.0);
        assertThat(Files.readString(html)).contains("<svg", "cloud-down");
        try (InputStream faults = URI.create(suite.url(ServiceEndpoint.GEO) + "/admin/faults").toURL().openStream()) {
            assertThat(JsonMapper.builder().build().readTree(faults)).as("the faults are lifted after the scenario").isEmpty();
        }
    }

    private static URI geo() {
        return URI.create(suite.url(ServiceEndpoint.GEO));
    }
}
