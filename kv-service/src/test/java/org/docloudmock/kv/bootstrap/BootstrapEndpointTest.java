package org.docloudmock.kv.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The defaults of kv-service.yml, plus overrides given the way an operator would on the command line. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "docloud.kv.registered-callers=WU Client Download,EdgeUpdate DO Job",
        "docloud.kv.country-overrides.DE.Array_MaxPeers=20",
        "docloud.kv.country-overrides.DE.DOMaxCacheAge=1000",
        "docloud.kv.profile-overrides.768.Array_MaxPeers=30",
        "docloud.kv.profile-overrides.768.LabProfileOnly=true",
        "docloud.kv.eid-overrides.fleet-1.Array_MaxPeers=40",
        "docloud.kv.eid-overrides.fleet-1.LabFleet=\"007\""})
class BootstrapEndpointTest {

    @LocalServerPort
    int port;

    private RequestSpecification kv;

    @BeforeEach
    void client() {
        kv = new RequestSpecBuilder().setBaseUri("http://127.0.0.1").setPort(port).build();
    }

    @Test
    void allAnswersTheEndpointsAndTheDefaultDeviceConfiguration() {
        given(kv)
                .get("/all")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/json")
                .body("ContentPolicy_EndpointUri", equalTo("http://localhost:8083/"))
                .body("Client_RegisteredCallersFilterList", equalTo(List.of("WU Client Download", "EdgeUpdate DO Job")))
                .body("DOMinFileSizeToCache", equalTo(50))
                .body("DOMinRAMAllowedToPeer", equalTo(4))
                .body("DOMinDiskSizeAllowedToPeer", equalTo(32))
                .body("DOMinBatteryPercentageAllowedToUpload", equalTo(0))
                .body("DOMaxCacheAge", equalTo(259200))
                .body("DOMaxUploadBandwidth", equalTo(0))
                .body("DOMonthlyUploadDataCap", equalTo(20))
                .body("DODelayCacheServerFallbackForeground", equalTo(0))
                .body("DODelayCacheServerFallbackBackground", equalTo(0))
                .body("DORestrictPeerSelectionBy", equalTo(0))
                .body("Array_RejoinIntervalSecs", equalTo(60))
                .body("Array_MaxPeers", equalTo(50));
    }

    @Test
    void templatesCarryTheContentIdPlaceholderAndNoQueryString() {
        given(kv)
                .get("/all")
                .then()
                .statusCode(200)
                .body("ContentPolicy_EndpointFullUri", equalTo("http://localhost:8083/content/{contentId}/contentpolicy"))
                .body("Discovery_EndpointFullUri", equalTo("http://localhost:8084/disc/{contentId}"))
                .body("ContentPolicy_EndpointFullUri", allOf(containsString("{contentId}"), not(containsString("?"))))
                .body("Discovery_EndpointFullUri", allOf(containsString("{contentId}"), not(containsString("?"))));
    }

    @Test
    void theQueryParametersDoClientsSendAreAccepted() {
        given(kv)
                .queryParam("doClientVersion", "10.1.0.13")
                .queryParam("countryCode", "AU")
                .queryParam("profile", "768")
                .queryParam("CacheId", "7")
                .queryParam("eId", "other")
                .queryParam("CacheHost", "cache.lab.example")
                .get("/all")
                .then()
                .statusCode(200)
                .body("Array_MaxPeers", equalTo(30));
    }

    @Test
    void countryOverridesApplyToClientsOfThatCountry() {
        given(kv).queryParam("countryCode", "DE").get("/all").then().statusCode(200)
                .body("Array_MaxPeers", equalTo(20)).body("DOMaxCacheAge", equalTo(1000));
        given(kv).queryParam("countryCode", "de").get("/all").then().statusCode(200).body("Array_MaxPeers", equalTo(20));
        given(kv).queryParam("countryCode", "FR").get("/all").then().statusCode(200).body("Array_MaxPeers", equalTo(50));
    }

    @Test
    void profileOverridesApplyOverTheCountryAndMayAddKeys() {
        given(kv).queryParam("countryCode", "DE").queryParam("Profile", "768").get("/all").then().statusCode(200)
                .body("Array_MaxPeers", equalTo(30))
                .body("DOMaxCacheAge", equalTo(1000))
                .body("LabProfileOnly", equalTo(true));
    }

    @Test
    void eidOverridesApplyOverAllOthers() {
        given(kv).queryParam("countryCode", "DE").queryParam("Profile", "768").queryParam("eId", "fleet-1")
                .get("/all").then().statusCode(200)
                .body("Array_MaxPeers", equalTo(40))
                .body("LabProfileOnly", equalTo(true))
                .body("DOMaxCacheAge", equalTo(1000))
                .body("LabFleet", allOf(instanceOf(String.class), equalTo("007")));
    }

    @Test
    void aCountryCodeThatIsNotTwoLettersIsABadRequestNamingIt() {
        for (String countryCode : List.of("D1", "DEU", "D")) {
            given(kv).queryParam("countryCode", countryCode).get("/all").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("countryCode"));
        }
    }

    @Test
    void aProfileThatIsNoNumberIsABadRequestNamingIt() {
        for (String name : List.of("Profile", "profile")) {
            given(kv).queryParam(name, "abc").get("/all").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo("Profile"));
        }
    }

    @Test
    void bootstrapsAreCountedInPrometheusByTheOverridesApplied() {
        given(kv).queryParam("countryCode", "DE").queryParam("Profile", "768").get("/all").then().statusCode(200);

        String scrape = given(kv).get("/actuator/prometheus").then().statusCode(200).extract().asString();

        assertThat(scrape).containsPattern(
                "docloud_kv_bootstraps_total\\{application=\"kv-service\",overrides=\"country\\+profile\"} [1-9]");
    }

    @Test
    void theApiDocsListAllWithTheParametersDoClientsSend() {
        JsonPath docs = given(kv).get("/v3/api-docs").then().statusCode(200).extract().jsonPath();

        assertThat(docs.getMap("paths")).containsKey("/all");
        assertThat(docs.getList("paths.'/all'.get.parameters.name", String.class))
                .containsExactly("doClientVersion", "countryCode", "Profile", "CacheId", "eId", "CacheHost");
        assertThat(docs.getMap("paths.'/all'.get.responses.'200'.content.'application/json'.examples")).isNotEmpty();
    }
}
