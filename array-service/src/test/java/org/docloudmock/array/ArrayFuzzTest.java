package org.docloudmock.array;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docloudmock.support.hostile.ServiceFuzzer;
import org.docloudmock.support.hostile.ServiceFuzzer.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Seeded random requests (issue 16): never a 5xx, never a hang, and a refused join changes no swarm. */
@SpringBootTest(classes = ArrayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArrayFuzzTest {

    @LocalServerPort
    int port;

    /** The context is shared with other test classes: they find the service as it started. */
    @AfterEach
    void reset() {
        given().port(port).post("/admin/reset").then().statusCode(204);
    }

    @Test
    void hostileRequestsAreAnsweredBelow500AndRefusedOnesChangeNothing() throws Exception {
        Map<String, Object> join = new LinkedHashMap<>();
        join.put("ContentId", "fuzz-0");
        join.put("PeerId", "0123456789abcdef0123456789abcdef01234567");
        join.put("ReportedIp", "10.0.0.2");
        join.put("SubnetMask", "255.255.255.0");
        join.put("GroupId", "lab");
        join.put("Scope", 2);
        join.put("Left", 100);
        join.put("Uploaded", 0);
        join.put("Downloaded", 0);
        join.put("PeersWanted", 10);
        join.put("JoinRequestEvent", 1);
        join.put("Port", 7680);
        new ServiceFuzzer(port, List.of(
                Endpoint.withBody("POST", "/join/", join),
                Endpoint.withBody("POST", "/join", join),
                Endpoint.get("/admin/swarms/{id}/peers"),
                Endpoint.get("/admin/swarms")),
                () -> given().port(port).get("/admin/swarms").then().statusCode(200).extract().asString()).run(2000);
    }
}
