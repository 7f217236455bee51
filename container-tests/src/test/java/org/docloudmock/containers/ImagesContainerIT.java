package org.docloudmock.containers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** docker/build-images.sh: the six images from the jars on the Debian-built base, and its bad inputs. */
@ExtendWith(DockerEngine.class)
class ImagesContainerIT {

    static final Duration SUITE_UP_TO_HEALTHY_LIMIT = Duration.ofMinutes(3);

    @Test
    void everyImageIsBuiltFromItsJarOnTheDebianBuiltBaseWithAHealthCheck() throws Exception {
        System.out.println("[container-tests] " + Images.built().output().replace("\n", "\n[container-tests] "));
        String baseLayer = Shell.run("docker", "image", "inspect", "-f", "{{index .RootFS.Layers 0}}", Images.BASE).orFail();
        for (String name : List.of("geo-service", "kv-service", "content-policy-service", "discovery-service",
                "array-service", "suite")) {
            String image = Images.of(name);
            assertThat(Shell.run("docker", "image", "inspect", "-f", "{{index .RootFS.Layers 0}}", image).orFail())
                    .as("%s is built on %s", image, Images.BASE).isEqualTo(baseLayer);
            assertThat(Shell.run("docker", "image", "inspect", "-f", "{{.Config.Healthcheck.Test}}", image).orFail())
                    .as(image).contains("docloud-health");
        }
        for (String service : Images.SERVICES) {
            String inImage = Shell.run("docker", "run", "--rm", "--entrypoint", "sha256sum", Images.of(service),
                    "/app/service.jar").orFail().split(" ")[0];
            assertThat(inImage).as(service).isEqualTo(sha256(Shell.REPO.resolve(service + "/target/" + service + ".jar")));
        }
        assertThat(Shell.run("docker", "run", "--rm", "--entrypoint", "ls", Images.of("suite"), "/app").orFail())
                .contains("docloud-suite.jar", "docloud-suite.jsa", "lib");
    }

    @Test
    void theAllInOneImageServesEveryServiceOnItsPortsAndBelievesXForwardedForFromTheHost() {
        Images.built();
        String container = "docloud-suite-it-" + ProcessHandle.current().pid();
        try {
            Instant started = Instant.now();
            Shell.run("docker", "run", "-d", "--name", container, "-p", "8081-8085:8081-8085", Images.of("suite")).orFail();
            Duration upToHealthy = awaitHealthy(container, SUITE_UP_TO_HEALTHY_LIMIT);
            System.out.println("[container-tests] docker run docloud-mock/suite to healthy: " + upToHealthy.toMillis() + " ms");

            for (int port = 8081; port <= 8085; port++) {
                given().get("http://localhost:" + port + "/actuator/health/readiness").then().statusCode(200);
            }
            JsonPath geo = given().header("X-Forwarded-For", "198.51.100.77").get("http://localhost:8081/geo")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(geo.getString("ExternalIpAddress")).isEqualTo("198.51.100.77");
            assertThat(geo.getString("KeyValue_EndpointFullUri")).isEqualTo("http://localhost:8082/all");
            // the archive was made by the image's own java: no warning that it cannot be used
            assertThat(Shell.run("docker", "logs", container).orFail()).doesNotContain("shared archive", "[cds]");
        } finally {
            Shell.run("docker", "rm", "-f", "-v", container);
        }
        assertThat(Shell.run("docker", "ps", "-a", "-q", "--filter", "name=" + container).orFail()).isEmpty();
    }

    @Test
    void aBaseImageWithoutJavaFailsTheBuildNamingIt() {
        Images.built();
        String noJava = "docloud-it/no-java:" + ProcessHandle.current().pid();
        String tag = "it-no-java-" + ProcessHandle.current().pid();
        try {
            Shell.run("bash", "-c", "printf 'FROM %s\\nRUN rm /usr/bin/java /etc/alternatives/java\\n' '" + Images.BASE
                    + "' | docker build -q -t " + noJava + " -").orFail();
            String containersBefore = Shell.run("docker", "ps", "-a", "-q").orFail();
            Shell.Result build = Shell.run(Map.of("BASE_IMAGE", noJava, "DOCLOUD_IMAGE_TAG", tag), Duration.ofMinutes(3),
                    List.of("docker/build-images.sh", "geo-service"));
            assertThat(build.exitCode()).isNotZero();
            assertThat(build.output()).contains("BASE_IMAGE " + noJava + " has no java");
            assertThat(Shell.run("docker", "image", "inspect", "docloud-mock/geo-service:" + tag).succeeded()).isFalse();
            // the failed step's container is removed with it
            assertThat(Shell.run("docker", "ps", "-a", "-q").orFail()).isEqualTo(containersBefore);
        } finally {
            Shell.run("docker", "rmi", "-f", noJava);
        }
    }

    @Test
    void aMissingJarFailsNamingItBeforeAnythingIsBuilt(@TempDir Path checkout) throws IOException {
        Path docker = Files.createDirectories(checkout.resolve("docker"));
        Files.copy(Shell.REPO.resolve("docker/build-images.sh"), docker.resolve("build-images.sh"));
        Shell.Result build = Shell.run(Map.of("DOCLOUD_IMAGE_TAG", "it-missing-jar"), Duration.ofMinutes(1),
                List.of(docker.resolve("build-images.sh").toString(), "geo-service", "suite"));
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.output()).contains("missing jar: geo-service/target/geo-service.jar suite/target/docloud-suite.jar");
        assertThat(Shell.run("docker", "image", "inspect", "docloud-mock/geo-service:it-missing-jar").succeeded()).isFalse();
    }

    static Duration awaitHealthy(String container, Duration limit) {
        Instant started = Instant.now();
        String health = "";
        while (Duration.between(started, Instant.now()).compareTo(limit) < 0) {
            health = Shell.run("docker", "inspect", "-f", "{{.State.Status}} {{.State.Health.Status}}", container).orFail();
            if (health.equals("running healthy")) {
                return Duration.between(started, Instant.now());
            }
            assertThat(health).as(container).startsWith("running").doesNotContain("unhealthy");
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError(container + " not healthy within " + limit + ": " + health);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
