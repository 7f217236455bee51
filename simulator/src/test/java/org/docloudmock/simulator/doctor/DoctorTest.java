package org.docloudmock.simulator.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.simulator.SimulatorCommand;
import org.docloudmock.testkit.DoCloudMockRuntimeInfo;
import org.docloudmock.testkit.DoCloudMockTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The doctor's checks against the suite over real sockets, read from their --json output. */
@DoCloudMockTest(adminToken = DoctorTest.TOKEN, properties = "docloud.kv.device-config.DOMinFileSizeToCache=1")
class DoctorTest {

    static final String TOKEN = "doctor-test-token";
    private static final String NAT_A = "198.51.100.10";
    private static final String NAT_B = "203.0.113.20";

    @TempDir
    Path folder;

    @Test
    void healthPassesEveryStepOfTheFlowAndRegistersNothing(DoCloudMockRuntimeInfo cloud) {
        cloud.admin().registerContent("update-1", ContentRegistration.synthetic(2 << 20, 7));

        Run run = doctor("health", "--cloud", base(cloud), "--as-ip", NAT_A, "--content", "update-1");

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.json.path("Result").asString()).isEqualTo("PASS");
        assertThat(run.names()).containsExactly("Geo", "KeyValue", "Content policy", "Pieces-hash file", "Discovery",
                "Array join", "CDN byte range");
        assertThat(run.details("Geo")).contains("ExternalIpAddress " + NAT_A);
        assertThat(cloud.admin().swarms()).as("the dry join registered nobody").isEmpty();
    }

    @Test
    void anUnreachableCloudFailsNamingTheUrlAndTheError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;

        Run run = doctor("health", "--cloud", url);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.result("Geo")).isEqualTo("FAIL");
        assertThat(run.details("Geo")).contains(url, "connection refused", "download mode 99");
    }

    @Test
    void p2pExplainsWhoSeesWhomWithTheRuleAndTheGuidesRemedy(DoCloudMockRuntimeInfo cloud) throws Exception {
        join(cloud, "a".repeat(40), NAT_A, 1);
        join(cloud, "b".repeat(40), NAT_A, 1);
        join(cloud, "c".repeat(40), NAT_B, 1);

        Run run = doctor("p2p", "--cloud", base(cloud), "--content", "update-1");

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.details("Peers")).startsWith("3 live");
        assertThat(run.result("aaaaaaaaaaaa - bbbbbbbbbbbb")).isEqualTo("PASS");
        assertThat(run.details("aaaaaaaaaaaa - bbbbbbbbbbbb")).startsWith("Lan: same external IP");
        assertThat(run.result("aaaaaaaaaaaa - cccccccccccc")).isEqualTo("FAIL");
        assertThat(run.details("aaaaaaaaaaaa - cccccccccccc")).contains("LAN mode", "Remedy", "DOGroupID");
        assertThat(cloud.admin().peers("update-1")).hasSize(3);
    }

    @Test
    void p2pOfAnUnknownPeerOrContentIsAFailRowNotAStackTrace(DoCloudMockRuntimeInfo cloud) throws Exception {
        join(cloud, "a".repeat(40), NAT_A, 1);

        Run unknownPeer = doctor("p2p", "--cloud", base(cloud), "--content", "update-1", "--peer", "aaaa", "--peer", "dddd");
        Run unknownContent = doctor("p2p", "--cloud", base(cloud), "--content", "nobody-has-this");

        assertThat(unknownPeer.result("dddd")).isEqualTo("FAIL");
        assertThat(unknownPeer.details("dddd")).contains("expired");
        assertThat(unknownContent.exitCode).isEqualTo(1);
        assertThat(unknownContent.details("Peers")).contains("no live peer holds content nobody-has-this");
    }

    @Test
    void connectHandshakesWithAPeerOfTheSwarmAndNamesEachFailure() throws Exception {
        String content = "DO-" + "A".repeat(43) + "=";
        try (FakePeer same = FakePeer.answering(FakePeer.Answer.SAME_SWARM);
             FakePeer other = FakePeer.answering(FakePeer.Answer.OTHER_SWARM);
             FakePeer closing = FakePeer.answering(FakePeer.Answer.CLOSE);
             FakePeer http = FakePeer.answering(FakePeer.Answer.HTTP)) {
            assertThat(connect(same, content).result("Swarm handshake")).isEqualTo("PASS");
            assertThat(connect(other, content).details("Swarm handshake")).startsWith("another swarm");
            assertThat(connect(closing, content).details("Swarm handshake")).startsWith("closed");
            assertThat(connect(http, content).details("Swarm handshake")).startsWith("not the Swarm protocol");
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Run refused = doctor("connect", "127.0.0.1:" + closedPort, "--content", content);
        assertThat(refused.exitCode).isEqualTo(1);
        assertThat(refused.details("TCP connect")).startsWith("refused");
    }

    @Test
    void scenarioNamesTheDevicesTheDeviceConfigurationKeepsFromPeering(DoCloudMockRuntimeInfo cloud) throws IOException {
        Path scenario = folder.resolve("lab.yaml");
        Files.writeString(scenario, """
                content: { size: 4MiB, seed: 1 }
                networks:
                  - { name: desktops, externalIp: 198.51.100.10, devices: 2 }
                  - { name: thin-clients, externalIp: 198.51.100.10, ramGb: 2 }
                  - { name: on-vpn, externalIp: 198.51.100.10, vpn: true }
                  - { name: on-battery, externalIp: 198.51.100.10, batteryPercent: 30 }
                """);

        Run run = doctor("scenario", scenario.toString(), "--cloud", base(cloud));

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.result("desktops (2 devices)")).isEqualTo("PASS");
        assertThat(run.details("thin-clients (1 device)")).contains("kept from peering", "DOMinRAMAllowedToPeer");
        assertThat(run.details("on-vpn (1 device)")).contains("uploads nothing", "DOAllowVPNPeerCaching");
        assertThat(run.details("on-battery (1 device)")).contains("uploads nothing", "battery");
    }

    private Run connect(FakePeer peer, String content) {
        return doctor("connect", "127.0.0.1:" + peer.port(), "--content", content, "--timeout", "2");
    }

    private static String base(DoCloudMockRuntimeInfo cloud) {
        return cloud.baseUrl(ServiceEndpoint.GEO);
    }

    private static void join(DoCloudMockRuntimeInfo cloud, String peerId, String externalIp, int mode) throws Exception {
        String body = "{\"ContentId\":\"update-1\",\"PeerId\":\"" + peerId + "\",\"Scope\":" + mode + "}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(cloud.baseUrl(ServiceEndpoint.ARRAY) + "/join/")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", externalIp).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static Run doctor(String... args) {
        List<String> all = new ArrayList<>(List.of("doctor"));
        all.addAll(List.of(args));
        all.addAll(List.of("--json", "--admin-token", TOKEN));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new SimulatorCommand());
        command.setOut(new PrintWriter(out));
        int exitCode = command.execute(all.toArray(String[]::new));
        return new Run(exitCode, out.toString(), JsonMapper.builder().build().readTree(out.toString()));
    }

    private record Run(int exitCode, String output, JsonNode json) {

        List<String> names() {
            List<String> names = new ArrayList<>();
            json.path("Sections").forEach(section -> section.path("Checks").forEach(check -> names.add(check.path("Name").asString())));
            return names;
        }

        String result(String name) {
            return check(name).path("Result").asString();
        }

        String details(String name) {
            return check(name).path("Details").asString();
        }

        private JsonNode check(String name) {
            for (JsonNode section : json.path("Sections")) {
                for (JsonNode check : section.path("Checks")) {
                    if (check.path("Name").asString().equals(name)) {
                        return check;
                    }
                }
            }
            throw new AssertionError("no check " + name + " in " + output);
        }
    }
}
