package org.docloudmock.geo.location;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "docloud.geo.regions.europe.key-value-url=http://kv-eu.lab.example:8082/all",
        "docloud.geo.regions.europe.countries=DE,FR",
        "docloud.geo.cache-hosts[0].cidr=203.0.113.0/25",
        "docloud.geo.cache-hosts[0].host=cache.lab.example",
        "docloud.geo.cache-hosts[0].flag=1"})
class GeoEndpointsTest {

    @LocalServerPort
    int port;

    private RequestSpecification geo;

    @BeforeEach
    void client() {
        // the test talks from loopback, a trusted proxy by default: X-Forwarded-For picks the client
        geo = new RequestSpecBuilder().setBaseUri("http://127.0.0.1").setPort(port).build();
    }

    @Test
    void geoAnswersTextJsonWithTheClientsAddressCountryAndEndpoint() {
        given(geo)
                .get("/geo")
                .then()
                .statusCode(200)
                .header("Content-Type", "text/json")
                .body("ExternalIpAddress", equalTo("127.0.0.1"))
                .body("CountryCode", equalTo("US"))
                .body("KeyValue_EndpointFullUri", equalTo("http://localhost:8082/all"))
                .body("Version", not(emptyOrNullString()))
                .body("CompactVersion", not(emptyOrNullString()))
                .body("$", not(hasKey("CacheHost")))
                .body("$", not(hasKey("CacheHostFlag")));
    }

    @Test
    void geoCarriesTheFieldsOfEveryRealAnswerWithTheObservedValues() {
        given(geo)
                .get("/geo")
                .then()
                .statusCode(200)
                .body("CacheId", equalTo("7"))
                .body("ContentCert", equalTo(false))
                .body("DownloadModeFailSafe", equalTo(""));
    }

    @Test
    void geoWithATrailingSlashAnswersAsGeo() {
        String geoBody = given(geo).header("X-Forwarded-For", "192.0.2.7").get("/geo").then().extract().asString();

        given(geo)
                .header("X-Forwarded-For", "192.0.2.7")
                .queryParam("doClientVersion", "10.0.19041.1")
                .get("/geo/")
                .then()
                .statusCode(200)
                .header("Content-Type", "text/json")
                .body(equalTo(geoBody));
    }

    @Test
    void geoAnswersTextJsonWhateverTheClientAccepts() {
        given(geo).accept("application/json").get("/geo").then().statusCode(200).header("Content-Type", "text/json");
        given(geo).accept("text/html").get("/geoversion").then().statusCode(200).header("Content-Type", "text/json");
    }

    @Test
    void theQueryParametersDoClientsSendAreAccepted() {
        given(geo)
                .queryParam("doClientVersion", "10.1.0.13")
                .queryParam("profile", "768")
                .queryParam("groupID", "lab-group")
                .get("/geo")
                .then()
                .statusCode(200)
                .body("CountryCode", equalTo("US"));
    }

    @Test
    void aClientForwardedFromLoopbackGetsTheCountryAndRegionOfItsOwnAddress() {
        given(geo)
                .header("X-Forwarded-For", "192.0.2.7")
                .get("/geo")
                .then()
                .statusCode(200)
                .body("ExternalIpAddress", equalTo("192.0.2.7"))
                .body("CountryCode", equalTo("DE"))
                .body("KeyValue_EndpointFullUri", equalTo("http://kv-eu.lab.example:8082/all"));
    }

    @Test
    void anIpv6ClientGetsTheCountryOfItsRange() {
        given(geo)
                .header("X-Forwarded-For", "2001:db8:0:0::1")
                .get("/geo")
                .then()
                .statusCode(200)
                .body("ExternalIpAddress", equalTo("2001:db8::1"))
                .body("CountryCode", equalTo("GB"))
                .body("KeyValue_EndpointFullUri", equalTo("http://localhost:8082/all"));
    }

    @Test
    void cacheHostFieldsComeOnlyForAClientInACacheHostRange() {
        given(geo)
                .header("X-Forwarded-For", "203.0.113.9")
                .get("/geo")
                .then()
                .statusCode(200)
                .body("CountryCode", equalTo("JP"))
                .body("CacheHost", equalTo("cache.lab.example"))
                .body("CacheHostFlag", equalTo(1));
        given(geo)
                .header("X-Forwarded-For", "203.0.113.200")
                .get("/geo")
                .then()
                .statusCode(200)
                .body("CountryCode", equalTo("JP"))
                .body("$", not(hasKey("CacheHost")))
                .body("$", not(hasKey("CacheHostFlag")));
    }

    @Test
    void geoVersionAnswersTheVersionGeoHandsOut() {
        String version = given(geo).get("/geo").then().extract().path("Version");

        given(geo)
                .get("/geoversion")
                .then()
                .statusCode(200)
                .header("Content-Type", "text/json")
                .body("Version", equalTo(version));
    }

    @Test
    void aProfileThatIsNoNumberIsABadRequestNamingIt() {
        for (String name : new String[] {"Profile", "profile"}) {
            given(geo)
                    .queryParam(name, "abc")
                    .get("/geo")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("Profile"));
        }
    }

    @Test
    void aForwardedForThatNamesNoClientIsABadRequestNamingIt() {
        for (String forwardedFor : new String[] {"not-an-ip", "0.0.0.0", "192.0.2.7, ::"}) {
            given(geo)
                    .header("X-Forwarded-For", forwardedFor)
                    .get("/geo")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("X-Forwarded-For"));
        }
    }

    @Test
    void lookupsAreCountedInPrometheusByCountryAndRegion() {
        given(geo).header("X-Forwarded-For", "198.51.100.4").get("/geo").then().statusCode(200);

        String scrape = given(geo).get("/actuator/prometheus").then().statusCode(200).extract().asString();

        assertThat(scrape).containsPattern(
                "docloud_geo_lookups_total\\{application=\"geo-service\",country=\"FR\",region=\"europe\"} [1-9]");
    }

    @Test
    void theApiDocsListGeoWithTheParametersDoClientsSend() {
        JsonPath docs = given(geo).get("/v3/api-docs").then().statusCode(200).extract().jsonPath();

        assertThat(docs.getMap("paths")).containsKeys("/geo", "/geoversion");
        // the client address comes from the connection: it is no parameter
        assertThat(docs.getList("paths.'/geo'.get.parameters.name", String.class))
                .containsExactly("doClientVersion", "Profile", "groupID", "X-Forwarded-For");
        assertThat(docs.getMap("paths.'/geo'.get.responses.'200'.content.'text/json'.examples")).isNotEmpty();
    }
}
