package org.docloudmock.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/kubernetes/ checked against the code without a cluster: every object read into fabric8's typed model
 * (unknown fields refused), then each service started in this JVM with the environment its container gets.
 */
class KubernetesManifestsTest {

    static final Path WRONG_ARRAY = Path.of("src/test/resources/wrong-array-deployment.yaml");

    /**
     * Values that cannot work in this JVM, the names kept: a data directory of its own, and a DNS name that
     * resolves here (array-service does only in the cluster; a resolver timing out would slow every start).
     */
    static final Function<Path, Map<String, String>> TEST_VALUES = data -> Map.of(
            "DOCLOUD_DATA_DIR", data.toString(), "DOCLOUD_DISCOVERY_ARRAY_DNS_NAME", "localhost");

    static KubernetesManifests base;

    @BeforeAll
    static void read() {
        base = KubernetesManifests.read(KubernetesManifests.BASE);
    }

    @Test
    void theKustomizationListsEveryManifestOfTheBaseAndEachIsATypedKubernetesObject() throws IOException {
        try (Stream<Path> files = Files.list(KubernetesManifests.BASE)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> !name.equals("kustomization.yaml")))
                    .containsExactlyInAnyOrderElementsOf(base.files);
        }
        assertThat(base.manifests).extracting(manifest -> manifest.resource().getKind())
                .containsOnly("Deployment", "Service", "ConfigMap", "Secret", "PersistentVolumeClaim");
    }

    @Test
    void aFieldTheModelDoesNotKnowIsRefusedNamingIt() throws IOException {
        var document = KubernetesManifests.tree(KubernetesManifests.BASE.resolve("admin-token.yaml"));
        ((ObjectNode) document.get("metadata")).put("nmae", "typo");
        assertThatThrownBy(() -> KubernetesManifests.typed(document, "admin-token.yaml"))
                .hasMessageContaining("admin-token.yaml").hasMessageContaining("\"nmae\"");
    }

    @Test
    void everyServiceRunsItsImageOnItsPortBehindAServiceOfTheSameName() {
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            Deployment deployment = base.deployment(service);
            Container container = KubernetesManifests.container(deployment);
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
            assertThat(container.getImage()).isEqualTo("docloud-mock/" + service.serviceName() + ":0.1.0-SNAPSHOT");
            assertThat(container.getPorts()).extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                    .as(service.serviceName()).containsExactly(tuple("http", service.defaultPort()));
            assertThat(deployment.getSpec().getSelector().getMatchLabels())
                    .isEqualTo(deployment.getSpec().getTemplate().getMetadata().getLabels());

            Service front = base.get(Service.class, service.serviceName());
            assertThat(front.getSpec().getSelector()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(front.getSpec().getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getPort()).isEqualTo(service.defaultPort());
                assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
            });
        }
    }

    @Test
    void discoveryIsToldTheHeadlessServiceOfTheArrayReplicas() {
        Service array = base.get(Service.class, ServiceEndpoint.ARRAY.serviceName());
        assertThat(array.getSpec().getClusterIP()).as("headless: one DNS record per ready pod").isEqualTo("None");
        assertThat(array.getSpec().getPublishNotReadyAddresses()).as("only ready pods").isNotEqualTo(Boolean.TRUE);
        assertThat(base.environment(ServiceEndpoint.DISCOVERY).all())
                .containsEntry("DOCLOUD_DISCOVERY_ARRAY_DNS_NAME", array.getMetadata().getName());
        assertThat(base.deployment(ServiceEndpoint.ARRAY).getSpec().getReplicas()).isGreaterThan(1);
    }

    @Test
    void contentPolicyKeepsItsCatalogOnAClaimMountedWhereItsDataDirIs() {
        Deployment contentPolicy = base.deployment(ServiceEndpoint.CONTENT_POLICY);
        Container container = KubernetesManifests.container(contentPolicy);
        Volume data = contentPolicy.getSpec().getTemplate().getSpec().getVolumes().get(0);
        PersistentVolumeClaim claim = base.get(PersistentVolumeClaim.class, data.getPersistentVolumeClaim().getClaimName());
        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
        assertThat(container.getVolumeMounts()).singleElement().satisfies(mount -> {
            assertThat(mount.getName()).isEqualTo(data.getName());
            assertThat(mount.getMountPath()).isEqualTo(base.environment(ServiceEndpoint.CONTENT_POLICY).all().get("DOCLOUD_DATA_DIR"));
        });
        // one pod on a ReadWriteOnce volume: the old one stops before the new one starts
        assertThat(contentPolicy.getSpec().getReplicas()).isEqualTo(1);
        assertThat(contentPolicy.getSpec().getStrategy().getType()).isEqualTo("Recreate");
    }

    @Test
    void everyServiceTakesTheAdminTokenFromTheSecret() {
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            var token = KubernetesManifests.container(base.deployment(service)).getEnv().stream()
                    .filter(variable -> variable.getName().equals("DOCLOUD_ADMIN_TOKEN")).findFirst().orElseThrow();
            assertThat(token.getValue()).as(service.serviceName()).isNull();
            var reference = token.getValueFrom().getSecretKeyRef();
            assertThat(base.get(Secret.class, reference.getName()).getStringData()).containsKey(reference.getKey());
        }
    }

    @Test
    void everyContainerRequestsWhatItUsesIdleAndIsLimitedAboveItsPeak() {
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            var resources = KubernetesManifests.container(base.deployment(service)).getResources();
            for (String resource : List.of("cpu", "memory")) {
                Quantity request = resources.getRequests().get(resource);
                Quantity limit = resources.getLimits().get(resource);
                assertThat(request).as("%s %s request", service.serviceName(), resource).isNotNull();
                assertThat(Quantity.getAmountInBytes(request)).as("%s %s", service.serviceName(), resource)
                        .isLessThanOrEqualTo(Quantity.getAmountInBytes(limit));
            }
        }
    }

    @Test
    void probesAskTheActuatorGroupsAndTheStartUpProbeCoversAStart() {
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            Container container = KubernetesManifests.container(base.deployment(service));
            assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
            assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
            assertThat(path(container.getStartupProbe())).isEqualTo("/actuator/health/liveness");
            Probe startup = container.getStartupProbe();
            assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).as("seconds a start may take")
                    .isGreaterThanOrEqualTo(120);
        }
    }

    @Test
    void eachServiceStartedWithItsContainersEnvironmentReadsEveryVariableListensOnItsPortAndAnswersItsProbes(
            @TempDir Path data) {
        List<EnvironmentCheck.Container> containers = new ArrayList<>();
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            containers.add(base.environment(service));
        }
        List<String> unread = EnvironmentCheck.unreadVariables(containers, TEST_VALUES.apply(data),
                started -> {
                    Container container = KubernetesManifests.container(base.deployment(started.service));
                    assertThat(started.configuredPort()).as(started.service.serviceName())
                            .isEqualTo(container.getPorts().get(0).getContainerPort());
                    String url = "http://localhost:" + started.localPort();
                    given().get(url + path(container.getLivenessProbe())).then().statusCode(200);
                    given().get(url + path(container.getReadinessProbe())).then().statusCode(200);
                });
        assertThat(unread).isEmpty();
    }

    @Test
    void aManifestSettingAVariableTheServiceDoesNotReadFailsNamingIt() {
        KubernetesManifests wrong = base.with(WRONG_ARRAY);
        List<String> unread = EnvironmentCheck.unreadVariables(List.of(wrong.environment(ServiceEndpoint.ARRAY)),
                Map.of(), started -> { });
        // (Array alone reads few of the shared ConfigMap's variables: those lines are not this test's)
        assertThat(unread).filteredOn(line -> line.startsWith("wrong-array-deployment.yaml")).containsExactly(
                "wrong-array-deployment.yaml: DOCLOUD_ARRAY_PEER_TIME_TO_LIVE is set for array-service, which reads no"
                        + " such property");
    }

    static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }
}
