package org.docloudmock.array.join;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.docloudmock.array.ArrayApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The joins {@link LeanJoinFilter} answers still pass through the journal, the faults and the metrics. */
@SpringBootTest(classes = ArrayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeanJoinFilterTest {

    private static final String JOIN = """
            {"ContentId":"lean","PeerId":"cccccccccccccccccccccccccccccccccccccccc","ReportedIp":"10.0.0.12",\
            "Scope":1,"PeersWanted":50,"JoinRequestEvent":1}""";

    @LocalServerPort
    int port;

    private RequestSpecification array;

    @BeforeEach
    void setUp() {
        array = new RequestSpecBuilder().setPort(port).setContentType(ContentType.JSON).build();
        given(array).delete("/admin/requests").then().statusCode(204);
    }

    @AfterEach
    void noFaults() {
        given(array).delete("/admin/faults").then().statusCode(204);
    }

    @Test
    void aJoinIsJournaledWithItsClientAddress() {
        given(array).body(JOIN).post("/join/").then().statusCode(200);
        given(array).get("/admin/requests").then().statusCode(200)
                .body("find { it.Path == '/join/' }.Status", equalTo(200))
                .body("find { it.Path == '/join/' }.ClientIp", equalTo("127.0.0.1"));
    }

    @Test
    void aFaultRuleOnTheJoinPathStillAnswersForIt() {
        given(array).body("""
                [{"Path":"/join/","Method":"POST","Status":503}]""").put("/admin/faults").then().statusCode(200);
        given(array).body(JOIN).post("/join/").then().statusCode(503);
        given(array).get("/admin/requests").then().body("Status", hasItem(503));
    }

    @Test
    void joinsAreObservedUnderTheirRoute() {
        given(array).body(JOIN).post("/join/").then().statusCode(200);
        given(array).body(JOIN).post("/join").then().statusCode(200);
        given(array).get("/actuator/prometheus").then().statusCode(200)
                .body(containsString("outcome=\"SUCCESS\",status=\"200\",uri=\"/join/\"}"))
                .body(containsString("outcome=\"SUCCESS\",status=\"200\",uri=\"/join\"}"));
    }
}
