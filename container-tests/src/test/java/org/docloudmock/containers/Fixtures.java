package org.docloudmock.containers;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What several container tests share: an override file, and a simulated swarm with its checks. */
final class Fixtures {

    static final Path SMALL_CONTENTS_PEER = Shell.REPO.resolve("container-tests/src/test/resources/small-contents-peer.yml");
    static final String SIMULATOR_JAR = "simulator/target/docloud-simulator.jar";

    /** Two NATs: four devices in one office, two at home; LAN mode, 8 MiB. */
    static final String SCENARIO = """
            name: containers-lan
            content: { size: 8MiB, seed: 11 }
            networks:
              - { name: office, externalIp: 198.51.100.30, devices: 4, mode: 1 }
              - { name: home, externalIp: 203.0.113.40, devices: 2, mode: 1 }
            timeoutSeconds: 180
            """;

    private Fixtures() {
    }

    /** The simulator jar on this JVM's java, against a running cloud; the scenario and report in {@code work}. */
    static Shell.Result simulate(Path work, Path report, String cloud) throws IOException {
        Path scenario = Files.writeString(work.resolve("scenario.yaml"), SCENARIO);
        String java = ProcessHandle.current().info().command().orElse("java");
        return Shell.run(Map.of(), Duration.ofMinutes(4), List.of(java, "-jar", SIMULATOR_JAR,
                "--scenario", scenario.toString(), "--cloud", cloud, "--report-json", report.toString(),
                "--peer-port", "0", "--no-device-table"));
    }

    /** The same, in a container from the base image on a compose network: a client inside that network. */
    static Shell.Result simulateInside(String network, Path work, String cloud) throws IOException {
        Files.writeString(work.resolve("scenario.yaml"), SCENARIO);
        List<String> command = new ArrayList<>(List.of("docker", "run", "--rm", "--network", network,
                "-v", Shell.REPO.resolve(SIMULATOR_JAR) + ":/docloud-simulator.jar:ro",
                "-v", work.toAbsolutePath() + ":/work", Images.BASE,
                "java", "-jar", "/docloud-simulator.jar", "--scenario", "/work/scenario.yaml", "--cloud", cloud,
                "--report-json", "/work/report.json", "--peer-port", "0", "--no-device-table"));
        return Shell.run(Map.of(), Duration.ofMinutes(4), command);
    }

    static void assertEveryDeviceVerifiedAndLanPeersShared(JsonPath report) {
        assertThat(report.getInt("Totals.Verified")).as("verified devices").isEqualTo(6)
                .isEqualTo(report.getInt("Totals.Devices"));
        for (String network : List.of("office", "home")) {
            assertThat(report.getLong("Networks.find { it.Name == '" + network + "' }.BytesFromLanPeers"))
                    .as("bytes the devices of %s had from their LAN peers", network).isPositive();
        }
    }
}
