package org.docloudmock.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the Dockerfile checked against the code, without a Docker engine: every service, its
 * port, its health check, its start order, and the URLs the services hand out when started with the
 * environment compose gives them. container-tests/ runs them on an engine.
 */
@SuppressWarnings("unchecked")
class DockerComposeFileTest {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    /** Read by the images' entrypoint (docker/docloud-entrypoint), not by a service. */
    static final List<String> ENTRYPOINT_VARIABLES = List.of("DOCLOUD_TRUST_GATEWAY");
    static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z_]+):-([^}]*)}");

    static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(REPO.resolve("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
    }

    @Test
    void everyServiceIsThereOnItsDefaultPortAndNothingElse() {
        assertThat(services.keySet()).containsExactlyInAnyOrder(
                java.util.Arrays.stream(ServiceEndpoint.values()).map(ServiceEndpoint::serviceName).toArray(String[]::new));
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            Map<String, Object> definition = service(service);
            int port = service.defaultPort();
            assertThat(((List<Object>) definition.get("ports")).stream().map(DockerComposeFileTest::resolved))
                    .as(service.serviceName()).containsExactly(port + ":" + port);
            assertThat(definition.get("image")).asString().startsWith("docloud-mock/" + service.serviceName() + ":");
        }
    }

    @Test
    void everyImageIsBuiltFromItsModulesExecutableJar() throws IOException {
        String dockerfile = Files.readString(REPO.resolve("docker/Dockerfile"));
        assertThat(dockerfile).contains("ARG BASE_IMAGE=eclipse-temurin:17-jre", "FROM ${BASE_IMAGE}")
                .contains("COPY ${SERVICE}/target/${SERVICE}.jar /app/service.jar");
        // the image's health check asks the service's own port
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            assertThat(dockerfile).contains(service.serviceName() + ") port=" + service.defaultPort() + " ;;");
            assertThat(Files.readString(REPO.resolve(".dockerignore")))
                    .contains("!" + service.serviceName() + "/target/" + service.serviceName() + ".jar");
        }
        // the parent pom names every module's executable jar <module>/target/<module>.jar
        assertThat(Files.readString(REPO.resolve("pom.xml")))
                .contains("tofile=\"${project.build.directory}/${project.artifactId}.jar\"");
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            Map<String, Object> build = map(service(service).get("build"));
            assertThat(build).containsEntry("context", ".").containsEntry("dockerfile", "docker/Dockerfile");
            assertThat(map(build.get("args"))).containsEntry("SERVICE", service.serviceName())
                    .containsEntry("BASE_IMAGE", "${BASE_IMAGE:-eclipse-temurin:17-jre}");
            assertThat(REPO.resolve(service.serviceName()).resolve("pom.xml")).exists();
        }
    }

    @Test
    void everyServiceHasAReadinessHealthCheckAndWaitsForHealthyDependencies() {
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            Map<String, Object> healthcheck = map(service(service).get("healthcheck"));
            assertThat((List<Object>) healthcheck.get("test")).as(service.serviceName())
                    .containsExactly("CMD", "docloud-health");
            assertThat(healthcheck).containsKeys("interval", "retries", "start_period");
            Object dependsOn = service(service).get("depends_on");
            if (dependsOn != null) {
                map(dependsOn).forEach((dependency, condition) -> {
                    assertThat(services).containsKey(dependency);
                    assertThat(map(condition)).containsEntry("condition", "service_healthy");
                });
            }
        }
        assertThat(map(service(ServiceEndpoint.GEO).get("depends_on"))).containsOnlyKeys("kv-service");
        assertThat(map(service(ServiceEndpoint.KV).get("depends_on"))).containsOnlyKeys("content-policy-service", "discovery-service");
        assertThat(map(service(ServiceEndpoint.DISCOVERY).get("depends_on"))).containsOnlyKeys("array-service");
    }

    @Test
    void contentPolicyKeepsItsCatalogOnAVolume() {
        Map<String, Object> contentPolicy = service(ServiceEndpoint.CONTENT_POLICY);
        assertThat(environment(ServiceEndpoint.CONTENT_POLICY)).containsEntry("DOCLOUD_DATA_DIR", "/data");
        assertThat((List<Object>) contentPolicy.get("volumes")).containsExactly("docloud-data:/data");
    }

    @Test
    void servicesStartedWithComposesEnvironmentHandOutComposeServiceNames(@TempDir Path dataDir) {
        List<String> args = new ArrayList<>();
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            args.add("--" + service.portProperty() + "=0");
            environment(service).forEach((name, value) -> {
                if (!ENTRYPOINT_VARIABLES.contains(name)) {
                    args.add("--" + propertyOf(name) + "=" + (name.equals("DOCLOUD_DATA_DIR") ? dataDir.toString() : value));
                }
            });
        }
        try (DoCloudSuite suite = DoCloudSuite.start(args.stream().distinct().toArray(String[]::new))) {
            for (ServiceEndpoint service : ServiceEndpoint.values()) {
                given().get("http://localhost:" + suite.port(service) + "/actuator/health/readiness")
                        .then().statusCode(200);
            }
            String geo = "http://localhost:" + suite.port(ServiceEndpoint.GEO);
            assertThat(URI.create(given().get(geo + "/geo").jsonPath().getString("KeyValue_EndpointFullUri")))
                    .hasHost("kv-service").hasPort(suite.port(ServiceEndpoint.KV));

            var keyValue = given().get("http://localhost:" + suite.port(ServiceEndpoint.KV) + "/all").jsonPath();
            assertThat(URI.create(keyValue.getString("ContentPolicy_EndpointUri")))
                    .hasHost("content-policy-service").hasPort(suite.port(ServiceEndpoint.CONTENT_POLICY));
            assertThat(URI.create(keyValue.getString("Discovery_EndpointFullUri").replace("{contentId}", "c")))
                    .hasHost("discovery-service").hasPort(suite.port(ServiceEndpoint.DISCOVERY));

            String discovery = "http://localhost:" + suite.port(ServiceEndpoint.DISCOVERY);
            assertThat(URI.create(given().get(discovery + "/disc/c").jsonPath().getString("[0].CollectiveArray")))
                    .hasHost("array-service").hasPort(suite.port(ServiceEndpoint.ARRAY));
        }
    }

    /**
     * The Spring property an environment variable of compose sets. Relaxed binding maps both '.' and '-' to
     * '_', so it is found among the names the code reads; a variable no service reads fails the test.
     */
    static String propertyOf(String variable) {
        List<String> known = new ArrayList<>(List.of("docloud.data-dir", "docloud.bind-address", "docloud.advertised-host",
                "docloud.discovery.array-dns-name", "docloud.trusted-proxies", "docloud.admin.token",
                "docloud.content-policy.troubleshooter-files"));
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            known.add(service.hostProperty());
            known.add(service.portProperty());
        }
        return known.stream()
                .filter(property -> property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_').equals(variable))
                .findFirst()
                .orElseThrow(() -> new AssertionError("docker-compose.yml sets " + variable + ", which no service reads"));
    }

    /** The environment as compose gives it with no variables set. */
    static Map<String, String> environment(ServiceEndpoint service) {
        Map<String, String> resolved = new java.util.LinkedHashMap<>();
        map(service(service).get("environment")).forEach((name, value) -> resolved.put(name, resolved(value)));
        return resolved;
    }

    /** A value as compose gives it with no variables set: {@code ${VAR:-default}} is the default. */
    static String resolved(Object value) {
        Matcher interpolation = INTERPOLATION.matcher(String.valueOf(value));
        return interpolation.matches() ? interpolation.group(2) : String.valueOf(value);
    }

    static Map<String, Object> service(ServiceEndpoint service) {
        return map(services.get(service.serviceName()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
