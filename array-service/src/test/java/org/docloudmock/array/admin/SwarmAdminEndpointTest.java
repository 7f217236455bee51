package org.docloudmock.array.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.docloudmock.array.ArrayApplication;
import org.docloudmock.array.matching.PeerStore;
import org.docloudmock.support.admin.RuntimeState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@SpringBootTest(classes = ArrayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwarmAdminEndpointTest {

    @LocalServerPort
    int port;

    @Autowired
    PeerStore peers;

    @Autowired
    ApplicationContext context;

    private RequestSpecification array;

    @BeforeEach
    void setUp() {
        peers.reset();
        array = new RequestSpecBuilder().setPort(port).build();
    }

    @Test
    void noSwarmsAtFirst() {
        given(array).get("/admin/swarms").then().statusCode(200).body("$", empty());
    }

    @Test
    void swarmsShowPeerCountsByPartition() {
        join("content-1", "1", "203.0.113.1", Map.of("Scope", 1, "Left", 0));
        join("content-1", "2", "203.0.113.1", Map.of("Scope", 2, "GroupId", "g1"));
        join("content-1", "3", "198.51.100.1", Map.of("Scope", 2, "GroupId", "g1"));
        join("content-1", "4", "192.0.2.1", Map.of("Scope", 3));
        join("content-2", "5", "192.0.2.1", Map.of("Scope", 3));
        given(array).get("/admin/swarms").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("size()", equalTo(2))
                .body("[0].ContentId", equalTo("content-1"))
                .body("[0].Peers", equalTo(4))
                .body("[0].Seeds", equalTo(1))
                .body("[0].LanPartitions", equalTo(3))
                .body("[0].Groups", equalTo(1))
                .body("[0].InternetPeers", equalTo(1))
                .body("[1].ContentId", equalTo("content-2"))
                .body("[1].Peers", equalTo(1));
    }

    @Test
    void peersOfASwarmShowWhatEachLastReported() {
        join("content-1", "1", "203.0.113.1", Map.of("Scope", 2, "GroupId", "g1", "ReportedIp", "192.168.0.5",
                "Uploaded", 10, "Downloaded", 20, "DownloadedCdn", 15, "Left", 30, "Port", 7681));
        join("content-1", "2", "203.0.113.2", Map.of());
        given(array).get("/admin/swarms/content-1/peers").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("size()", equalTo(2))
                .body("[0].PeerId", equalTo("1".repeat(40)))
                .body("[0].ExternalIp", equalTo("203.0.113.1"))
                .body("[0].ReportedIp", equalTo("192.168.0.5"))
                .body("[0].Port", equalTo(7681))
                .body("[0].GroupId", equalTo("g1"))
                .body("[0].Scope", equalTo(2))
                .body("[0].Uploaded", equalTo(10))
                .body("[0].Downloaded", equalTo(20))
                .body("[0].DownloadedCdn", equalTo(15))
                .body("[0].Left", equalTo(30))
                .body("[0].LastSeen", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"))
                .body("[1].Scope", equalTo(1))
                .body("[1].Left", nullValue());
    }

    @Test
    void unknownSwarmIsA404Problem() {
        given(array).get("/admin/swarms/nobody-has-this/peers").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badContentIdIsA400NamingIt() {
        given(array).get("/admin/swarms/" + "x".repeat(257) + "/peers").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("contentId"));
    }

    @Test
    void peerStoreIsRuntimeStateThatResetEmpties() {
        join("content-1", "1", "203.0.113.1", Map.of());
        assertThat(context.getBeansOfType(RuntimeState.class)).containsValue(peers);
        peers.reset();
        given(array).get("/admin/swarms").then().body("$", empty());
    }

    private void join(String contentId, String peerDigit, String externalIp, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("ContentId", contentId);
        body.put("PeerId", peerDigit.repeat(40));
        given(array).contentType(ContentType.JSON).header("X-Forwarded-For", externalIp).body(body)
                .post("/join/").then().statusCode(200);
    }
}
