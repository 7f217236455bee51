package org.docloudmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.testkit.DoCloudAdminException;
import org.docloudmock.testkit.DoCloudMockRuntimeInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;

@DockerEngine.Needs({"geo-service", "kv-service", "content-policy-service", "discovery-service", "array-service"})
class DoCloudMockServicesContainerIT {

    final DoFlow client = new DoFlow();

    @AfterEach
    void nothingOfThisSessionIsLeft() {
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theFiveServicesRunTheDoFlowFromTheHostAndReachEachOtherByServiceName() throws Exception {
        try (DoCloudMockServices cloud = new DoCloudMockServices().withAdminToken("s3cret")
                .withProperty("docloud.geo.default-country", "JP")) {
            cloud.start();
            assertThat(leftovers()).hasSize(6);   // five containers, one network

            Map<ServiceEndpoint, String> baseUrls = new EnumMap<>(ServiceEndpoint.class);
            for (ServiceEndpoint service : ServiceEndpoint.values()) {
                baseUrls.put(service, cloud.baseUrl(service));
            }
            assertThatThrownBy(() -> DoCloudMockRuntimeInfo.of(baseUrls, null).admin().contents())
                    .isInstanceOf(DoCloudAdminException.class).hasMessageContaining("401");
            assertThat(client.getJson(cloud.geoUrl(), "100.64.7.7").get("CountryCode").asString()).isEqualTo("JP");
            cloud.admin().registerContent("shared-content", ContentRegistration.synthetic(3 * 1024 * 1024, 42));
            assertThat(client.joinTwoNatsAndCheckWhoMeets(cloud.geoUrl(), "shared-content"))
                    .isEqualTo(cloud.baseUrl(ServiceEndpoint.ARRAY) + "/");

            // inside their network, each service is known by its name
            ExecResult reach = cloud.container(ServiceEndpoint.GEO).execInContainer("bash", "-c",
                    "getent hosts kv-service && exec 3<>/dev/tcp/kv-service/" + cloud.runtimeInfo().port(ServiceEndpoint.KV)
                            + " && echo reached");
            assertThat(reach.getStdout()).as("exit %d, %s", reach.getExitCode(), reach.getStderr()).contains("reached");
        }
    }

    @Test
    void aServiceThatCannotStartFailsTheStartNamingWhyAndLeavesNothingBehind() throws Exception {
        try (ServerSocket taken = new ServerSocket(0);
             DoCloudMockServices cloud = new DoCloudMockServices().withProperty("docloud.geo.port", String.valueOf(taken.getLocalPort()))) {
            String printed = DoCloudMockContainerIT.printedToStandardError(() ->
                    assertThatThrownBy(cloud::start).hasStackTraceContaining(String.valueOf(taken.getLocalPort())));

            assertThat(printed).contains("---- geo-service output (DO Cloud Mock's services did not start:");
            assertThat(leftovers()).isEmpty();
        }
    }

    /** The containers and networks this JVM's Testcontainers session made that still exist. */
    static List<String> leftovers() {
        DockerClient docker = DockerClientFactory.instance().client();
        Map<String, String> session = Map.of(DockerClientFactory.TESTCONTAINERS_SESSION_ID_LABEL, DockerClientFactory.SESSION_ID);
        List<String> left = new ArrayList<>();
        docker.listContainersCmd().withShowAll(true).withLabelFilter(session).exec()
                .forEach(container -> left.add("container " + String.join(",", container.getNames())));
        docker.listNetworksCmd().exec().stream()
                .filter(network -> network.getLabels() != null
                        && DockerClientFactory.SESSION_ID.equals(network.getLabels().get(DockerClientFactory.TESTCONTAINERS_SESSION_ID_LABEL)))
                .forEach(network -> left.add("network " + network.getName()));
        return left;
    }
}
