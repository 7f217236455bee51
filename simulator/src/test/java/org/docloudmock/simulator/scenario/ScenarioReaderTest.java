package org.docloudmock.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.admin.FaultRule;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioReaderTest {

    @Test
    void readsTheDocumentedFormatWithItsDefaults() {
        Scenario scenario = ScenarioReader.parse("""
                content: { size: 64MiB, seed: 7 }
                networks:
                  - name: office-a
                    externalIp: 198.51.100.10
                    devices: 10
                    mode: 1
                    groupId: ""
                    faultyDevices: 1
                    startDelaySeconds: 0
                  - name: office-b
                    externalIp: 203.0.113.20
                    mode: 2
                    groupId: branch-offices
                    startDelaySeconds: 1.5
                faults:
                  - { service: geo, path: /**, drop: true }
                suite:
                  docloud.kv.device-config.DOMinFileSizeToCache: 1
                """, "from-file-name");

        assertThat(scenario.name()).isEqualTo("from-file-name");
        assertThat(scenario.content()).isEqualTo(new ContentSpec(null, 64L << 20, 7, 0, null));
        assertThat(scenario.content().contentId()).isEqualTo("sim-67108864-7");
        assertThat(scenario.networks()).containsExactly(
                new NetworkSpec("office-a", "198.51.100.10", 10, DownloadMode.LAN, "", 1, 0, 16, 256, null, false),
                new NetworkSpec("office-b", "203.0.113.20", 1, DownloadMode.GROUP, "branch-offices", 0, 1.5, 16, 256, null, false));
        assertThat(scenario.faults()).containsExactly(
                new FaultSpec(ServiceEndpoint.GEO, new FaultRule("/**", null, null, null, true, null, null, null)));
        assertThat(scenario.suite()).containsEntry("docloud.kv.device-config.DOMinFileSizeToCache", 1);
        assertThat(scenario.timeoutSeconds()).isEqualTo(600);
        assertThat(scenario.deviceCount()).isEqualTo(11);
    }

    @Test
    void anExistingContentIsNamedByItsIdAlone() {
        Scenario scenario = ScenarioReader.parse("""
                content: { id: DO-abc }
                networks: [ { name: n, externalIp: "2001:db8::1" } ]
                """, "s");

        assertThat(scenario.content().synthetic()).isFalse();
        assertThat(scenario.content().contentId()).isEqualTo("DO-abc");
    }

    @Test
    void aSyntheticContentMayHaveTheRealCdnsPath() {
        Scenario scenario = ScenarioReader.parse("""
                content: { size: 300KB, fileId: 3F0E2A5C-9B7D-4C1E-8A6F-2D4B6C8E0A1F, fileName: setup.exe }
                networks: [ { name: n, externalIp: 198.51.100.1 } ]
                """, "s");

        assertThat(scenario.content().cdnFile()).isEqualTo(new CdnFile("3f0e2a5c-9b7d-4c1e-8a6f-2d4b6c8e0a1f", "setup.exe"));
    }

    static Stream<String[]> badScenarios() {
        String network = "networks: [ { name: n, externalIp: 198.51.100.1 } ]\n";
        return Stream.of(
                new String[] {network, "content: is required"},
                new String[] {"content: { size: 1MiB }\n", "networks: at least one"},
                new String[] {"content: { size: lots }\n" + network, "content.size: 'lots' is not a size"},
                new String[] {"content: { seed: 3 }\n" + network, "content: needs a size"},
                new String[] {"content: { size: 1MiB, pieceSize: 1000 }\n" + network, "PieceSize: must be a positive power of two"},
                new String[] {"content: { size: 1MiB }\nnetworks: [ { name: n, externalIp: 'not an ip' } ]\n",
                        "networks[0].externalIp: must be an IPv4 or IPv6 address"},
                new String[] {"content: { size: 1MiB }\nnetworks: [ { name: n, externalIp: 198.51.100.1, mode: 4 } ]\n",
                        "networks[0].mode: unknown download mode 4"},
                new String[] {"content: { size: 1MiB }\nnetworks: [ { name: n, externalIp: 198.51.100.1, devices: 2, faultyDevices: 3 } ]\n",
                        "networks[0].faultyDevices: 3 of 2 devices"},
                new String[] {"content: { size: 1MiB }\nnetworks: [ { name: n, externalIp: 198.51.100.1 }, { name: n, externalIp: 198.51.100.2 } ]\n",
                        "networks[1].name: 'n' is used twice"},
                new String[] {"content: { size: 1MiB }\nnetworks: [ { name: n, externalIp: 198.51.100.1, extrnalIp: x } ]\n",
                        "networks[0].extrnalIp"},
                new String[] {"content: { size: 1MiB }\n" + network + "faults: [ { service: cdn } ]\n",
                        "faults[0].service: 'cdn' is none of geo, kv, content-policy, discovery, array"},
                new String[] {"content: { size: 1MiB }\n" + network + "faults: [ { service: geo, status: 700 } ]\n",
                        "faults[0].status: Status must be between 100 and 599"},
                new String[] {"content: { size: 1MiB, fileId: not-a-guid }\n" + network, "content.fileId: must be a GUID"},
                new String[] {"content: { size: 1MiB, fileId: 3f0e2a5c-9b7d-4c1e-8a6f-2d4b6c8e0a1f, fileName: ../x }\n"
                        + network, "content.fileName: must be"});
    }

    @ParameterizedTest
    @MethodSource("badScenarios")
    void refusesABadScenarioNamingTheKey(String yaml, String message) {
        assertThatThrownBy(() -> ScenarioReader.parse(yaml, "s")).isInstanceOf(ScenarioException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"64MiB, 67108864", "8 MiB, 8388608", "1GiB, 1073741824", "500KB, 500000", "1048576, 1048576", "12b, 12"})
    void readsSizesAsPeopleWriteThem(String text, long bytes) {
        assertThat(ByteSize.parse(text, "size")).isEqualTo(bytes);
    }

    @Test
    void everyExampleScenarioInTheRepositoryAndTheBenchmarkReads() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".yaml")).map(ScenarioReader::read))
                    .hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(scenario -> assertThat(scenario.deviceCount()).isPositive());
        }
        assertThat(ScenarioReader.read(Path.of("../bench/simulator-cdn.yaml")).deviceCount()).isEqualTo(100);
    }
}
