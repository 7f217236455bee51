package org.docloudmock.containers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker-compose.yml as docs/running.md scales it: three Array replicas, found by Discovery through compose's
 * DNS, with no fixed host port; services hand out compose service names, for clients inside the network.
 * The private ranges are trusted proxies here, so that a client container on the network can act from
 * many NATs by X-Forwarded-For as the simulator on the host does.
 */
@ExtendWith(DockerEngine.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaledArrayContainerIT {

    static final int CONTENTS = 300;

    ComposeProject project;

    @BeforeAll
    void up() {
        Images.built();
        project = new ComposeProject("docloud-scale", Map.of(
                "DOCLOUD_DISCOVERY_ARRAY_DNS_NAME", "array-service",
                "DOCLOUD_ARRAY_PORTS", "8085",
                "DOCLOUD_TRUSTED_PROXIES", "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16"),
                Fixtures.SMALL_CONTENTS_PEER);
        Shell.Result up = project.up("--scale", "array-service=3");
        assertThat(up.exitCode()).as(up.output()).isZero();
    }

    @AfterAll
    void down() {
        if (project == null) {
            return; // the images did not build: nothing was started
        }
        project.close();
        assertThat(project.leftovers()).isEmpty();
    }

    @Test
    void discoverySpreadsContentsOverTheThreeReplicas() {
        assertThat(project.containers("array-service")).hasSize(3);
        Map<String, Integer> contentsPerReplica = new HashMap<>();
        for (int i = 0; i < CONTENTS; i++) {
            contentsPerReplica.merge(arrayOf("spread-" + i), 1, Integer::sum);
        }
        assertThat(contentsPerReplica).hasSize(3);
        contentsPerReplica.forEach((replica, contents) -> assertThat(contents).as(replica)
                .isBetween(CONTENTS * 20 / 100, CONTENTS * 47 / 100));
    }

    @Test
    void allPeersOfOneContentMeetOnOneReplica() {
        for (int content = 0; content < 5; content++) {
            String contentId = "meet-" + content;
            String replica = arrayOf(contentId);
            for (int peer = 0; peer < 3; peer++) {
                // each device asks Discovery itself, as a client does, and joins the replica it names
                String asked = arrayOf(contentId);
                assertThat(asked).isEqualTo(replica);
                List<String> seen = given().header("X-Forwarded-For", "198.51.100.50").contentType("application/json")
                        .body(ComposeContainerIT.J.formatted(contentId, Integer.toString(content) + peer + "f".repeat(38),
                                "10.0.0." + (peer + 1)))
                        .post(asked + "join/").then().statusCode(200).extract().jsonPath().getList("Peers.PeerId");
                assertThat(seen).as("peers of %s on %s", contentId, replica).hasSize(peer);
            }
        }
    }

    @Test
    void aClientInsideTheComposeNetworkFollowsTheServiceNamesItIsHandedOut(@TempDir Path work) throws Exception {
        String keyValue = given().get("http://localhost:8081/geo").then().statusCode(200).extract().jsonPath()
                .getString("KeyValue_EndpointFullUri");
        assertThat(URI.create(keyValue)).hasHost("kv-service").hasPort(8082);

        Shell.Result run = Fixtures.simulateInside(project.network(), work, "http://geo-service:8081");
        assertThat(run.exitCode()).as(run.output()).isZero();
        Fixtures.assertEveryDeviceVerifiedAndLanPeersShared(JsonPath.from(work.resolve("report.json").toFile()));
        // it reached KeyValue by the name Geo gave, from the NATs it claimed
        List<String> clients = given().get("http://localhost:8082/admin/requests?path=/all").then().statusCode(200)
                .extract().jsonPath().getList("ClientIp");
        assertThat(clients).contains("198.51.100.30", "203.0.113.40");
    }

    /** The Array base URL Discovery hands out for a content: a replica's address on the compose network. */
    static String arrayOf(String contentId) {
        return given().get("http://localhost:8084/disc/" + contentId).then().statusCode(200).extract().jsonPath()
                .getString("[0].CollectiveArray");
    }
}
