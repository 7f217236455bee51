package org.docloudmock.discovery.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.docloudmock.discovery.DiscoveryApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = DiscoveryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiscoveryEndpointTest {

    @LocalServerPort
    int port;

    private RequestSpecification discovery;

    @BeforeEach
    void setUp() {
        discovery = new RequestSpecBuilder().setPort(port).build();
    }

    @Test
    void answersTheArrayBaseUrlAsTheRealServiceDoes() {
        given(discovery)
                .queryParam("partitionId", "p1").queryParam("CountryCode", "DE")
                .queryParam("altCatalogId", "http://dl.example/file.cab").queryParam("Profile", "768")
                .queryParam("doClientVersion", "10.0.26100.1").queryParam("eId", "e1")
                .get("/disc/{contentId}", "8f1c0bfb-6c7d-4a34-9d1c-5e7b3f0b2a11")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body(equalTo("[{\"CollectiveArray\":\"http://localhost:8085/\"}]"));
    }

    @Test
    void everyParameterIsOptional() {
        given(discovery).get("/disc/DO-abc+def=").then().statusCode(200)
                .body("[0].CollectiveArray", equalTo("http://localhost:8085/"));
    }

    @Test
    void profileThatIsNotANumberIsA400NamingIt() {
        given(discovery).queryParam("profile", "abc").get("/disc/content-1")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("Profile"));
    }

    @Test
    void contentIdWithAControlCharacterIsA400NamingIt() {
        given(discovery).urlEncodingEnabled(false).get("/disc/bad%01id")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("contentId"));
    }

    @Test
    void contentIdLongerThan256CharactersIsA400NamingIt() {
        given(discovery).get("/disc/" + "a".repeat(257))
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("contentId"));
    }

    @Test
    void placementsAndKnownInstancesShowInPrometheus() {
        given(discovery).get("/disc/content-1").then().statusCode(200);

        String scrape = given(discovery).get("/actuator/prometheus").then().statusCode(200).extract().asString();

        assertThat(scrape)
                .containsPattern("docloud_discovery_placements_total\\{application=\"discovery-service\",array=\"http://localhost:8085/\"} [1-9]")
                .containsPattern("docloud_discovery_array_instances\\{application=\"discovery-service\"} 1(\\.0)?\n")
                .containsPattern("docloud_discovery_dns_failures_total\\{application=\"discovery-service\"} 0(\\.0)?\n");
    }

    @Test
    void readyOnceAnArrayInstanceIsKnown() {
        given(discovery).get("/actuator/health/readiness").then().statusCode(200)
                .body("components.readinessChecks.details.arrayInstanceKnown", equalTo("ready"));
    }

    @Test
    void theApiDocsListDiscWithTheParametersDoClientsSend() {
        JsonPath docs = given(discovery).get("/v3/api-docs").then().statusCode(200).extract().jsonPath();

        assertThat(docs.getMap("paths")).containsKey("/disc/{contentId}");
        assertThat(docs.getList("paths.'/disc/{contentId}'.get.parameters.name", String.class)).containsExactly(
                "contentId", "partitionId", "Profile", "CountryCode", "altCatalogId", "doClientVersion", "eId");
        assertThat(docs.getMap("paths.'/disc/{contentId}'.get.responses.'200'.content.'application/json'.examples")).isNotEmpty();
    }
}
