package org.docloudmock.discovery.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.RequestSpecBuilder;
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
}
