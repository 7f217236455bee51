package org.docloudmock.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import java.util.List;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.admin.FaultRule;
import org.docloudmock.protocol.admin.PolicyOverrides;
import org.docloudmock.protocol.admin.RegisteredContent;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DoCloudMockExtensionTest {

    @RegisterExtension
    static DoCloudMockExtension cloud = DoCloudMockExtension.newInstance()
            .property("docloud.array.reannounce-interval", "10s")
            .reuseAcrossClasses(true)
            .build();

    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final JsonMapper json = JsonMapper.builder().build();
    static boolean stateLeftBehind;

    @Test
    void everyServiceIsReadyOnAFreePortOfItsOwn(DoCloudMockRuntimeInfo runtime) throws Exception {
        assertThat(runtime).isSameAs(cloud.runtimeInfo());
        List<Integer> ports = Arrays.stream(ServiceEndpoint.values()).map(runtime::port).toList();
        List<Integer> defaultPorts = Arrays.stream(ServiceEndpoint.values()).map(ServiceEndpoint::defaultPort).toList();
        assertThat(ports).doesNotHaveDuplicates().doesNotContainAnyElementsOf(defaultPorts);
        for (ServiceEndpoint service : ServiceEndpoint.values()) {
            assertThat(get(runtime.baseUrl(service) + "/actuator/health/readiness").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void geoSendsClientsToTheKeyValueServiceOfThisSuite(DoCloudMockRuntimeInfo runtime) throws Exception {
        HttpResponse<String> geo = get(runtime.geoUrl());

        assertThat(geo.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/json"));
        assertThat(json.readTree(geo.body()).get("KeyValue_EndpointFullUri").asString())
                .isEqualTo(runtime.baseUrl(ServiceEndpoint.KV) + "/all");
    }

    @Test
    void propertiesGivenToTheBuilderReachTheServices(DoCloudMockRuntimeInfo runtime) throws Exception {
        JsonNode joined = json.readTree(join(runtime, "any-content").body());

        assertThat(joined.get("ReannounceIntervalSecs").asLong()).isEqualTo(10);
    }

    @Test
    @Order(1)
    void aTestLeavesContentPeersJournalAndFaultsBehind(DoCloudMockRuntimeInfo runtime) throws Exception {
        runtime.admin().registerContent("left-behind", ContentRegistration.synthetic(1000, 1));
        join(runtime, "left-behind");
        runtime.admin().armFaults(ServiceEndpoint.GEO, FaultRule.status("/geo", 503));
        get(runtime.geoUrl());

        assertThat(runtime.admin().content("left-behind")).isPresent();
        assertThat(runtime.admin().peers("left-behind")).hasSize(1);
        assertThat(runtime.admin().faults(ServiceEndpoint.GEO)).hasSize(1);
        assertThat(runtime.admin().requests(ServiceEndpoint.GEO)).hasSize(1);
        stateLeftBehind = true;
    }

    @Test
    @Order(2)
    void theNextTestStartsFromAResetSuite(DoCloudMockRuntimeInfo runtime) throws Exception {
        assumeTrue(stateLeftBehind, "runs after the test that leaves state behind");

        assertThat(runtime.admin().content("left-behind")).isEmpty();
        assertThat(runtime.admin().peers("left-behind")).isEmpty();
        assertThat(runtime.admin().swarms()).isEmpty();
        assertThat(runtime.admin().faults(ServiceEndpoint.GEO)).isEmpty();
        assertThat(runtime.admin().requests(ServiceEndpoint.GEO)).isEmpty();
        assertThat(get(runtime.geoUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminClientRegistersListsAndRemovesContents(DoCloudMockRuntimeInfo runtime) {
        DoCloudAdmin admin = runtime.admin();
        String oddId = "odd id+1%";

        RegisteredContent derived = admin.registerContent(ContentRegistration.synthetic(5000, 7)
                .withAltCatalogIds("http://cdn.example/a.bin").withPolicies(new PolicyOverrides(null, null, 3600L, null, null)));
        RegisteredContent uploaded = admin.uploadContent(oddId, new byte[] {1, 2, 3});

        assertThat(derived.contentId()).startsWith("DO-");
        assertThat(derived.altCatalogIds()).containsExactly("http://cdn.example/a.bin");
        assertThat(derived.policies().maxCacheAgeSecs()).isEqualTo(3600);
        assertThat(uploaded.contentId()).isEqualTo(oddId);
        assertThat(uploaded.contentLength()).isEqualTo(3);
        // beside the troubleshooter's two files, which the suite registers at start-up
        assertThat(admin.contents()).extracting(RegisteredContent::contentId).containsExactlyInAnyOrder(derived.contentId(), oddId,
                "52fa8751-747d-479d-8f22-e32730cc0eb1", "7bc846e0-af9c-49be-a03d-bb04428c9bb5");
        admin.removeContent(oddId);
        assertThat(admin.content(oddId)).isEmpty();
    }

    @Test
    void aRefusedAdminCallThrowsTheServicesReason(DoCloudMockRuntimeInfo runtime) {
        assertThatThrownBy(() -> runtime.admin().registerContent("odd", ContentRegistration.synthetic(10, 1).withPieceSize(1000)))
                .isInstanceOfSatisfying(DoCloudAdminException.class, refused -> assertThat(refused.status()).isEqualTo(400))
                .hasMessageContaining("PieceSize");
        assertThatThrownBy(() -> runtime.admin().armFaults(ServiceEndpoint.GEO, new FaultRule("geo", null, 503, null, null, null, null, null)))
                .isInstanceOfSatisfying(DoCloudAdminException.class, refused -> assertThat(refused.status()).isEqualTo(400))
                .hasMessageContaining("Path");
    }

    static HttpResponse<String> join(DoCloudMockRuntimeInfo runtime, String contentId) throws Exception {
        String body = """
                {"ContentId":"%s","PeerId":"%s","ReportedIp":"10.0.0.2","Scope":1}""".formatted(contentId, "ab".repeat(20));
        HttpResponse<String> joined = http.send(HttpRequest.newBuilder(URI.create(runtime.baseUrl(ServiceEndpoint.ARRAY) + "/join/"))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
        assertThat(joined.statusCode()).isEqualTo(200);
        return joined;
    }

    static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString());
    }
}
