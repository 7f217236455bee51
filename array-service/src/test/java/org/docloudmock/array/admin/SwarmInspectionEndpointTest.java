package org.docloudmock.array.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.docloudmock.array.ArrayApplication;
import org.docloudmock.array.matching.PeerStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = ArrayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwarmInspectionEndpointTest {

    private static final String NAT_A = "203.0.113.1";
    private static final String NAT_B = "198.51.100.1";

    @LocalServerPort
    int port;

    @Autowired
    PeerStore peers;

    private RequestSpecification array;

    @BeforeEach
    void setUp() {
        peers.reset();
        array = new RequestSpecBuilder().setPort(port).build();
        join("1", NAT_A, Map.of("Scope", 1, "Left", 0, "Downloaded", 100, "DownloadedCdn", 100));
        join("2", NAT_A, Map.of("Scope", 2, "GroupId", "g1", "Downloaded", 100, "DownloadedCdn", 20));
        join("3", NAT_B, Map.of("Scope", 2, "GroupId", "g1", "Downloaded", 100, "DownloadedCdn", 0));
        join("4", NAT_B, Map.of("Scope", 1));
    }

    @Test
    void partitionsGroupPeersByNatAndGroupWithThePeerEfficiency() {
        given(array).get("/admin/swarms/content-1/partitions").then().statusCode(200)
                .body("Nats.Key", contains(NAT_A, NAT_B))
                .body("Nats[0].PeerIds", contains("1".repeat(40), "2".repeat(40)))
                .body("Groups.Key", contains("g1"))
                .body("Groups[0].PeerIds", contains("2".repeat(40), "3".repeat(40)))
                .body("Internet.size()", equalTo(0))
                .body("Peers.size()", equalTo(4))
                // from peers 0 + 80 + 100, from the CDN 100 + 20 + 0
                .body("PeerEfficiency", equalTo(0.6f));
    }

    @Test
    void visibilityOfOnePairNamesTheRuleAndTheGuidesRemedy() {
        given(array).get("/admin/swarms/content-1/visibility?a=" + "1".repeat(40) + "&b=" + "4".repeat(40)).then()
                .statusCode(200)
                .body("Peers.size()", equalTo(1))
                .body("Peers[0].Sees", equalTo(false))
                .body("Peers[0].Relation", nullValue())
                .body("Peers[0].Reason", equalTo("LAN_MODE_ACROSS_NATS"))
                .body("Peers[0].Remedy", containsString("DOGroupID"));
    }

    @Test
    void visibilityOfOnePeerListsEveryOtherWithTheRelation() {
        given(array).get("/admin/swarms/content-1/visibility?a=" + "2".repeat(40)).then().statusCode(200)
                .body("PeerId", equalTo("2".repeat(40)))
                .body("Peers.PeerId", contains("1".repeat(40), "3".repeat(40), "4".repeat(40)))
                .body("Peers.Relation", contains("Lan", "Group", null))
                .body("Peers.Reason", contains("SAME_NAT", "SAME_GROUP", "LAN_MODE_ACROSS_NATS"));
    }

    @Test
    void unknownPeerIsA404ThatSaysWhy() {
        given(array).get("/admin/swarms/content-1/visibility?a=" + "9".repeat(40)).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("expired"));
    }

    @Test
    void malformedPeerIdIsA400() {
        given(array).get("/admin/swarms/content-1/visibility?a=xyz").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void missingPeerIsA400AndUnknownContentA404() {
        given(array).get("/admin/swarms/content-1/visibility").then().statusCode(400)
                .contentType("application/problem+json");
        given(array).get("/admin/swarms/nobody/partitions").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private void join(String peerDigit, String externalIp, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("ContentId", "content-1");
        body.put("PeerId", peerDigit.repeat(40));
        given(array).contentType(ContentType.JSON).header("X-Forwarded-For", externalIp).body(body)
                .post("/join/").then().statusCode(200);
    }
}
