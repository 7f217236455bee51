package org.docloudmock.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.admin.FaultRule;
import org.docloudmock.protocol.admin.JournalEntry;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// The example of docs/testing.md, "In a JUnit 5 test", as it is there (JUnitExampleTest keeps the two the same).
class MyDoClientTest {

    @RegisterExtension
    static DoCloudMockExtension cloud = DoCloudMockExtension.newInstance()
            .property("docloud.array.reannounce-interval", "10s")   // any Spring property of any service
            .reuseAcrossClasses(true)                                // one suite for every test class of the JVM
            .build();

    final HttpClient http = HttpClient.newHttpClient();              // stands in for your DO client

    @BeforeEach
    void registerContent(DoCloudMockRuntimeInfo cloud) {
        // 3 MiB of bytes generated from seed 42: the mock CDN serves them, the pieces-hash file matches them
        cloud.admin().registerContent("my-content", ContentRegistration.synthetic(3 * 1024 * 1024, 42));
    }

    @Test
    void clientGetsThePolicyOfItsContent(DoCloudMockRuntimeInfo cloud) throws Exception {
        HttpResponse<String> policy = get(cloud.baseUrl(ServiceEndpoint.CONTENT_POLICY) + "/content/my-content/contentpolicy");

        assertThat(policy.statusCode()).isEqualTo(200);
        assertThat(cloud.admin().requests(ServiceEndpoint.CONTENT_POLICY))
                .extracting(JournalEntry::path)
                .containsExactly("/content/my-content/contentpolicy");
    }

    @Test
    void clientSeesGeoDown(DoCloudMockRuntimeInfo cloud) throws Exception {
        cloud.admin().armFaults(ServiceEndpoint.GEO, FaultRule.status("/geo", 503));

        assertThat(get(cloud.geoUrl()).statusCode()).isEqualTo(503);   // a DO client falls back to HTTP only
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), BodyHandlers.ofString());
    }
}
