package org.docloudmock.containers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.docloudmock.testkit.TroubleshooterReplay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker-compose.yml as docs/running.md starts it for clients on the Docker host (DOCLOUD_PUBLIC_HOST=localhost):
 * one stack for every test of this class, torn down by the last one, which checks that nothing is left.
 */
@ExtendWith(DockerEngine.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeContainerIT {

    static final Duration UP_TO_HEALTHY_LIMIT = Duration.ofMinutes(5);
    static final String J = "{\"ContentId\":\"%s\",\"PeerId\":\"%s\",\"ReportedIp\":\"%s\",\"Scope\":1,\"Left\":3145733,"
            + "\"PeersWanted\":50,\"JoinRequestEvent\":1}";

    ComposeProject project;
    Shell.Result up;
    Duration upToHealthy;

    @BeforeAll
    void up() {
        Images.built();
        project = new ComposeProject("docloud-it", Map.of("DOCLOUD_PUBLIC_HOST", "localhost"),
                Fixtures.SMALL_CONTENTS_PEER);
        Instant started = Instant.now();
        up = project.up();
        upToHealthy = Duration.between(started, Instant.now());
        System.out.println("[container-tests] docker-compose up -d to all five healthy: " + upToHealthy.toMillis() + " ms");
    }

    @AfterAll
    void tearDown() {
        if (project == null) {
            return; // the images did not build: nothing was started
        }
        project.close();
    }

    @Test
    @Order(1)
    void allFiveTurnHealthyInStartOrderWithinTheStatedTime() {
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(upToHealthy).isLessThan(UP_TO_HEALTHY_LIMIT);
        Map<String, Instant> startedAt = new HashMap<>();
        for (String service : Images.SERVICES) {
            String container = project.containers(service).get(0);
            assertThat(project.inspect(container, "{{.State.Health.Status}}")).as(service).isEqualTo("healthy");
            startedAt.put(service, Instant.parse(project.inspect(container, "{{.State.StartedAt}}")));
        }
        assertThat(startedAt.get("array-service")).isBefore(startedAt.get("discovery-service"));
        assertThat(startedAt.get("discovery-service")).isBefore(startedAt.get("kv-service"));
        assertThat(startedAt.get("content-policy-service")).isBefore(startedAt.get("kv-service"));
        assertThat(startedAt.get("kv-service")).isBefore(startedAt.get("geo-service"));
    }

    @Test
    @Order(2)
    void theSpecFlowFromTheHostWithDevicesBehindNatsByXForwardedFor() {
        JsonPath geo = given().header("X-Forwarded-For", "198.51.100.10")
                .get("http://localhost:8081/geo?doClientVersion=10.0.26100.1&Profile=768")
                .then().statusCode(200).contentType("text/json").extract().jsonPath();
        assertThat(geo.getString("ExternalIpAddress")).isEqualTo("198.51.100.10");
        String keyValue = geo.getString("KeyValue_EndpointFullUri");
        assertThat(keyValue).isEqualTo("http://localhost:8082/all");

        JsonPath all = given().get(keyValue + "?countryCode=FR&Profile=768").then().statusCode(200).extract().jsonPath();
        given().contentType("application/json").body("{\"Synthetic\":{\"Size\":3145733,\"Seed\":42}}")
                .put("http://localhost:8083/admin/contents/compose-demo").then().statusCode(201);
        String policyUrl = all.getString("ContentPolicy_EndpointFullUri").replace("{contentId}", "compose-demo");
        JsonPath policy = given().get(policyUrl).then().statusCode(200).extract().jsonPath();
        String piecesHashUrl = policy.getString("PiecesHashFileCdnUrls[0]");
        assertThat(URI.create(piecesHashUrl)).hasHost("localhost").hasPort(8083);
        assertThat(given().get(piecesHashUrl).then().statusCode(200).extract().jsonPath().getString("HashOfHashes"))
                .isEqualTo(policy.getString("HashOfHashes"));

        String discoveryUrl = all.getString("Discovery_EndpointFullUri").replace("{contentId}", "compose-demo");
        String array = given().get(discoveryUrl + "?partitionId=1").then().statusCode(200).extract().jsonPath()
                .getString("[0].CollectiveArray");
        assertThat(array).isEqualTo("http://localhost:8085/");

        assertThat(join(array, "198.51.100.10", "a".repeat(40), "10.0.0.11")).isEmpty();
        assertThat(join(array, "198.51.100.10", "b".repeat(40), "10.0.0.12")).containsExactly("a".repeat(40));
        assertThat(join(array, "203.0.113.20", "c".repeat(40), "192.168.1.5")).isEmpty();
        // the Array saw the NATs the devices claimed, not the Docker host's bridge address
        List<String> clients = given().get("http://localhost:8085/admin/requests?path=/join").then().statusCode(200)
                .extract().jsonPath().getList("ClientIp");
        assertThat(clients).containsExactly("198.51.100.10", "198.51.100.10", "203.0.113.20");
    }

    @Test
    @Order(3)
    void microsoftsTroubleshooterPassesAgainstTheContainers() {
        List<TroubleshooterReplay.Check> checks = TroubleshooterReplay.direct("http://localhost:8081", "http://localhost:8083").run();

        assertThat(checks).extracting(TroubleshooterReplay.Check::name)
                .containsExactly("Internet Access / External IP", "HTTP Byte-Range Support");
        assertThat(checks).allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
    }

    @Test
    @Order(4)
    void aSimulatedSwarmOnTheHostAgainstTheContainersVerifiesEveryDeviceAndSharesOverTheLan(@TempDir Path work)
            throws Exception {
        Path report = work.resolve("report.json");
        Shell.Result run = Fixtures.simulate(work, report, "http://localhost:8081");
        assertThat(run.exitCode()).as(run.output()).isZero();
        Fixtures.assertEveryDeviceVerifiedAndLanPeersShared(JsonPath.from(report.toFile()));
    }

    @Test
    @Order(5)
    void anUploadedContentSurvivesARestartOfContentPolicy() throws Exception {
        byte[] payload = new byte[1_500_000];
        new Random(7).nextBytes(payload);
        given().contentType("application/octet-stream").body(payload)
                .put("http://localhost:8083/admin/contents/survives-restart/payload").then().statusCode(201);

        project.compose(List.of("restart", "content-policy-service")).orFail();
        Shell.Result healthy = project.waitHealthy();
        assertThat(healthy.exitCode()).as(healthy.output()).isZero();

        String bytesUrl = given().get("http://localhost:8083/content/survives-restart/contentpolicy").then()
                .statusCode(200).extract().jsonPath().getString("ContentCdnUrls[0]");
        byte[] served = given().get(bytesUrl).then().statusCode(200).extract().asByteArray();
        assertThat(MessageDigest.getInstance("SHA-256").digest(served))
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(payload));
    }

    @Test
    @Order(6)
    void downWithVolumesLeavesNothingOfTheProjectBehind() {
        assertThat(project.leftovers()).as("the running project").isNotEmpty();
        project.down();
        assertThat(project.leftovers()).isEmpty();
    }

    static List<String> join(String array, String nat, String peerId, String privateIp) {
        return given().header("X-Forwarded-For", nat).contentType("application/json")
                .body(String.format(J, "compose-demo", peerId, privateIp))
                .post(array + "join/").then().statusCode(200).extract().jsonPath().getList("Peers.PeerId");
    }
}
