package org.docloudmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.admin.RegisteredContent;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.testkit.TroubleshooterReplay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.lifecycle.TestDescription;
import org.testcontainers.utility.DockerImageName;
import tools.jackson.databind.JsonNode;

@DockerEngine.Needs("suite")
@Testcontainers
class DoCloudMockContainerIT {

    private static final String TOKEN = "s3cret";

    @Container
    static DoCloudMockContainer cloud = new DoCloudMockContainer()
            .withProperty("docloud.geo.default-country", "JP")
            .withAdminToken(TOKEN);

    final DoFlow client = new DoFlow();

    @BeforeEach
    void reset() {
        cloud.admin().reset();
    }

    @Test
    void geoAnswersTextJsonWithTheForwardedAddressAndTheGivenDefaultCountry() throws Exception {
        HttpResponse<String> geo = client.get(cloud.geoUrl(), "198.51.100.10");

        assertThat(geo.statusCode()).isEqualTo(200);
        assertThat(geo.headers().firstValue("Content-Type")).get().asString().startsWith("text/json");
        assertThat(geo.body()).contains("\"ExternalIpAddress\":\"198.51.100.10\"", "\"CountryCode\":\"FR\"");
        // no range of the country table holds this address: the default country, set as a property
        assertThat(client.getJson(cloud.geoUrl(), "100.64.7.7").get("CountryCode").asString()).isEqualTo("JP");
    }

    @Test
    void theUrlsTheServicesHandOutLeadBackToThemFromTheHost() throws Exception {
        JsonNode geo = client.getJson(cloud.geoUrl(), null);
        String keyValueUrl = geo.get("KeyValue_EndpointFullUri").asString();

        assertThat(keyValueUrl).isEqualTo(cloud.baseUrl(ServiceEndpoint.KV) + "/all");
        JsonNode keyValue = client.getJson(keyValueUrl, null);
        assertThat(keyValue.get("ContentPolicy_EndpointUri").asString()).isEqualTo(cloud.baseUrl(ServiceEndpoint.CONTENT_POLICY) + "/");
        assertThat(keyValue.get("Discovery_EndpointFullUri").asString()).startsWith(cloud.baseUrl(ServiceEndpoint.DISCOVERY) + "/");
    }

    @Test
    void theAdminClientUploadsAContentThatClientsThenDownload() throws Exception {
        byte[] payload = "bytes of a content uploaded from the test".getBytes(StandardCharsets.UTF_8);

        cloud.admin().uploadContent("uploaded-content", payload);

        JsonNode policy = client.getJson(cloud.baseUrl(ServiceEndpoint.CONTENT_POLICY) + "/content/uploaded-content/contentpolicy", null);
        HttpResponse<String> bytes = client.get(policy.get("ContentCdnUrls").get(0).asString(), null);
        assertThat(bytes.body()).isEqualTo(new String(payload, StandardCharsets.UTF_8));
        assertThat(cloud.admin().content("uploaded-content")).isPresent();
    }

    @Test
    void adminCallsWithoutTheTokenAreRefused() throws Exception {
        assertThat(client.get(cloud.baseUrl(ServiceEndpoint.CONTENT_POLICY) + "/admin/contents", null).statusCode()).isEqualTo(401);
        // with the token the same call answers: the suite's catalog holds the troubleshooter's files from the start
        assertThat(cloud.admin().contents()).extracting(RegisteredContent::contentId)
                .contains("52fa8751-747d-479d-8f22-e32730cc0eb1");
    }

    @Test
    void microsoftsTroubleshooterPassesAgainstTheContainer() {
        List<TroubleshooterReplay.Check> checks = TroubleshooterReplay.direct(cloud.baseUrl(ServiceEndpoint.GEO),
                cloud.baseUrl(ServiceEndpoint.CONTENT_POLICY)).run();

        assertThat(checks).extracting(TroubleshooterReplay.Check::name)
                .containsExactly("Internet Access / External IP", "HTTP Byte-Range Support");
        assertThat(checks).allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
    }

    @Test
    void twoDevicesBehindOneNatFindEachOtherAndADeviceBehindAnotherFindsNeither() throws Exception {
        cloud.admin().registerContent("shared-content", ContentRegistration.synthetic(3 * 1024 * 1024, 42));

        assertThat(client.joinTwoNatsAndCheckWhoMeets(cloud.geoUrl(), "shared-content"))
                .isEqualTo(cloud.baseUrl(ServiceEndpoint.ARRAY) + "/");
        assertThat(cloud.admin().peers("shared-content")).hasSize(3);
    }

    @Test
    void aFailedTestPrintsTheContainersOutput() {
        String printed = printedToStandardError(() -> cloud.afterTest(description("aTest"), Optional.of(new AssertionError("failed"))));
        String afterAPass = printedToStandardError(() -> cloud.afterTest(description("aTest"), Optional.empty()));

        assertThat(printed).contains("---- docloud-mock/suite:" + DoCloudMockImages.VERSION + " output (aTest failed) ----")
                .contains(String.valueOf(cloud.runtimeInfo().port(ServiceEndpoint.ARRAY)));
        assertThat(afterAPass).isEmpty();
    }

    @Test
    void aMissingImageIsRefusedWithHowToBuildIt() {
        try (DoCloudMockContainer missing = new DoCloudMockContainer(DockerImageName.parse("docloud-mock/suite:no-such-tag"))) {
            assertThatThrownBy(missing::start).hasStackTraceContaining(
                    "image docloud-mock/suite:no-such-tag is not in the Docker engine: build it from DO Cloud Mock's sources");
        }
    }

    static TestDescription description(String name) {
        return new TestDescription() {
            @Override
            public String getTestId() {
                return name;
            }

            @Override
            public String getFilesystemFriendlyName() {
                return name;
            }
        };
    }

    static String printedToStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
