package org.docloudmock.support.docs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.docloudmock.support.testapp.TestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The examples of the admin API every service shares (faults, request journal) are what it answers. */
@TestService
class DocumentedExamplesTest {

    private static final String FAULTS = "/admin/faults";
    private static final String GEO_DOWN = "Geo answers 503";

    @LocalServerPort
    int port;

    @BeforeEach
    void startUpState() {
        client().post("/admin/reset").then().statusCode(204);
    }

    /** The context is shared: no fault rule of these tests may reach another test's requests. */
    @AfterEach
    void disarmFaults() {
        startUpState();
    }

    @Test
    void everyExampleIsWhatTheServiceAnswers() {
        DocumentedExamples examples = DocumentedExamples.of(port, "Timestamp", "DurationMs");
        for (String rules : new String[] {"Geo drops the connection: DO falls back to simple mode (99)",
                "slow content a quarter of the time, repeatably; KeyValue fails 3 times"}) {
            client().contentType(ContentType.JSON).body(examples.requestExample("PUT " + FAULTS, rules))
                    .put(FAULTS).then().statusCode(200);
        }
        client().delete("/admin/requests").then().statusCode(204);

        aDoClient().queryParam("doClientVersion", "10.0.19041.1").queryParam("Profile", 768).get("/geo")
                .then().statusCode(200);
        examples.check("PUT " + FAULTS, GEO_DOWN, client().contentType(ContentType.JSON)
                .body(examples.requestExample("PUT " + FAULTS, GEO_DOWN)).put(FAULTS));
        examples.check("GET " + FAULTS, GEO_DOWN, client().get(FAULTS));
        aDoClient().get("/geo").then().statusCode(503);
        examples.check("GET /admin/requests", "two requests to /geo, the second one faulted",
                client().queryParam("path", "/geo").get("/admin/requests"));

        examples.verify();
    }

    @Test
    void anExampleWithAWrongFieldNameFails() {
        DocumentedExamples real = DocumentedExamples.of(port);
        JsonNode document = real.document().deepCopy();
        ObjectNode rule = (ObjectNode) document.at("/paths/~1admin~1faults/get/responses/200/content/application~1json"
                + "/examples/" + GEO_DOWN + "/value/0");
        rule.set("StatusCode", rule.remove("Status"));
        DocumentedExamples wrong = new DocumentedExamples(document).skipping(FAULTS, "/admin/requests");
        client().contentType(ContentType.JSON).body(real.requestExample("PUT " + FAULTS, GEO_DOWN)).put(FAULTS);

        wrong.check("GET " + FAULTS, GEO_DOWN, client().get(FAULTS));

        assertThatThrownBy(wrong::verify).isInstanceOf(AssertionError.class)
                .hasMessageContaining("$[0].Status is answered but not documented")
                .hasMessageContaining("$[0].StatusCode is documented but not answered");
    }

    @Test
    void anExampleWithAWrongValueOrStatusFails() {
        DocumentedExamples examples = DocumentedExamples.of(port).skipping("/admin/requests");
        client().contentType(ContentType.JSON).body(examples.requestExample("PUT " + FAULTS, GEO_DOWN)).put(FAULTS);
        client().contentType(ContentType.JSON).body("[{\"Path\":\"/geo\",\"Status\":500}]").put(FAULTS);

        examples.check("GET " + FAULTS, GEO_DOWN, client().get(FAULTS))
                .check("PUT " + FAULTS, GEO_DOWN, client().contentType(ContentType.JSON).body("[]").put("/admin/nothing"));

        assertThatThrownBy(examples::verify).isInstanceOf(AssertionError.class)
                .hasMessageContaining("$[0].Status is documented as 503, answered as 500")
                .hasMessageContaining("PUT /admin/faults 404 \"Geo answers 503\": no such example")
                .hasMessageContaining("PUT /admin/faults 200 \"Geo answers 503\": no request checked this example");
    }

    private RequestSpecification client() {
        return given().port(port);
    }

    /** Loopback is a trusted proxy: the client is the X-Forwarded-For address. */
    private RequestSpecification aDoClient() {
        return client().header("User-Agent", "Microsoft-Delivery-Optimization/10.0").header("X-Forwarded-For", "203.0.113.7");
    }
}
