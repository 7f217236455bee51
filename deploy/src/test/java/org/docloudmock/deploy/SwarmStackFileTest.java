package org.docloudmock.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/swarm/docker-stack.yml checked against the code without an engine: each service, its port, its DNS
 * mode, Discovery told the DNS name of every Array task, and each service started with the environment the
 * stack gives it. SwarmStackContainerIT deploys it on a one-node swarm.
 */
@SuppressWarnings("unchecked")
class SwarmStackFileTest {

    static final Path STACK = Path.of("swarm/docker-stack.yml").toAbsolutePath();
    static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z_]+):-([^}]*)}");

    static Map<String, Object> stack;

    @BeforeAll
    static void parse() throws IOException {
        stack = new Yaml().load(Files.readString(STACK));
    }

    @Test
    void everyServiceRunsItsImagePublishedInHostModeOnItsPortExceptTheArrayReplicas() {
        assertThat(services().keySet()).containsExactlyInAnyOrder(
                Arrays.stream(ServiceEndpoint.values()).map(ServiceEndpoint::serviceName).toArray(String[]::new));
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            Map<String, Object> definition = service(service);
            assertThat(definition.get("image"))
                    .isEqualTo("docloud-mock/" + service.serviceName() + ":${DOCLOUD_IMAGE_TAG:-0.1.0-SNAPSHOT}");
            // no IPVS needed: neither virtual IPs nor the routing mesh
            assertThat(map(definition.get("deploy"))).as(service.serviceName()).containsEntry("endpoint_mode", "dnsrr");
            assertThat((List<Object>) definition.get("networks")).containsExactly("docloud");
            assertThat(map(map(definition.get("healthcheck"))).get("test")).isEqualTo(List.of("CMD", "docloud-health"));
            if (service == ServiceEndpoint.ARRAY) {
                assertThat(definition).doesNotContainKey("ports");
                continue;
            }
            assertThat((List<Object>) definition.get("ports")).singleElement().satisfies(port -> {
                assertThat(map(port)).containsEntry("target", service.defaultPort()).containsEntry("mode", "host");
                assertThat(resolved(map(port).get("published"))).isEqualTo(String.valueOf(service.defaultPort()));
            });
        }
        assertThat(map(map(stack.get("networks")).get("docloud"))).containsEntry("driver", "overlay")
                .containsEntry("attachable", true);
    }

    @Test
    void arrayIsReplicatedAndDiscoveryFollowsItsTasksByDns() {
        assertThat(map(service(ServiceEndpoint.ARRAY).get("deploy"))).containsEntry("mode", "replicated")
                .containsEntry("replicas", 3);
        assertThat(environment(ServiceEndpoint.DISCOVERY))
                .containsEntry("DOCLOUD_DISCOVERY_ARRAY_DNS_NAME", "tasks." + ServiceEndpoint.ARRAY.serviceName());
    }

    @Test
    void contentPolicyKeepsItsCatalogOnAVolumeOnTheLabelledNode() {
        Map<String, Object> contentPolicy = service(ServiceEndpoint.CONTENT_POLICY);
        assertThat(environment(ServiceEndpoint.CONTENT_POLICY)).containsEntry("DOCLOUD_DATA_DIR", "/data");
        assertThat((List<Object>) contentPolicy.get("volumes")).containsExactly("docloud-data:/data");
        assertThat(map(map(contentPolicy.get("deploy")).get("placement")))
                .containsEntry("constraints", List.of("node.labels.docloud-mock.data == true"));
    }

    @Test
    void resourcesAreThoseOfTheKubernetesManifests() {
        var kubernetes = KubernetesManifests.container(KubernetesManifests.read(KubernetesManifests.BASE)
                .deployment(ServiceEndpoint.ARRAY)).getResources();
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            Map<String, Object> resources = map(map(service(service).get("deploy")).get("resources"));
            assertThat(bytes(map(resources.get("limits")).get("memory")))
                    .isEqualTo(Quantity.getAmountInBytes(kubernetes.getLimits().get("memory")));
            assertThat(bytes(map(resources.get("reservations")).get("memory")))
                    .isEqualTo(Quantity.getAmountInBytes(kubernetes.getRequests().get("memory")));
            assertThat(new BigDecimal((String) map(resources.get("limits")).get("cpus")))
                    .isEqualByComparingTo(Quantity.getAmountInBytes(kubernetes.getLimits().get("cpu")));
        }
    }

    @Test
    void eachServiceStartedWithTheStacksEnvironmentReadsEveryVariable(@TempDir Path data) {
        Map<String, String> shared = new LinkedHashMap<>();
        map(stack.get("x-environment")).forEach((name, value) -> shared.put(name, resolved(value)));
        List<EnvironmentCheck.Container> containers = new ArrayList<>();
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            Map<String, String> own = new LinkedHashMap<>(environment(service));
            own.keySet().removeAll(shared.keySet());
            containers.add(new EnvironmentCheck.Container(service, "deploy/swarm/docker-stack.yml (" + service.serviceName() + ")",
                    own, Map.of("deploy/swarm/docker-stack.yml (x-environment)", shared)));
        }
        Map<String, String> testValues = Map.of("DOCLOUD_DATA_DIR", data.toString(),
                "DOCLOUD_DISCOVERY_ARRAY_DNS_NAME", "localhost");
        assertThat(EnvironmentCheck.unreadVariables(containers, testValues, started -> { })).isEmpty();
    }

    /** The environment as the stack gives it with no variables set. */
    static Map<String, String> environment(ServiceEndpoint service) {
        Map<String, String> resolved = new LinkedHashMap<>();
        map(service(service).get("environment")).forEach((name, value) -> resolved.put(name, resolved(value)));
        return resolved;
    }

    /** A value as `docker stack deploy` gives it with no variables set: {@code ${VAR:-default}} is the default. */
    static String resolved(Object value) {
        Matcher interpolation = INTERPOLATION.matcher(String.valueOf(value));
        return interpolation.matches() ? interpolation.group(2) : String.valueOf(value);
    }

    /** Compose's 512M is 512 MiB. */
    static BigDecimal bytes(Object composeSize) {
        return Quantity.getAmountInBytes(new Quantity(String.valueOf(composeSize).replaceAll("([KMG])$", "$1i")));
    }

    static Map<String, Object> services() {
        return map(stack.get("services"));
    }

    static Map<String, Object> service(ServiceEndpoint service) {
        return map(services().get(service.serviceName()));
    }

    static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
