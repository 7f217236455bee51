package org.docloudmock.array.join;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.docloudmock.array.ArrayApplication;
import org.docloudmock.array.matching.PeerStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = ArrayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JoinEndpointTest {

    private static final String PEER_A = "a".repeat(40);
    private static final String PEER_B = "B".repeat(40);
    private static final String PEER_C = "c".repeat(40);
    private static final String OFFICE_NAT = "203.0.113.10";
    private static final String HOME_NAT = "198.51.100.20";

    @LocalServerPort
    int port;

    @Autowired
    PeerStore peers;

    private RequestSpecification array;

    @BeforeEach
    void setUp() {
        peers.reset();
        array = new RequestSpecBuilder().setPort(port).setContentType(ContentType.JSON).build();
    }

    @Test
    void joinWithEveryRealFieldAnswersTheMockShape() {
        join(everyField(PEER_A), OFFICE_NAT)
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("Peers", empty())
                .body("ReannounceIntervalSecs", equalTo(60))
                .body("NumberOfPeers", equalTo(0));
    }

    @Test
    void joinWithoutTheTrailingSlashIsTheSameJoin() {
        given(array).header("X-Forwarded-For", OFFICE_NAT).body(everyField(PEER_A)).post("/join").then().statusCode(200);
        join(everyField(PEER_B), OFFICE_NAT).body("NumberOfPeers", equalTo(1));
    }

    @Test
    void twoClientsBehindOneExternalIpFindEachOtherAndAnotherNatInLanModeFindsNeither() {
        join(lanJoin(PEER_A, "192.168.1.10"), OFFICE_NAT).body("Peers", empty());
        join(lanJoin(PEER_B, "192.168.1.11"), OFFICE_NAT)
                .body("NumberOfPeers", equalTo(1))
                .body("Peers[0].PeerId", equalTo(PEER_A))
                .body("Peers[0].Ip", equalTo("192.168.1.10"))
                .body("Peers[0].Port", equalTo(7680))
                .body("Peers[0].PeerType", equalTo("Lan"))
                .body("Peers[0].IsSeed", equalTo(false));
        join(lanJoin(PEER_C, "192.168.1.10"), HOME_NAT).body("Peers", empty()).body("NumberOfPeers", equalTo(0));
        join(lanJoin(PEER_A, "192.168.1.10"), OFFICE_NAT)
                .body("NumberOfPeers", equalTo(1))
                .body("Peers[0].PeerId", equalTo(PEER_B.toLowerCase()));
    }

    @Test
    void answerIsTheExactWireText() {
        join(lanJoin(PEER_A, "192.168.1.10"), OFFICE_NAT);
        String body = join(lanJoin(PEER_B, "192.168.1.11"), OFFICE_NAT).extract().asString();

        assertThat(body).isEqualTo("{\"Peers\":[{\"PeerId\":\"" + PEER_A
                + "\",\"Ip\":\"192.168.1.10\",\"Port\":7680,\"PeerType\":\"Lan\",\"IsSeed\":false}],"
                + "\"ReannounceIntervalSecs\":60,\"NumberOfPeers\":1}");
    }

    @Test
    void internetPeersAreHandedOutAtTheirExternalIp() {
        Map<String, Object> home = lanJoin(PEER_C, "192.168.7.7");
        home.put("Scope", 3);
        home.put("Port", 7700);
        join(home, HOME_NAT);
        Map<String, Object> office = lanJoin(PEER_A, "192.168.1.10");
        office.put("Scope", 3);
        join(office, OFFICE_NAT)
                .body("Peers[0].Ip", equalTo(HOME_NAT))
                .body("Peers[0].Port", equalTo(7700))
                .body("Peers[0].PeerType", equalTo("Internet"));
    }

    @Test
    void leaveEventRemovesThePeerAtOnce() {
        join(lanJoin(PEER_A, "192.168.1.10"), OFFICE_NAT);
        Map<String, Object> leave = lanJoin(PEER_A, "192.168.1.10");
        leave.put("JoinRequestEvent", 3);
        join(leave, OFFICE_NAT).statusCode(200).body("Peers", empty());
        given(array).get("/admin/swarms/content-1/peers").then().statusCode(404);
    }

    @Test
    void unknownFieldsAreIgnored() {
        Map<String, Object> body = lanJoin(PEER_A, "192.168.1.10");
        body.put("SomeFutureField", "x");
        join(body, OFFICE_NAT).statusCode(200);
    }

    @Test
    void joinBuiltByAScriptWithEveryValueAStringIsTheSameJoin() {
        Map<String, Object> office = new LinkedHashMap<>();
        everyField(PEER_A).forEach((field, value) -> office.put(field, String.valueOf(value)));
        office.put("IsBackground", "False");
        office.put("RestrictedUpload", "True");
        office.put("ClientDialectVersionMajor", "1");
        office.put("ClientDialectVersionMinor", "0");
        office.put("ClientDialectVersionBuild", "22621");
        office.put("ClientDialectVersionRevision", "0");
        join(office, OFFICE_NAT).statusCode(200);
        Map<String, Object> colleague = everyField(PEER_B);
        colleague.put("Scope", "1");
        colleague.put("IsBackground", "false");

        join(colleague, OFFICE_NAT).statusCode(200).body("NumberOfPeers", equalTo(1))
                .body("Peers[0].PeerId", equalTo(PEER_A));
        given(array).get("/admin/swarms/content-1/peers").then().statusCode(200)
                .body("find { it.PeerId == '" + PEER_A + "' }.Uploaded", equalTo(1000))
                .body("find { it.PeerId == '" + PEER_A + "' }.Scope", equalTo(1));
    }

    @Test
    void aClientThatKeepsToItsSubnetGetsOnlyPeersOfItsSubnetBehindItsNat() {
        join(lanJoin(PEER_A, "192.168.1.10"), OFFICE_NAT);
        join(lanJoin(PEER_B, "192.168.2.10"), OFFICE_NAT);
        Map<String, Object> restricted = lanJoin(PEER_C, "192.168.1.20");
        restricted.put("SubnetMask", "255.255.255.0");
        restricted.put("RestrictPeerSelectionBy", "1");

        join(restricted, OFFICE_NAT).statusCode(200)
                .body("NumberOfPeers", equalTo(1))
                .body("Peers.PeerId", equalTo(java.util.List.of(PEER_A)));
        join(lanJoin(PEER_B, "192.168.2.10"), OFFICE_NAT).body("Peers.PeerId", equalTo(java.util.List.of(PEER_A)));
    }

    @Test
    void keepingToTheSubnetNeedsAMaskAndAnIpv4ReportedIp() {
        Map<String, Object> noMask = lanJoin(PEER_A, "192.168.1.10");
        noMask.put("RestrictPeerSelectionBy", 1);
        join(noMask, OFFICE_NAT).statusCode(400).body("field", equalTo("SubnetMask"));
        Map<String, Object> ipv6 = lanJoin(PEER_A, "fd00::1");
        ipv6.put("RestrictPeerSelectionBy", 1);
        ipv6.put("SubnetMask", "255.255.255.0");
        join(ipv6, OFFICE_NAT).statusCode(400).body("field", equalTo("ReportedIp"));
        given(array).get("/admin/swarms").then().statusCode(200).body("$", empty());
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of("PeerId", "not-hex"),
                Arguments.of("PeerId", "a".repeat(39)),
                Arguments.of("Uploaded", -1),
                Arguments.of("Uploaded", "lots"),
                Arguments.of("Downloaded", -5),
                Arguments.of("Left", -1),
                Arguments.of("Scope", 7),
                Arguments.of("Scope", "lan"),
                Arguments.of("Scope", "7"),
                Arguments.of("IsBackground", "maybe"),
                Arguments.of("Left", "-1"),
                Arguments.of("SubnetMask", "255.0.255.0"),
                Arguments.of("SubnetMask", "not-a-mask"),
                Arguments.of("RestrictPeerSelectionBy", 2),
                Arguments.of("RestrictPeerSelectionBy", "subnet"),
                Arguments.of("ContentId", "a/b"),
                Arguments.of("ReportedIp", "not-an-ip"),
                Arguments.of("JoinRequestEvent", 9),
                Arguments.of("PeersWanted", -1),
                Arguments.of("Port", 70000),
                Arguments.of("GroupId", "g".repeat(257)),
                // issue 16: one rule for ids and text, and DO's integers have no fractions
                Arguments.of("Scope", 3.7),
                Arguments.of("Left", 10.5),
                Arguments.of("GroupId", "lab\u0007"),
                Arguments.of("AltCatalogId", "http://dl.example/\tx"),
                Arguments.of("eId", "e\u202e"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badFields")
    void badFieldIsA400NamingItAndChangesNothing(String field, Object value) {
        Map<String, Object> good = everyField(PEER_A);
        join(good, OFFICE_NAT).statusCode(200);
        Map<String, Object> bad = everyField(PEER_A);
        bad.put("Uploaded", 999);
        bad.put(field, value);
        join(bad, HOME_NAT)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo(field));
        given(array).get("/admin/swarms/content-1/peers").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].ExternalIp", equalTo(OFFICE_NAT))
                .body("[0].Uploaded", equalTo(1000));
    }

    @Test
    void rejectedFirstJoinCreatesNoSwarm() {
        Map<String, Object> bad = everyField(PEER_A);
        bad.put("Scope", 42);
        join(bad, OFFICE_NAT).statusCode(400).body("field", equalTo("Scope"));
        given(array).get("/admin/swarms").then().statusCode(200).body("$", empty());
    }

    /** A swarm named by a lone surrogate could not be named again in an admin URL (issue 16). */
    @Test
    void aContentIdWithALoneSurrogateIsRefusedAndCreatesNoSwarm() {
        given(array).body("{\"ContentId\":\"x\\ud800\",\"PeerId\":\"" + PEER_A + "\"}").post("/join/").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("ContentId"));
        given(array).get("/admin/swarms").then().statusCode(200).body("$", empty());
    }

    @Test
    void joinWithNeitherContentIdNorAltCatalogIdIsA400NamingContentId() {
        Map<String, Object> body = everyField(PEER_A);
        body.remove("ContentId");
        body.remove("AltCatalogId");
        join(body, OFFICE_NAT).statusCode(400).body("field", equalTo("ContentId"));
    }

    @Test
    void clientsThatSendOnlyAnAltCatalogIdShareTheSwarmOfThatId() {
        Map<String, Object> first = everyField(PEER_A);
        first.remove("ContentId");
        join(first, OFFICE_NAT).statusCode(200);
        Map<String, Object> second = everyField(PEER_B);
        second.remove("ContentId");
        join(second, OFFICE_NAT).body("NumberOfPeers", equalTo(1));
        join(everyField(PEER_C), OFFICE_NAT).body("NumberOfPeers", equalTo(0));
    }

    @Test
    void joinsAndReturnedPeersShowInPrometheusMetrics() {
        join(lanJoin(PEER_A, "192.168.1.10"), OFFICE_NAT);
        join(lanJoin(PEER_B, "192.168.1.11"), OFFICE_NAT);
        given(array).get("/actuator/prometheus").then().statusCode(200)
                .body(containsString("docloud_array_joins_total{application=\"array-service\",mode=\"lan\"}"))
                .body(containsString("docloud_array_peers_returned_total{application=\"array-service\",relation=\"lan\"}"))
                .body(containsString("docloud_array_peers{application=\"array-service\"} 2.0"))
                .body(containsString("docloud_array_swarms{application=\"array-service\"} 1.0"))
                .body(containsString("docloud_array_reported_bytes_total{application=\"array-service\",source=\"cdn\"}"))
                .body(containsString("http_server_requests_seconds_count{application=\"array-service\""))
                // no in-flight gauge per request: see array-service.yml
                .body(not(containsString("http_server_requests_active")));
    }

    @Test
    void countersReportedAtTheirLargestSaturateTheTotalsAndTheMetricsStillAnswer() {
        for (String peer : new String[] {PEER_A, PEER_B}) {
            Map<String, Object> body = lanJoin(peer, "192.168.1.10");
            body.put("Downloaded", Long.MAX_VALUE);
            body.put("DownloadedCdn", Long.MAX_VALUE);
            join(body, OFFICE_NAT).statusCode(200);
        }
        assertThat(peers.reportedBytes().fromCdn()).isEqualTo(Long.MAX_VALUE);
        given(array).get("/actuator/prometheus").then().statusCode(200).body(containsString(
                "docloud_array_reported_bytes_total{application=\"array-service\",source=\"cdn\"} 9.223372036854776E18"));
    }

    @Test
    void bodyThatIsNotJsonIsA400() {
        given(array).body("{\"PeerId\":").post("/join/").then()
                .statusCode(400).contentType("application/problem+json");
        given(array).post("/join/").then().statusCode(400).contentType("application/problem+json");
    }

    private ValidatableResponse join(Map<String, Object> body, String externalIp) {
        return given(array).header("X-Forwarded-For", externalIp).body(body).post("/join/").then();
    }

    private static Map<String, Object> lanJoin(String peerId, String reportedIp) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ContentId", "content-1");
        body.put("PeerId", peerId);
        body.put("ReportedIp", reportedIp);
        body.put("Scope", 1);
        body.put("Left", 5000);
        return body;
    }

    /** Every field a real client sends, as it sends them. */
    private static Map<String, Object> everyField(String peerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ContentId", "content-1");
        body.put("AltCatalogId", "http://dl.example/content-1.cab");
        body.put("PeerId", peerId);
        body.put("ReportedIp", "192.168.1.10");
        body.put("SubnetMask", "255.255.255.0");
        body.put("Ipv6", "fe80::1");
        body.put("IsBackground", true);
        body.put("Uploaded", 1000);
        body.put("Downloaded", 2000);
        body.put("DownloadedCdn", 1500);
        body.put("DownloadedDoinc", 0);
        body.put("Left", 3000);
        body.put("JoinRequestEvent", 1);
        body.put("RestrictedUpload", false);
        body.put("PeersWanted", 50);
        body.put("GroupId", "");
        body.put("Scope", 1);
        body.put("Profile", 768);
        body.put("Seq", 1);
        body.put("UploadedBPS", 0);
        body.put("DownloadBPS", 125000);
        body.put("eId", "e1");
        return body;
    }

    @Test
    void apiDocsListEveryPublicEndpointOnceWithItsExamples() {
        given().port(port).get("/v3/api-docs").then().statusCode(200)
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/join/", "/admin/swarms",
                        "/admin/swarms/{contentId}/peers"))
                .body("paths.keySet()", not(org.hamcrest.Matchers.hasItem("/join")))
                .body("paths.'/join/'.post.requestBody.content.'application/json'.examples", not(empty()))
                .body("paths.'/join/'.post.parameters", org.hamcrest.Matchers.nullValue());
    }
}
