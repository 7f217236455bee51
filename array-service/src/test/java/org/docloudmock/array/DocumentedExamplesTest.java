package org.docloudmock.array;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.docloudmock.support.docs.DocumentedExamples;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every example of Array's API documentation is what Array answers (the admin API's are service-support's to check). */
@SpringBootTest(classes = ArrayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentedExamplesTest {

    private static final String JOIN = "POST /join/";
    private static final String HOME_NAT = "198.51.100.10";

    @LocalServerPort
    int port;

    @Test
    void everyExampleIsWhatArrayAnswers() {
        given().port(port).post("/admin/reset").then().statusCode(204);
        DocumentedExamples examples = DocumentedExamples.of(port, "LastSeen").skipping("/admin/faults", "/admin/requests");

        join(HOME_NAT, """
                {"ContentId":"demo-content","PeerId":"%s","ReportedIp":"10.0.0.11","Scope":1,"Left":3145733,\
                "PeersWanted":50,"JoinRequestEvent":1}""".formatted("a".repeat(40))).then().statusCode(200);
        examples.check("GET /admin/swarms/{contentId}/peers", "one peer", given().port(port).get("/admin/swarms/demo-content/peers"))
                .check(JOIN, "one peer behind the same NAT", join(HOME_NAT, examples.requestExample(JOIN,
                        "a LAN-mode client starting a download")))
                .check(JOIN, "PeerId is not 40 hex digits", join(HOME_NAT, """
                        {"ContentId":"demo-content","PeerId":"not-a-peer-id","ReportedIp":"10.0.0.13","Scope":1}"""));
        join("203.0.113.7", """
                {"ContentId":"demo-content","PeerId":"%s","ReportedIp":"10.0.0.11","Scope":1,"Left":3145733}"""
                .formatted("c".repeat(40))).then().statusCode(200);
        examples.check("GET /admin/swarms", "one swarm", given().port(port).get("/admin/swarms"))
                .verify();
    }

    /** Loopback is a trusted proxy: the client is the X-Forwarded-For address. */
    private Response join(String nat, String body) {
        return given().port(port).header("X-Forwarded-For", nat).contentType(ContentType.JSON).body(body).post("/join/");
    }
}
