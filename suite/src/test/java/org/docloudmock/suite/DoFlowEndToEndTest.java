package org.docloudmock.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The whole DO flow of SPEC 1, over real sockets, against the suite started as the launcher starts it. */
class DoFlowEndToEndTest {

    static final String CONTENT_ID = "e2e-content";
    static final String OFFICE_NAT = "198.51.100.10";
    static final String HOME_NAT = "203.0.113.20";

    static DoCloudSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = DoCloudSuite.start("--docloud.geo.port=0", "--docloud.kv.port=0", "--docloud.content-policy.port=0",
                "--docloud.discovery.port=0", "--docloud.array.port=0");
        given().contentType(ContentType.JSON).body("{\"Synthetic\":{\"Size\":3145733,\"Seed\":42}}")
                .put(suite.url(ServiceEndpoint.CONTENT_POLICY) + "/admin/contents/" + CONTENT_ID)
                .then().statusCode(201);
    }

    @AfterAll
    static void stopSuite() {
        suite.close();
    }

    @Test
    void twoClientsBehindOneNatFindEachOtherAndAThirdBehindAnotherFindsNeither() {
        Client alice = Client.bootstrap(suite.url(ServiceEndpoint.GEO), OFFICE_NAT, "10.0.0.11");
        Client bob = Client.bootstrap(suite.url(ServiceEndpoint.GEO), OFFICE_NAT, "10.0.0.12");
        Client carol = Client.bootstrap(suite.url(ServiceEndpoint.GEO), HOME_NAT, "192.168.1.5");

        assertThat(alice.join(peerId('a'))).isEmpty();
        assertThat(bob.join(peerId('b'))).containsExactly("10.0.0.11");
        assertThat(carol.join(peerId('c'))).isEmpty();
        assertThat(alice.join(peerId('a'))).containsExactly("10.0.0.12");
    }

    static String peerId(char digit) {
        return String.valueOf(digit).repeat(40);
    }

    /** One DO client: geo → kv → content policy → pieces-hash file (verified) → discovery, then joins. */
    record Client(String externalIp, String reportedIp, String arrayUrl) {

        static Client bootstrap(String geoUrl, String externalIp, String reportedIp) {
            JsonPath geo = given().header("X-Forwarded-For", externalIp).get(geoUrl + "/geo")
                    .then().statusCode(200).contentType("text/json").extract().jsonPath();
            assertThat(geo.getString("ExternalIpAddress")).isEqualTo(externalIp);

            JsonPath keyValue = given().header("X-Forwarded-For", externalIp)
                    .queryParam("countryCode", geo.getString("CountryCode"))
                    .get(geo.getString("KeyValue_EndpointFullUri")).then().statusCode(200).extract().jsonPath();
            String policyUrl = keyValue.getString("ContentPolicy_EndpointFullUri").replace("{contentId}", CONTENT_ID);
            String discoveryUrl = keyValue.getString("Discovery_EndpointFullUri").replace("{contentId}", CONTENT_ID);

            JsonPath policy = given().get(policyUrl).then().statusCode(200).extract().jsonPath();
            String piecesHashUrl = policy.getList("PiecesHashFileCdnUrls", String.class).get(0);
            String piecesHashJson = given().get(piecesHashUrl).then().statusCode(200).extract().asString();
            PiecesHashFile piecesHash = JsonMapper.builder().build().readValue(piecesHashJson, PiecesHashFile.class);
            assertThat(piecesHash.verify()).hasSize(4);
            assertThat(piecesHash.hashOfHashes()).isEqualTo(policy.getString("HashOfHashes"));

            String arrayUrl = given().get(discoveryUrl).then().statusCode(200).extract().jsonPath()
                    .getString("[0].CollectiveArray");
            return new Client(externalIp, reportedIp, arrayUrl);
        }

        /** Joins in LAN mode and answers the addresses of the peers handed back. */
        List<String> join(String peerId) {
            JoinRequest request = new JoinRequest(CONTENT_ID, null, peerId, reportedIp, "255.255.255.0", null, false,
                    0L, 0L, 0L, 0L, 3145733L, 1, false, 50, null, 1, null, 1L, 0L, 0L, null, null, null);
            return given().header("X-Forwarded-For", externalIp).contentType(ContentType.JSON)
                    .body(JsonMapper.builder().build().writeValueAsString(request))
                    .post(arrayUrl + "join/").then().statusCode(200).extract().jsonPath().getList("Peers.Ip", String.class);
        }
    }
}
